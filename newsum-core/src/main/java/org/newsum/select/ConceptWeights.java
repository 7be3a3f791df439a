package org.newsum.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsum.model.Cluster;
import org.newsum.model.Sentence;
import org.newsum.model.Token;
import org.newsum.text.TermIndex;

/**
 * Concepts of a cluster and their weights, after Gillick and Favre's ICSI summarizer: a concept is a
 * bigram of stems within a sentence, not made only of stop words, and it weighs the number of articles
 * that contain it, each article counting less the later the concept first appears in it (news states
 * its main facts first). Bigrams in too few articles are dropped, as ICSI dropped those in fewer than
 * 3 of 10 documents: what one source alone says is rarely what a summary of all of them needs.
 * Immutable; concept ids are 0..conceptCount-1.
 */
public final class ConceptWeights {

    /** Which adjacent stem pairs are concepts. */
    public enum Bigrams {
        /** Adjacent tokens, unless both are stop words (ICSI): keeps "the strike", "strike by". */
        NOT_ALL_STOP,
        /** Adjacent content words once stop words are removed: "strike pilots" from "strike by the pilots". */
        CONTENT_ONLY
    }

    /**
     * How to weigh concepts.
     *
     * @param minArticleShare share of the cluster's articles a concept must appear in (at least 2 articles,
     *                        unless the cluster has only one)
     * @param positionMix     0 counts every article alike; 1 counts an article by the {@link PositionPrior} of
     *                        the concept's first sentence in it; between mixes the two
     * @param bigrams         which stem pairs are concepts
     */
    public record Options(double minArticleShare, double positionMix, Bigrams bigrams) {

        /**
         * ICSI's cut (3 of 10 articles) with a half-strength position discount: on Multi-News validation it beat
         * no discount and full discount; content-only bigrams and cuts of 15% or 40% did no better.
         */
        public static final Options DEFAULT = new Options(0.25, 0.5, Bigrams.NOT_ALL_STOP);

        public Options {
            if (minArticleShare < 0 || minArticleShare > 1 || positionMix < 0 || positionMix > 1) {
                throw new IllegalArgumentException("minArticleShare and positionMix must be in [0, 1]");
            }
        }

        /** The fewest articles a concept must appear in, for a cluster of {@code articles} articles. */
        public int minArticles(int articles) {
            return articles <= 1 ? 1 : Math.max(2, (int) Math.ceil(minArticleShare * articles - 1e-9));
        }
    }

    private final String[] bigrams;
    private final double[] weights;
    private final int[] articleFrequency;
    private final int[][] sentenceConcepts;  // per sentence: distinct concept ids, ascending

    private ConceptWeights(String[] bigrams, double[] weights, int[] articleFrequency, int[][] sentenceConcepts) {
        this.bigrams = bigrams;
        this.weights = weights;
        this.articleFrequency = articleFrequency;
        this.sentenceConcepts = sentenceConcepts;
    }

    /** The concepts of a cluster with the default options. */
    public static ConceptWeights of(Cluster cluster) {
        return of(cluster, Options.DEFAULT);
    }

