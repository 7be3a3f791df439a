package org.newsum.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsum.model.Article;
import org.newsum.model.Cluster;
import org.newsum.model.Mention;
import org.newsum.model.Quote;
import org.newsum.model.Sentence;
import org.newsum.model.Token;
import org.newsum.model.Unattributed;
import org.newsum.text.TermIndex;

/**
 * Finds the direct quotations of a cluster, groups the ones several articles carry (allowing small
 * wording differences: "cannot" / "can not", one word changed or left out), names each speaker through
 * {@link SpeakerResolver}, and ranks them by how many articles carry them, then how central their words
 * are to the cluster. Fragments of a few words woven into a sentence are kept apart from full quotes.
 */
public final class QuoteFinder {

    /** Fewer words than this make a fragment, not a full quote. */
    static final int MIN_FULL_WORDS = 5;
    /** Share of the shorter quote's words the longer must hold for both to be one quote. */
    private static final double MIN_OVERLAP = 0.8;

    private final SpeakerResolver speakers;

    public QuoteFinder() {
        this(Gazetteer.DEFAULT);
    }

    QuoteFinder(Gazetteer gazetteer) {
        this.speakers = new SpeakerResolver(gazetteer);
    }

    /** A quotation as found in one article: where its text (trimmed) starts, its words, and who said it. */
    private record Found(int article, int start, String text, List<String> words, Set<String> wordSet,
                         boolean partial, SpeakerResolver.Attribution speaker) {
    }

