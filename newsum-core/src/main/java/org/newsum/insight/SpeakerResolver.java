package org.newsum.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsum.model.Entity;
import org.newsum.text.SpeechVerbs;

/**
 * Finds who said a quotation from the words around it ({@code ", Okafor said"}, {@code "said Amina
 * Okafor, ..."}, {@code "He said: "}) and names them as fully as the cluster does: a surname becomes the
 * full name, {@code he}/{@code she} the person last named before the quote in the same article, and a
 * description such as {@code "the port spokesman"} the person the cluster gives that role. Thread-safe.
 */
final class SpeakerResolver {

    private static final String VERBS = SpeechVerbs.alternation(SpeechVerbs.ALL);
    private static final String CLOSERS = "\"“”«»";
    /** {@code ", said Amina Okafor, Portavel's harbour master."}: the verb first, then the speaker. */
    private static final Pattern VERB_THEN_SPEAKER = Pattern.compile(
            "^[\\s,.;:!?—–-]*(?:" + VERBS + ")\\s+([^,.;:!?()\"“”]{2,60})");
    /** {@code ", Okafor said at a briefing."}: the speaker first, then the verb. */
    private static final Pattern SPEAKER_THEN_VERB = Pattern.compile(
            "^[\\s,.;:!?—–-]*([^,.;:!?()\"“”]{2,60}?)\\s+(?:also\\s+|later\\s+|again\\s+)?(?:" + VERBS + ")\\b");
    /** {@code "Okafor said: "} or {@code "He told reporters, "} before the quote. */
    private static final Pattern BEFORE = Pattern.compile(
            "(?:^|[,.;:!?]\\s+)([^,.;:!?()\"“”]{2,60}?)\\s+(?:also\\s+|later\\s+|again\\s+)?(?:" + VERBS
                    + ")\\b[^\"“”]{0,80}$");
    private static final int WINDOW = 160;
    private static final Set<String> STOP_STARTS = Set.of("But", "And", "The", "However", "Meanwhile", "Later",
            "Then", "So", "Yet", "Still", "Also", "Instead", "A", "An", "He", "She", "It", "They", "We", "I");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> NOT_SPEAKERS = Set.of("it", "they", "we", "i", "you", "this", "that",
            "which", "who", "there", "what");

    private final Gazetteer gazetteer;

    SpeakerResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Who said a quote, and whether the text names them (rather than a pronoun pointing back to them).
     *
     * @param name  the speaker as the cluster names them
     * @param named whether the words around the quote name the speaker
     */
    record Attribution(String name, boolean named) {
    }

    /**
     * The speaker of the quote between {@code open} and {@code close} (the quote marks' offsets) in one
     * article's body, or {@code null} when the text does not say.
     */
    Attribution speaker(String body, int article, int open, int close, EntityFinder.Found entities) {
        int lineStart = body.lastIndexOf('\n', open) + 1;
        int lineEnd = body.indexOf('\n', close);
        lineEnd = lineEnd < 0 ? body.length() : lineEnd;
        // Attribution stands next to the quote: a short window keeps the patterns' cost bounded.
        String after = body.substring(Math.min(close + 1, lineEnd), Math.min(lineEnd, close + 1 + WINDOW));
        int nextQuote = indexOfAny(after, CLOSERS);
        if (nextQuote >= 0) {
            after = after.substring(0, nextQuote);
        }
        Matcher m = VERB_THEN_SPEAKER.matcher(after);
        if (m.find()) {
            Attribution s = resolve(m.group(1), true, article, open, entities);
            if (s != null) {
                return s;
            }
        }
        m = SPEAKER_THEN_VERB.matcher(after);
        if (m.find()) {
            Attribution s = resolve(m.group(1), false, article, open, entities);
            if (s != null) {
                return s;
            }
        }
        String before = body.substring(Math.max(lineStart, open - WINDOW), open);
        int lastQuote = lastIndexOfAny(before, CLOSERS);
        if (lastQuote >= 0) {
            before = before.substring(lastQuote + 1);
        }
        m = BEFORE.matcher(before);
        if (m.find()) {
            return resolve(m.group(1), false, article, open, entities);
        }
        return null;
    }