    /** The concepts of a cluster. */
    public static ConceptWeights of(Cluster cluster, Options options) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> keys = new ArrayList<>();
        // Per concept id, in primitive arrays grown as ids come: boxing here was a twentieth of a batch's time.
        double[] weight = new double[256];
        int[] articles = new int[256];
        int[] lastArticle = new int[256];
        int[][] raw = new int[cluster.sentences().size()][];
        // sentences come article by article in order, so the first sighting in an article is its first position
        for (Sentence s : cluster.sentences()) {
            List<String> sentenceBigrams = bigrams(s, options.bigrams());
            int[] found = new int[sentenceBigrams.size()];
            double discount = 1 - options.positionMix() + options.positionMix() * PositionPrior.weight(s.position());
            for (int i = 0; i < found.length; i++) {
                String key = sentenceBigrams.get(i);
                Integer known = ids.get(key);
                int id;
                if (known == null) {
                    id = keys.size();
                    ids.put(key, id);
                    keys.add(key);
                    if (id == weight.length) {
                        weight = Arrays.copyOf(weight, id * 2);
                        articles = Arrays.copyOf(articles, id * 2);
                        lastArticle = Arrays.copyOf(lastArticle, id * 2);
                    }
                    lastArticle[id] = -1;
                } else {
                    id = known;
                }
                if (lastArticle[id] != s.articleIndex()) {
                    lastArticle[id] = s.articleIndex();
                    articles[id]++;
                    weight[id] += discount;
                }
                found[i] = id;
            }
            raw[s.index()] = found;
        }
        int min = options.minArticles(cluster.articles().size());
        int[] kept = new int[keys.size()];
        int count = 0;
        for (int id = 0; id < keys.size(); id++) {
            kept[id] = articles[id] >= min ? count++ : -1;
        }
        String[] bigrams = new String[count];
        double[] weights = new double[count];
        int[] articleFrequency = new int[count];
        for (int id = 0; id < keys.size(); id++) {
            if (kept[id] >= 0) {
                bigrams[kept[id]] = keys.get(id);
                weights[kept[id]] = weight[id];
                articleFrequency[kept[id]] = articles[id];
            }
        }
        int[][] sentenceConcepts = new int[raw.length][];
        for (int s = 0; s < raw.length; s++) {
            sentenceConcepts[s] = keptConcepts(raw[s], kept);
        }
        return new ConceptWeights(bigrams, weights, articleFrequency, sentenceConcepts);
    }

    /** The kept concepts among a sentence's bigram ids, distinct and in ascending order. */
    private static int[] keptConcepts(int[] ids, int[] kept) {
        int[] out = new int[ids.length];
        int n = 0;
        for (int id : ids) {
            if (kept[id] >= 0) {
                out[n++] = kept[id];
            }
        }
        Arrays.sort(out, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || out[i] != out[distinct - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    /** The bigrams of one sentence, in order, repeats included. */
    static List<String> bigrams(Sentence sentence, Bigrams kind) {
        List<Token> tokens = sentence.tokens();
        if (kind == Bigrams.CONTENT_ONLY) {
            tokens = tokens.stream().filter(TermIndex::isContent).toList();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token a = tokens.get(i);
            Token b = tokens.get(i + 1);
            if (TermIndex.isContent(a) || TermIndex.isContent(b)) {
                out.add(a.stem() + " " + b.stem());
            }
        }
        return out;
    }

    /** Number of concepts. */
    public int conceptCount() {
        return weights.length;
    }

    /** The concept as text: two stems separated by a space. */
    public String bigram(int concept) {
        return bigrams[concept];
    }

    /** The weight of a concept: articles containing it, each discounted by the position of its first sighting. */
    public double weight(int concept) {
        return weights[concept];
    }

    /** Weights of all concepts, by concept id (a copy). */
    public double[] weights() {
        return weights.clone();
    }

    /** Number of articles containing a concept. */
    public int articleFrequency(int concept) {
        return articleFrequency[concept];
    }

    /** Distinct concept ids of a sentence, ascending (a copy). */
    public int[] concepts(int sentence) {
        return sentenceConcepts[sentence].clone();
    }

    /** Number of distinct concepts in a sentence. */
    public int size(int sentence) {
        return sentenceConcepts[sentence].length;
    }

    /** Concept id at position {@code i} of a sentence's ascending concepts. */
    public int concept(int sentence, int i) {
        return sentenceConcepts[sentence][i];
    }

    /** The total weight of each sentence's distinct concepts, by sentence index. */
    public double[] sentenceScores() {
        double[] scores = new double[sentenceConcepts.length];
        for (int s = 0; s < scores.length; s++) {
            for (int c : sentenceConcepts[s]) {
                scores[s] += weights[c];
            }
        }
        return scores;
    }
}