    /** The quotes of a cluster, ranked; {@code terms} is its term index, which says how shared their words are. */
    List<Quote> find(Cluster cluster, TermIndex terms, EntityFinder.Found entities) {
        List<Found> found = new ArrayList<>();
        List<List<QuoteSpans.Span>> spansOf = new ArrayList<>();
        boolean anySpan = false;
        for (Article article : cluster.articles()) {
            List<QuoteSpans.Span> spans = QuoteSpans.of(article.text());
            spansOf.add(spans);
            anySpan |= !spans.isEmpty();
        }
        // Speakers are sought only in articles that quote: the people an article names (the costliest part of
        // the insight pass) and the cluster's genders serve nothing else.
        Genders genders = anySpan ? Genders.of(cluster, entities) : Genders.NONE;
        List<List<Sentence>> sentences = new ArrayList<>();
        for (int a = 0; a < cluster.articles().size(); a++) {
            sentences.add(new ArrayList<>());
        }
        for (Sentence s : cluster.sentences()) {
            sentences.get(s.articleIndex()).add(s);
        }
        for (int a = 0; a < cluster.articles().size(); a++) {
            List<QuoteSpans.Span> spans = spansOf.get(a);
            if (spans.isEmpty()) {
                continue;
            }
            String body = cluster.articles().get(a).text();
            List<SpeakerResolver.Attribution> said = speakers.attribute(body, a, spans, sentences.get(a), entities,
                    genders);
            for (int i = 0; i < spans.size(); i++) {
                QuoteSpans.Span span = spans.get(i);
                List<String> words = words(span.text());
                boolean partial = words.size() < MIN_FULL_WORDS || Character.isLowerCase(span.text().charAt(0));
                found.add(new Found(a, span.start(), span.text(), words, Set.copyOf(words), partial, said.get(i)));
            }
        }
        // Group: each quote joins the first group whose first quote it matches, else starts one.
        List<List<Found>> groups = new ArrayList<>();
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (Found f : found) {
            Set<Integer> candidates = new java.util.TreeSet<>();
            for (String w : f.words()) {
                if (w.length() > 3) {
                    candidates.addAll(byWord.getOrDefault(w, List.of()));
                }
            }
            int joined = -1;
            for (int g : candidates) {
                Found first = groups.get(g).get(0);
                // Two quotes of one article are one only when their words are: there, near-alike quotes are two.
                boolean sameArticle = groups.get(g).stream().anyMatch(o -> o.article() == f.article());
                if (first.partial() == f.partial() && (sameArticle ? first.words().equals(f.words())
                        : same(first.wordSet(), f.wordSet()))) {
                    joined = g;
                    break;
                }
            }
            if (joined < 0) {
                joined = groups.size();
                groups.add(new ArrayList<>());
                for (String w : f.wordSet()) {
                    if (w.length() > 3) {
                        byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(joined);
                    }
                }
            }
            groups.get(joined).add(f);
        }
        int[] firstSentence = firstSentenceOfEachArticle(cluster);
        List<Quote> quotes = new ArrayList<>();
        for (List<Found> group : groups) {
            Map<String, Double> votes = new LinkedHashMap<>();
            Unattributed reason = null;
            for (Found f : group) {
                SpeakerResolver.Attribution speaker = f.speaker();
                if (speaker.name() != null) {
                    // A named speaker outweighs a pronoun's referent or a continued quote's speaker.
                    votes.merge(speaker.name(), speaker.named() ? 1.0 : 0.4, Double::sum);
                } else if (reason == null || reason == Unattributed.NO_CUE) {
                    reason = speaker.reason();
                }
            }
            String speaker = votes.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(null);
            List<Mention> mentions = new ArrayList<>();
            for (Found f : group) {
                Article article = cluster.articles().get(f.article());
                mentions.add(new Mention(article.id(), f.start(), f.start() + f.text().length(), f.text()));
            }
            Found first = group.get(0);
            quotes.add(new Quote(first.text(), speaker, speaker == null ? reason : null, first.partial(), mentions,
                    centrality(first, cluster, firstSentence, terms)));
        }
        // Each quote's article count once, not at every comparison.
        record Ranked(Quote quote, int articles) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Quote q : quotes) {
            ranked.add(new Ranked(q, q.articles().size()));
        }
        ranked.sort(Comparator.comparing((Ranked r) -> r.quote().partial())
                .thenComparingInt(r -> -r.articles())
                .thenComparing(r -> r.quote().speaker() == null)
                .thenComparingDouble(r -> -r.quote().centrality()));
        return ranked.stream().map(Ranked::quote).toList();
    }

    /**
     * The mean share of the cluster's articles that use each content term of the quote (its tokens' stems,
     * as {@link TermIndex} counts them), 0 to 1, to three decimals.
     */
    private static double centrality(Found quote, Cluster cluster, int[] firstSentence, TermIndex terms) {
        int from = quote.start();
        int to = from + quote.text().length();
        Set<Integer> seen = new HashSet<>();
        long articles = 0;
        for (int i = firstSentence[quote.article()]; i < firstSentence[quote.article() + 1]; i++) {
            Sentence s = cluster.sentences().get(i);
            if (s.end() <= from || s.start() >= to) {
                continue;
            }
            Set<String> stems = new HashSet<>();
            for (Token t : s.tokens()) {
                if (t.start() >= from && t.start() < to && TermIndex.isContent(t)) {
                    stems.add(t.stem());
                }
            }
            for (int k = 0; k < terms.size(i); k++) {
                int term = terms.term(i, k);
                if (stems.contains(terms.stem(term)) && seen.add(term)) {
                    articles += terms.articleFrequency(term);
                }
            }
        }
        if (seen.isEmpty()) {
            return 0;
        }
        return Math.round(articles / (double) seen.size() / Math.max(1, terms.articleCount()) * 1000) / 1000.0;
    }

    /** Per article, the index of its first sentence; one more entry, the sentence count, ends the last. */
    private static int[] firstSentenceOfEachArticle(Cluster cluster) {
        int[] first = new int[cluster.articles().size() + 1];
        java.util.Arrays.fill(first, cluster.sentences().size());
        for (int i = cluster.sentences().size() - 1; i >= 0; i--) {
            first[cluster.sentences().get(i).articleIndex()] = i;
        }
        for (int a = cluster.articles().size() - 1; a >= 0; a--) {
            first[a] = Math.min(first[a], first[a + 1]); // an article without sentences: an empty range
        }
        return first;
    }

    /** Whether two quotes' words are one quote: the shorter's words nearly all in the longer. */
    private static boolean same(Set<String> sa, Set<String> sb) {
        int min = Math.min(sa.size(), sb.size());
        if (min == 0) {
            return false;
        }
        int shared = 0;
        for (String w : sa) {
            if (sb.contains(w)) {
                shared++;
            }
        }
        if (min < 3) {
            return sa.equals(sb);
        }
        // The longer may add a clause, but not be mostly other words.
        return shared >= MIN_OVERLAP * min && shared >= 0.5 * Math.max(sa.size(), sb.size());
    }

    /** A quote's words, lower case, with "cannot" as "can not" and without apostrophes. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder w = new StringBuilder();
        // Runs of letters, digits and apostrophes (regex [\p{L}\p{N}'’]), by hand: a regex split was a hot line.
        for (int i = 0; i <= lower.length(); ) {
            int c = i < lower.length() ? lower.codePointAt(i) : ' ';
            if (c == '\'' || c == '’') {
                i++;
                continue;
            }
            if (i < lower.length() && (Character.isLetter(c) || isNumber(c))) {
                w.appendCodePoint(c);
                i += Character.charCount(c);
                continue;
            }
            if (w.length() > 0) {
                String word = w.toString();
                if (word.equals("cannot")) {
                    words.add("can");
                    words.add("not");
                } else {
                    words.add(word);
                }
                w.setLength(0);
            }
            i += i < lower.length() ? Character.charCount(c) : 1;
        }
        return words;
    }

    /** Whether a code point is a number (regex {@code \p{N}}): a digit, a letter number or another number. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