    /**
     * A speaker phrase as the cluster names it: an entity's full name, a pronoun's referent, or the phrase.
     * {@code verbFirst} says the phrase followed the verb ("said Amina Okafor, ..."), so its first name is
     * the speaker; otherwise the phrase preceded the verb and its last name is ("But Okafor's deputy
     * J.P. Lindqvist says").
     */
    Attribution resolve(String phrase, boolean verbFirst, int article, int at, EntityFinder.Found entities) {
        String p = phrase.strip();
        for (String cut : new String[] {" who ", " whose ", " in ", " on ", " at ", " during ", " after ",
                " before ", " when ", " to ", " that ", " with "}) {
            int k = p.indexOf(cut);
            if (k > 0) {
                p = p.substring(0, k);
            }
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            String name = subjectBefore(article, at, entities);
            return name == null ? null : new Attribution(name, false);
        }
        if (NOT_SPEAKERS.contains(lower) || p.split("\\s+").length > 7) {
            return null;
        }
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String w : p.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) || run.length() > 0 && w.equals("of")) {
                run.append(run.length() > 0 ? " " : "").append(w);
            } else if (run.length() > 0) {
                runs.add(run.toString());
                run.setLength(0);
            }
        }
        if (run.length() > 0) {
            runs.add(run.toString());
        }
        String best = null;
        for (String r : runs) {
            String stripped = stripTitles(r);
            if (!stripped.isEmpty() && !gazetteer.notNames.contains(stripped)) {
                best = stripped;
                if (verbFirst) {
                    break;
                }
            }
        }
        if (best != null) {
            int e = entities.lookup(best);
            if (e >= 0 && entities.entities().get(e).type() == Entity.Type.PLACE && p.length() > best.length() + 3) {
                return new Attribution(p, true); // "Norway's fisheries minister": the place only qualifies the speaker
            }
            if (e >= 0) {
                return new Attribution(entities.entities().get(e).name(), true);
            }
            String[] words = best.split("\\s+");
            e = entities.lookup(words[words.length - 1]);
            if (e >= 0 && entities.entities().get(e).type() == Entity.Type.PERSON) {
                return new Attribution(entities.entities().get(e).name(), true);
            }
        }
        String role = byRole(lower, entities);
        if (role != null) {
            return new Attribution(role, true);
        }
        if (best != null && !gazetteer.places.contains(best) && !STOP_STARTS.contains(best)) {
            return new Attribution(best, true);
        }
        return lower.matches("(the|a|an) [a-z' ’-]+") ? new Attribution(p, true) : null;
    }

    /** "the port spokesman": the one person whose role words hold every word of the description. */
    private String byRole(String description, EntityFinder.Found entities) {
        String[] words = description.replace("’", "'").replaceAll("'s\\b", "").split("\\s+");
        if (words.length < 2 || !gazetteer.titles.contains(capitalize(words[words.length - 1]))) {
            return null;
        }
        String found = null;
        for (int e = 0; e < entities.entities().size(); e++) {
            if (entities.entities().get(e).type() != Entity.Type.PERSON) {
                continue;
            }
            Set<String> role = entities.roles().get(e);
            boolean all = true;
            for (String w : words) {
                if (!w.equals("the") && !w.equals("a") && role.stream().noneMatch(r -> sameWord(r, w))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                if (found != null) {
                    return null; // two people fit: not ours to choose
                }
                found = entities.entities().get(e).name();
            }
        }
        return found;
    }

    private static boolean sameWord(String a, String b) {
        return a.equals(b) || a.length() >= 5 && b.length() >= 5 && a.regionMatches(0, b, 0, 5);
    }

    private String stripTitles(String run) {
        String[] words = run.split("\\s+");
        int i = 0;
        while (i < words.length - 1 && (gazetteer.titles.contains(EntityFinder.bare(words[i]))
                || STOP_STARTS.contains(words[i]) || words[i].equals("of")
                || gazetteer.demonyms.contains(EntityFinder.bare(words[i]))
                || gazetteer.places.contains(EntityFinder.bare(words[i])) && words[i].length() != EntityFinder.bare(words[i]).length())) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    /**
     * The referent of "he" or "she": the person opening the nearest sentence before the quote that names a
     * person, or none when that sentence names people only further in (they are rarely its subject).
     */
    private static String subjectBefore(int article, int at, EntityFinder.Found entities) {
        int sentence = -1;
        String name = null;
        for (EntityFinder.Located m : entities.mentions()) {
            if (m.article() > article || m.article() == article && m.start() >= at) {
                break;
            }
            if (m.article() != article || entities.entities().get(m.entity()).type() != Entity.Type.PERSON) {
                continue;
            }
            if (m.sentence() != sentence) {
                sentence = m.sentence();
                name = m.subject() ? entities.entities().get(m.entity()).name() : null;
            }
        }
        return name;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfAny(String s, String chars) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
