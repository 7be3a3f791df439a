package org.newsum.text;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The verbs news text attributes speech with ({@code said}, {@code told}, {@code warned}...), lower case,
 * in the forms that follow a speaker: past and present third person. One vocabulary for every stage that
 * asks whether a word reports speech: sentence checks (a quotation attributed to a pronoun), entity typing
 * (a name before one is a person's) and speaker finding.
 */
public final class SpeechVerbs {

    /**
     * The verbs that introduce a quotation ({@code "...," she said}). The sentence checks reject a quotation
     * attributed to a pronoun with these only: with the others ({@code they agreed to}, {@code he denied the
     * charge}) a pronoun mostly opens a plain clause, and rejecting those too moved val raw ROUGE (up to 0.04).
     */
    public static final List<String> QUOTING = List.of("added", "adds", "argued", "asked", "continued", "explained",
            "insisted", "noted", "recalled", "said", "says", "tells", "told", "warned", "wrote");

    /** All the verbs: the quoting ones and those that report a statement, in alphabetical order. */
    public static final List<String> ALL = Stream.concat(QUOTING.stream(), Stream.of("acknowledged", "admitted",
                    "agreed", "announced", "claimed", "confirmed", "countered", "declared", "denied", "remarked",
                    "replied", "responded", "stated", "stressed", "suggested", "testified", "tweeted", "urged"))
            .sorted().toList();

    private static final Set<String> SET = Set.copyOf(ALL);

    private SpeechVerbs() {
    }

    /** Whether a lower-case word is a speech verb. */
    public static boolean contains(String lower) {
        return SET.contains(lower);
    }

    /** Verbs as a regular-expression alternation, {@code added|adds|...}, to put inside a group. */
    public static String alternation(List<String> verbs) {
        return String.join("|", verbs);
    }
}
