package org.newsum.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The average ROUGE of many summaries, as {@link RougeOptions#average()} asks: the exact mean, or the
 * number ROUGE-1.5.5 prints, so that a paper's table can be matched to five decimals.
 *
 * <p>The script does not print the mean. For each of its {@code -r 1000} resamples it calls
 * {@code srand(i)} (i = 0 … 999), draws as many summaries as there are with {@code int(rand(N))} from the
 * summaries in the order of its keys ({@code "EVAL_ID.SYSTEM_ID"}, compared as strings), and averages
 * their scores as it printed them per summary (R and P rounded to five decimals, F computed from those and
 * rounded); it prints the mean of the 1,000 resample means (summed in ascending order), rounded to five
 * decimals. The official average does all of that again, with {@link PerlRandom} in place of Perl's
 * {@code rand} and the summaries' ids as evaluation ids.
 */
public final class RougeAverage {

    /** The script's number of bootstrap resamples ({@code -r 1000}). */
    static final int RESAMPLES = 1000;

    private RougeAverage() {
    }

    /**
     * One summary's scores under its id.
     *
     * @param id     the summary's id (a file name, a cluster id): the script's evaluation id
     * @param scores its scores
     */
    public record Scored(String id, RougeScores scores) {
    }

    /** The average of the summaries' scores, as the options ask; no metrics when there are no summaries. */
    public static RougeScores of(List<Scored> summaries, RougeOptions options) {
        return switch (options.average()) {
            case MEAN -> RougeScores.average(summaries.stream().map(Scored::scores).toList());
            case OFFICIAL -> official(summaries, options.alpha());
        };
    }

    /** ROUGE-1.5.5's printed average: the mean of its bootstrap resamples (see the class comment). */
    static RougeScores official(List<Scored> summaries, double alpha) {
        if (summaries.isEmpty()) {
            return new RougeScores(Map.of());
        }
        List<Scored> ordered = new ArrayList<>(summaries);
        // The key is "EVAL_ID.SYSTEM_ID"; the dot decides between an id and a longer one it begins.
        ordered.sort(Comparator.comparing(s -> s.id() + ".", RougeAverage::perlStringOrder));
        List<String> metrics = List.copyOf(ordered.get(0).scores().scores().keySet());
        int n = ordered.size();
        int columns = 3 * metrics.size(); // R, P and F of each metric
        double[][] printed = new double[n][columns];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < metrics.size(); m++) {
                Score s = printed(ordered.get(i).scores().get(metrics.get(m)), alpha);
                printed[i][3 * m] = s.r();
                printed[i][3 * m + 1] = s.p();
                printed[i][3 * m + 2] = s.f();
            }
        }
        double[][] resampleMeans = new double[columns][RESAMPLES];
        double[] sums = new double[columns];
        for (int seed = 0; seed < RESAMPLES; seed++) {
            PerlRandom rand = new PerlRandom(seed);
            Arrays.fill(sums, 0);
            for (int draw = 0; draw < n; draw++) {
                double[] picked = printed[rand.index(n)];
                for (int c = 0; c < columns; c++) {
                    sums[c] += picked[c];
                }
            }
            for (int c = 0; c < columns; c++) {
                resampleMeans[c][seed] = sums[c] / n;
            }
        }
        double[] average = new double[columns];
        for (int c = 0; c < columns; c++) {
            double[] means = resampleMeans[c];
            Arrays.sort(means);
            double total = 0;
            for (double mean : means) {
                total += mean;
            }
            average[c] = round5(total / RESAMPLES);
        }
        Map<String, Score> out = new LinkedHashMap<>();
        for (int m = 0; m < metrics.size(); m++) {
            out.put(metrics.get(m), new Score(average[3 * m], average[3 * m + 1], average[3 * m + 2]));
        }
        return new RougeScores(out);
    }

    /**
     * One summary's score as the script prints it (and averages it): R and P rounded to five decimals, F
     * computed from those rounded numbers with the weight {@code alpha} and rounded in turn.
     */
    public static Score printed(Score s, double alpha) {
        double r = round5(s.r());
        double p = round5(s.p());
        double weighted = (1 - alpha) * p + alpha * r;
        return new Score(r, p, weighted > 0 ? round5(p * r / weighted) : 0);
    }

    /**
     * A number as the script prints it ({@code sprintf("%7.5f")} in C): the exact binary value rounded to five
     * decimals, halves to even (so 1/64 prints 0.01562, where Java's {@code %.5f} prints 0.01563).
     */
    public static double round5(double x) {
        return new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Perl's {@code cmp}: code point by code point, a prefix first. */
    static int perlStringOrder(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
