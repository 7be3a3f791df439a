package org.newsum.select;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsum.clean.BoilerplateFilter;
import org.newsum.model.Cluster;
import org.newsum.model.Scripts;
import org.newsum.model.Sentence;
import org.newsum.model.Token;
import org.newsum.text.QuoteMarks;
import org.newsum.text.SpeechVerbs;

/**
 * Sentence hygiene: which sentences may stand in a summary. A candidate is a whole declarative
 * sentence of reasonable length that a reader can follow on its own: it starts like a sentence
 * (a capital letter, a digit or an opening quote; any letter in a script without capitals), ends with
 * a full stop, an exclamation mark or a closing quote (the ideographic {@code 。} and the danda too), is not site furniture (the clean stage's line rules, applied to the sentence), is
 * not a question, has balanced quotation marks, does not open with a transcript
 * speaker label or a dangling reference like "It denies it", and does not quote someone known
 * only as "he" or "she".
 */
public final class Candidates {

    /** Fewer words than this is a fragment, not a summary sentence. */
    public static final int MIN_WORDS = 6;
    /** More words than this is usually a run-on of scraped text without punctuation. */
    public static final int MAX_WORDS = 90;

    /** Furniture inside a prose paragraph ("Click here to ...") is caught sentence by sentence too. */
    private static final BoilerplateFilter FURNITURE = new BoilerplateFilter();
    private static final Pattern SPEAKER_LABEL = Pattern.compile("^[\\p{Lu}][\\p{Lu} .'\\-]{2,40}:\\s");
    /** A capital or a digit; or any letter of a script without capitals (Chinese, Arabic, Hindi...). */
    private static final Pattern STARTS = Pattern.compile("^[\"“‘'(「『（]?[\\p{Lu}\\p{Lo}\\p{N}]");
    /** A quotation attributed only to a pronoun: the reader cannot tell who is speaking. */
    private static final Pattern PRONOUN_SPEAKER = Pattern.compile(
            "([\"”’,]\\s*|^)(he|she|they)\\s+(" + SpeechVerbs.alternation(SpeechVerbs.QUOTING) + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> WEAK_OPENERS = Set.of("it", "this", "that", "these", "those", "they",
            "he", "she", "him", "her", "them", "such");
    /** Pronouns whose referent is in the sentence before; a summary quoting the sentence alone loses it. */
    /** A demonstrative standing for the previous sentence when a verb follows it: "This comes as ...". */
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    private static final Set<String> LINKING_VERBS = Set.of("is", "was", "are", "were", "comes", "came", "means",
            "meant", "marks", "marked", "follows", "followed", "has", "had", "will", "would", "could", "may", "might");
    /** First-person openers: outside quotation marks, the reader cannot tell who "I" or "we" is. */
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our"); // not "us": "US officials"
    private static final Set<String> REFERRING_OPENERS = Set.of("it", "its", "they", "their", "them", "he", "his",
            "she", "her");

    private Candidates() {
    }

    /** The last cluster judged on this thread and its verdicts: several salience signals ask of the same cluster. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    /**
     * Which sentences of the cluster may appear in a summary, by sentence index. Computed once per
     * cluster and thread however many stages ask, as the checks are the costliest part of selection.
     */
    public static boolean[] of(Cluster cluster) {
        Object[] last = LAST.get();
        if (last != null && ((java.lang.ref.WeakReference<?>) last[0]).get() == cluster.sentences()) {
            return (boolean[]) last[1];
        }
        boolean[] accepted = new boolean[cluster.sentences().size()];
        for (Sentence s : cluster.sentences()) {
            accepted[s.index()] = accepts(s);
        }
        // held weakly: a thread in a pool must not keep a finished cluster's sentences alive
        LAST.set(new Object[] {new java.lang.ref.WeakReference<>(cluster.sentences()), accepted});
        return accepted;
    }

    /**
     * The relaxed checks, for a cluster of which no sentence passes the strict ones and fits the
     * budget: prose of at least {@value #MIN_WORDS} words, most of them words of letters rather than
     * numbers or symbols, that is not site furniture (a heading's shape aside). Case, closing
     * punctuation, quotation marks, length and openers are not judged: lower-cased run-on text, a
     * quotation left open, a sentence of 120 words are still the sources' own prose, and better than
     * an empty summary.
     */
    public static boolean acceptsRelaxed(Sentence sentence) {
        int words = sentence.wordCount();
        if (words < MIN_WORDS) {
            return false;
        }
        int lettered = 0;
        for (Token t : sentence.tokens()) {
            if (t.text().codePoints().anyMatch(Character::isLetter)) {
                lettered++;
            }
        }
        if (lettered < MIN_WORDS || 2 * lettered < words) {
            return false;
        }
        // A line rule by shape alone: a short line without a full stop is a heading on a page, but a
        // sentence cut off where a scraped text was truncated here.
        String furniture = FURNITURE.classify(sentence.text());
        return furniture == null || furniture.equals(BoilerplateFilter.HEADING);
    }

    /** Whether the sentence may appear in a summary. */
    public static boolean accepts(Sentence sentence) {
        String text = sentence.text();
        int words = sentence.wordCount();
        if (words < MIN_WORDS || words > MAX_WORDS) {
            return false;
        }
        if (!STARTS.matcher(text).lookingAt() || SPEAKER_LABEL.matcher(text).lookingAt()) { // both start with ^
            return false;
        }
        if (!endsLikeStatement(text) || isQuestion(text)) {
            return false;
        }
        // the checks that look at a token or two come before the furniture rules and the speaker search
        if (!balancedQuotes(text) || wholeQuotation(text) || danglingShortSentence(sentence, words)
                || opensWithReference(sentence) || unattributedFirstPerson(sentence)) {
            return false;
        }
        return FURNITURE.classify(text) == null && !quotesPronoun(text);
    }

    /**
     * "We want to express our sadness ..." lifted from a statement or letter: unquoted, its speaker is
     * unknown to the summary's reader. Quoted first person ("'We will rebuild,' the mayor said") is fine.
     */
    private static boolean unattributedFirstPerson(Sentence sentence) {
        return !sentence.tokens().isEmpty() && FIRST_PERSON.contains(sentence.tokens().get(0).lower())
                && !sentence.text().startsWith("\"") && !sentence.text().startsWith("“");
    }

    /**
     * A sentence after its article's first that opens with a pronoun ("It followed a long night of talks ..."):
     * its referent is in the sentence before, which the summary may not hold; another sentence of the
     * cluster usually says the same with the name.
     */
    private static boolean opensWithReference(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (sentence.position() == 0 || tokens.isEmpty()) {
            return false;
        }
        String first = tokens.get(0).lower();
        return REFERRING_OPENERS.contains(first)
                || DEMONSTRATIVES.contains(first) && tokens.size() > 1 && LINKING_VERBS.contains(tokens.get(1).lower());
    }

    /**
     * Whether {@link #PRONOUN_SPEAKER} matches. Most sentences hold none of its verbs, and looking
     * for them is several times cheaper than the case-insensitive search at every position.
     */
    private static boolean quotesPronoun(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String verb : SpeechVerbs.QUOTING) {
            if (lower.contains(verb)) {
                return PRONOUN_SPEAKER.matcher(text).find();
            }
        }
        return false;
    }

