package org.newsum.eval;

/**
 * ROUGE-1.5.5 settings. {@link #STANDARD} is {@code -c 95 -2 4 -U -r 1000 -n 4 -w 1.2 -a -m}:
 * n-grams up to 4, skip-bigrams with a gap of at most 4 plus unigrams, Porter stemming with
 * WordNet exceptions, and the exact mean as the average over summaries ({@link Average}).
 *
 * @param maxN         the longest n-gram scored (ROUGE-1 … ROUGE-maxN)
 * @param skipDistance the largest gap of a skip-bigram ({@code -2}); negative for no limit
 * @param skipUnigrams whether skip-bigram counts include unigrams ({@code -U})
 * @param stem         whether tokens are stemmed ({@code -m})
 * @param wordLimit    cut every summary after this many words ({@code -l}); 0 for no limit
 * @param byteLimit    cut every summary after this many bytes of UTF-8 ({@code -b}), as the script cuts: the
 *                     spaces between sentences not counted, ROUGE-L's sentences cut on their own; 0 for no limit
 * @param alpha        the F-measure weight of precision ({@code -p}, 0.5 by default)
 * @param average      how the scores of many summaries become one ({@link RougeAverage})
 */
public record RougeOptions(int maxN, int skipDistance, boolean skipUnigrams, boolean stem, int wordLimit,
                           int byteLimit, double alpha, Average average) {

    public static final RougeOptions STANDARD = new RougeOptions(4, 4, true, true, 0, 0, 0.5, Average.MEAN);

    /** How the scores of many summaries become one average. */
    public enum Average {
        /** The exact mean of the summaries' R, P and F: what the script's averages estimate. */
        MEAN,
        /**
         * The number the script prints ({@code -r 1000}): the mean of its 1,000 bootstrap resamples of the
         * summaries' five-decimal scores, drawn with Perl's {@code rand} after {@code srand(0)} … {@code srand(999)}.
         */
        OFFICIAL
    }

    public RougeOptions {
        if (maxN < 1 || wordLimit < 0 || byteLimit < 0 || alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("invalid ROUGE options");
        }
        if (wordLimit > 0 && byteLimit > 0) {
            throw new IllegalArgumentException("-l and -b cannot both be set");
        }
        java.util.Objects.requireNonNull(average, "average");
    }

    /** The same options with {@code -l N}. */
    public RougeOptions withWordLimit(int n) {
        return new RougeOptions(maxN, skipDistance, skipUnigrams, stem, n, 0, alpha, average);
    }

    /** The same options with {@code -b N}. */
    public RougeOptions withByteLimit(int n) {
        return new RougeOptions(maxN, skipDistance, skipUnigrams, stem, 0, n, alpha, average);
    }

    /** The same options with this way of averaging. */
    public RougeOptions withAverage(Average a) {
        return new RougeOptions(maxN, skipDistance, skipUnigrams, stem, wordLimit, byteLimit, alpha, a);
    }
}
