package org.newsum.order;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Sentence;
import org.newsum.model.Summary;
import org.newsum.model.SummarySentence;
import org.newsum.model.Token;

/**
 * Arranges chosen sentences for reading: by relative position in their articles (news leads with
 * its main facts, so what comes early in its article comes early in the summary), ties by article
 * order; then moves a sentence that introduces what an earlier one points back to ("that attack")
 * before it; then removes wire datelines ("PORT VARNA (AP) —"), which belong to an article's top, not to a
 * summary's sentence, and discourse openers ("But", "However,", "Then") that would dangle because the
 * sentence before it in the summary is not the one before it in its article.
 */
public final class ReadingOrder {

    /**
     * Conjunctions that dangle alone, "Then" before the subject, and adverbs and phrases that dangle when set off by
     * a comma; in any case, as lower-cased text has them. Two may stand together ("But then, ...").
     */
    private static final Pattern OPENER = Pattern.compile(
            "^(?:(?:But|And|Yet|Or),?\\s+|So,\\s+|Then(?:,\\s+|\\s+(?=(?:the|a|an|he|she|it|they|we|his|her|their|its)\\s))"
                    + "|(?:However|Meanwhile|Still|Also|Instead|Moreover|Furthermore|Nevertheless|Nonetheless"
                    + "|In addition|Additionally|Separately|Likewise|Similarly|Thus|Therefore|Hence|Consequently"
                    + "|As a result|Besides|Even so|Indeed|Otherwise|In turn|By contrast|In contrast|On the other hand"
                    + "|At the same time|In the meantime|Afterwards?|Later|Plus|Again|Elsewhere|Too"
                    + "|For (?:his|her|their|its) part),\\s+)(?=\\S)", Pattern.CASE_INSENSITIVE);
    /** A wire service's dateline: a place of a few words, the agency in brackets, a dash (which some leave out). */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[^().!?\"“\\s]+,?\\s+){0,4}?\\(\\s*(?:AP|Reuters|AFP|UPI|CNN)\\s*\\)\\s*(?:—|–|--?|:)?\\s*(?=\\S)",
            Pattern.CASE_INSENSITIVE);
    /** "This", "these", "those" before a noun point back to it; so does "that" after a preposition ("to that attack"). */
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "those");
    private static final Set<String> BEFORE_THAT = Set.of("to", "of", "in", "on", "at", "for", "from", "by", "with",
            "after", "before", "about", "over", "since", "during", "against", "despite", "following", "amid");
    /** Nouns a demonstrative turns into a time, which points back to nothing: "this week". */
    private static final Set<String> TIME_NOUNS = Set.of("week", "year", "month", "morning", "afternoon", "evening",
            "night", "weekend", "summer", "spring", "fall", "autumn", "winter", "season", "time", "day", "decade",
            "century", "past", "point", "way", "era", "holiday", "term", "session");

    /** The summary of the given sentences in reading order. */
    public Summary arrange(Cluster cluster, String method, Budget budget, List<SummarySentence> sentences) {
        int[] perArticle = new int[cluster.articles().size()];
        for (Sentence s : cluster.sentences()) {
            perArticle[s.articleIndex()]++;
        }
        List<SummarySentence> ordered = new ArrayList<>(sentences);
        ordered.sort(Comparator.comparingDouble((SummarySentence s) -> relativePosition(cluster, perArticle, s))
                .thenComparingInt(s -> cluster.sentences().get(s.sentence()).articleIndex())
                .thenComparingInt(SummarySentence::sentence));
        ordered = antecedentsFirst(cluster, ordered);
        List<SummarySentence> fixed = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            SummarySentence s = ordered.get(i);
            int previous = i == 0 ? -1 : ordered.get(i - 1).sentence();
            boolean follows = previous >= 0 && previous == s.sentence() - 1
                    && cluster.sentences().get(previous).articleIndex()
                    == cluster.sentences().get(s.sentence()).articleIndex();
            String text = withoutDateline(s.text());
            text = follows ? text : withoutDanglingOpener(text);
            fixed.add(new SummarySentence(s.sentence(), text, s.score(), s.citations()));
        }
        return new Summary(method, budget, fixed);
    }

    /**
     * The sentences with each one that introduces a noun an earlier one points back to by a demonstrative moved just
     * before that one; each sentence moves at most once, so the order settles.
     */
    static List<SummarySentence> antecedentsFirst(Cluster cluster, List<SummarySentence> ordered) {
        List<SummarySentence> out = new ArrayList<>(ordered);
        Set<Integer> moved = new HashSet<>();
        for (int i = 0; i < out.size(); i++) {
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < i; j++) {
                cluster.sentences().get(out.get(j).sentence()).tokens().forEach(t -> seen.add(t.stem()));
            }
            for (String noun : pointedBack(cluster.sentences().get(out.get(i).sentence()))) {
                if (seen.contains(noun)) {
                    continue;
                }
                int later = firstWith(cluster, out, i + 1, noun);
                if (later > i && moved.add(out.get(later).sentence())) {
                    out.add(i, out.remove(later));
                    i--; // the moved sentence may point back itself
                    break;
                }
            }
        }
        return out;
    }

    /** The stems of the nouns a sentence points back to with a demonstrative. */
    private static List<String> pointedBack(Sentence s) {
        List<String> nouns = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            String word = tokens.get(k).lower();
            boolean demonstrative = DEMONSTRATIVES.contains(word)
                    || word.equals("that") && k > 0 && BEFORE_THAT.contains(tokens.get(k - 1).lower());
            Token noun = tokens.get(k + 1);
            if (demonstrative && !noun.stop() && noun.lower().length() >= 3 && noun.lower().chars().allMatch(Character::isLetter)
                    && !TIME_NOUNS.contains(noun.stem()) && !TIME_NOUNS.contains(noun.lower())) {
                nouns.add(noun.stem());
            }
        }
        return nouns;
    }

    /** The first sentence from {@code from} on that holds the stem, or -1. */
    private static int firstWith(Cluster cluster, List<SummarySentence> sentences, int from, String stem) {
        for (int j = from; j < sentences.size(); j++) {
            for (Token t : cluster.sentences().get(sentences.get(j).sentence()).tokens()) {
                if (t.stem().equals(stem)) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** Position of a sentence in its article from 0 (first) to 1 (last). */
    private static double relativePosition(Cluster cluster, int[] perArticle, SummarySentence chosen) {
        Sentence s = cluster.sentences().get(chosen.sentence());
        int count = perArticle[s.articleIndex()];
        return count <= 1 ? 0 : s.position() / (double) (count - 1);
    }

    /** "PORT VARNA (AP) — The pier reopened." becomes "The pier reopened."; other sentences are unchanged. */
    static String withoutDateline(String text) {
        Matcher m = DATELINE.matcher(text);
        if (!m.lookingAt() || !Character.isLetterOrDigit(text.charAt(m.end()))) {
            return text;
        }
        String rest = text.substring(m.end());
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    /** "But the talks went on." becomes "The talks went on."; "But then, ..." loses both; other sentences are unchanged. */
    static String withoutDanglingOpener(String text) {
        String out = text;
        for (int openers = 0; openers < 2; openers++) {
            Matcher m = OPENER.matcher(out);
            if (!m.find()) {
                break;
            }
            String rest = out.substring(m.end());
            if (rest.isEmpty() || !Character.isLetter(rest.charAt(0))) {
                break;
            }
            out = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return out;
    }
}