    /** Short sentences that lean on the one before: "It blames the weather." */
    private static boolean danglingShortSentence(Sentence sentence, int words) {
        if (sentence.tokens().isEmpty() || words > 9) {
            return false;
        }
        return WEAK_OPENERS.contains(sentence.tokens().get(0).lower());
    }

    /** A sentence that is nothing but a quotation, its speaker named elsewhere. */
    static boolean wholeQuotation(String text) {
        if (text.length() < 2 || "\"“".indexOf(text.charAt(0)) < 0) {
            return false;
        }
        int closes = QuoteMarks.of(text, 1, text.length()).closers();
        char last = text.charAt(text.length() - 1);
        return closes == 1 && (last == '”' || last == '"' || text.endsWith("\".") || text.endsWith("”."));
    }

    static boolean endsLikeStatement(String text) {
        int i = text.length() - 1;
        while (i >= 0 && ("\"'”’)]".indexOf(text.charAt(i)) >= 0 || Scripts.isCjkCloser(text.charAt(i)))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '.' || text.charAt(i) == '!' || Scripts.isOtherStatementEnd(text.charAt(i)))
                && !text.endsWith("...") && !text.endsWith("…");
    }

    /** Whether the sentence asks something: a question mark anywhere, in any script. */
    private static boolean isQuestion(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?' || Scripts.isOtherQuestionMark(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean balancedQuotes(String text) {
        return QuoteMarks.of(text).balanced();
    }
}
