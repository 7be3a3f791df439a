package org.newsum.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Source;
import org.newsum.select.SentenceFeatures;
import org.newsum.select.SentenceModel;
import org.newsum.text.TermIndex;

/**
 * Trains a {@link SentenceModel}: every candidate sentence of every training cluster becomes one
 * example, labelled positive when the greedy ROUGE oracle ({@link OracleMethod}) puts it in the
 * summary; an L2-regularized logistic regression is then fitted by Newton's method. Deterministic
 * for a given dataset, options and seed. A seeded share of the clusters is held out to report how
 * well the model ranks sentences it did not see.
 */
public final class SentenceModelTrainer {

    /**
     * How to train.
     *
     * @param budget  the summary length the oracle labels for
     * @param limit   the number of clusters to use (0: all), chosen at random with the seed
     * @param seed    the seed of the shuffle that picks and splits clusters
     * @param heldOut the share of clusters held out for evaluation
     * @param l2      the L2 penalty on the standardized weights
     * @param threads worker threads for labelling
     */
    public record Options(Budget budget, int limit, long seed, double heldOut, double l2, int threads,
                          Target target) {

        public static final Options DEFAULT = new Options(Budget.words(250), 0, 1, 0.1, 1.0,
                Runtime.getRuntime().availableProcessors(), Target.ORACLE);
    }

    /** What the model learns to predict. */
    public enum Target {
        /** Whether the greedy oracle chooses the sentence at the budget. */
        ORACLE,
        /** How much of the sentence is reference content ({@link OracleMethod#precision}), a graded label. */
        PRECISION
    }

    /**
     * The outcome of training.
     *
     * @param model          the fitted model
     * @param clusters       clusters labelled (training and held out)
     * @param failed         clusters that could not be used (no references, nothing to summarize, errors)
     * @param examples       training examples (candidate sentences)
     * @param positives      training examples the oracle chose
     * @param heldOutAuc     area under the ROC curve on the held-out clusters' sentences
     * @param heldOutLogLoss mean log loss on the held-out clusters' sentences
     * @param seconds        wall time of labelling and fitting
     */
    public record Report(SentenceModel model, int clusters, int failed, int examples, int positives,
                         double heldOutAuc, double heldOutLogLoss, double seconds) {

        /** The model's weight of each feature by the feature's name, in the model's order, and its bias last. */
        public java.util.Map<String, Double> weights() {
            java.util.Map<String, Double> weights = new java.util.LinkedHashMap<>();
            for (int i = 0; i < SentenceFeatures.NAMES.size(); i++) {
                weights.put(SentenceFeatures.NAMES.get(i), model.weights()[i]);
            }
            weights.put("bias", model.bias());
            return weights;
        }

        /** Writes the model as the JSON that ships as {@code sentence-model.json}. */
        public void write(java.io.OutputStream out) throws java.io.IOException {
            model.write(out);
        }
    }

    /** Examples of one cluster: feature rows and labels. */
    private record Labelled(List<double[]> rows, List<Boolean> labels, List<Double> targets) {
    }

    private static final int ITERATIONS = 25;

    private final Pipeline pipeline;

    public SentenceModelTrainer(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Trains on the sources (clusters with references); {@code progress} is told how many are labelled. */
    public Report train(List<Source> sources, Options options, String trainedOn, IntConsumer progress) {
        long start = System.nanoTime();
        List<Source> usable = new ArrayList<>(sources.stream().filter(s -> !s.references().isEmpty()).toList());
        Collections.shuffle(usable, new Random(options.seed()));
        if (options.limit() > 0 && options.limit() < usable.size()) {
            usable = usable.subList(0, options.limit());
        }
        List<Labelled> labelled = label(usable, options, progress);
        int heldOutCount = (int) Math.round(usable.size() * options.heldOut());
        List<double[]> trainRows = new ArrayList<>();
        List<Boolean> trainLabels = new ArrayList<>();
        List<Double> trainTargets = new ArrayList<>();
        List<double[]> testRows = new ArrayList<>();
        List<Boolean> testLabels = new ArrayList<>();
        int failed = (int) sources.stream().filter(s -> s.references().isEmpty()).count();
        for (int i = 0; i < labelled.size(); i++) {
            Labelled l = labelled.get(i);
            if (l == null) {
                failed++;
                continue;
            }
            (i < heldOutCount ? testRows : trainRows).addAll(l.rows());
            (i < heldOutCount ? testLabels : trainLabels).addAll(l.labels());
            if (i >= heldOutCount) {
                trainTargets.addAll(l.targets());
            }
        }
        if (trainRows.isEmpty() || !trainLabels.contains(true) || !trainLabels.contains(false)) {
            throw new IllegalArgumentException("no training examples of both kinds: are there clusters with references?");
        }
        SentenceModel model = fit(trainRows, trainTargets, options.l2(), trainedOn);
        int positives = (int) trainLabels.stream().filter(b -> b).count();
        return new Report(model, labelled.size(), failed, trainRows.size(), positives,
                auc(model, testRows, testLabels), logLoss(model, testRows, testLabels),
                (System.nanoTime() - start) / 1e9);
    }

    private List<Labelled> label(List<Source> sources, Options options, IntConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<Labelled>> futures = new ArrayList<>();
            for (Source source : sources) {
                futures.add(pool.submit(() -> {
                    Labelled l = label(source, options.budget(), options.target());
                    progress.accept(done.incrementAndGet());
                    return l;
                }));
            }
            List<Labelled> out = new ArrayList<>();
            for (Future<Labelled> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("labelling failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The cluster's candidate sentences with the oracle's labels, or {@code null} when it has none. */
    private Labelled label(Source source, Budget budget, Target target) {
        Cluster cluster;
        try {
            cluster = pipeline.analyze(source);
        } catch (RuntimeException e) {
            return null;
        }
        TermIndex terms = TermIndex.of(cluster);
        double[][] features = SentenceFeatures.of(cluster, terms);
        Set<Integer> chosen = new HashSet<>();
        OracleMethod oracle = new OracleMethod(source.references());
        for (ScoredSentence s : oracle.select(cluster, terms, budget).chosen()) {
            chosen.add(s.sentence());
        }
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        for (int i = 0; i < features.length; i++) {
            if (features[i] != null) {
                rows.add(features[i]);
                labels.add(chosen.contains(i));
                targets.add(switch (target) {
                    case ORACLE -> chosen.contains(i) ? 1.0 : 0.0;
                    case PRECISION -> oracle.precision(cluster.sentences().get(i).text());
                });
            }
        }
        return rows.isEmpty() ? null : new Labelled(rows, labels, targets);
    }

    /** Fits standardized L2-regularized logistic regression (targets in [0, 1]) by Newton's method. */
    static SentenceModel fit(List<double[]> rows, List<Double> targets, double l2, String trainedOn) {
        int d = SentenceFeatures.NAMES.size();
        int n = rows.size();
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] r : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += r[j] / n;
            }
        }
        for (double[] r : rows) {
            for (int j = 0; j < d; j++) {
                scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        }
        // w[0..d-1] are the feature weights, w[d] the bias (not penalized).
        double[] w = new double[d + 1];
        double[] x = new double[d + 1];
        x[d] = 1;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[d + 1];
            double[][] hessian = new double[d + 1][d + 1];
            for (int i = 0; i < n; i++) {
                double[] r = rows.get(i);
                double z = 0;
                for (int j = 0; j < d; j++) {
                    x[j] = (r[j] - mean[j]) / scale[j];
                }
                for (int j = 0; j <= d; j++) {
                    z += w[j] * x[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double error = p - targets.get(i);
                double curvature = p * (1 - p);
                for (int j = 0; j <= d; j++) {
                    gradient[j] += error * x[j];
                    double cx = curvature * x[j];
                    for (int k = 0; k <= j; k++) {
                        hessian[j][k] += cx * x[k];
                    }
                }
            }
            for (int j = 0; j <= d; j++) {
                for (int k = 0; k < j; k++) {
                    hessian[k][j] = hessian[j][k];
                }
                if (j < d) {
                    gradient[j] += l2 * w[j];
                    hessian[j][j] += l2;
                }
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int j = 0; j <= d; j++) {
                w[j] -= step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-7) {
                break;
            }
        }
        return new SentenceModel(SentenceFeatures.NAMES, mean, scale, java.util.Arrays.copyOf(w, d), w[d], trainedOn);
    }

    /** Solves {@code a x = b} for a symmetric positive definite {@code a} by Gaussian elimination with pivoting. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = m[col];
            m[col] = m[pivot];
            m[pivot] = tmp;
            if (Math.abs(m[col][col]) < 1e-15) {
                continue;
            }
            for (int r = col + 1; r < n; r++) {
                double factor = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= factor * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = m[r][n];
            for (int c = r + 1; c < n; c++) {
                sum -= m[r][c] * x[c];
            }
            x[r] = Math.abs(m[r][r]) < 1e-15 ? 0 : sum / m[r][r];
        }
        return x;
    }

    /** Area under the ROC curve of the model's scores: how often a positive outranks a negative. */
    static double auc(SentenceModel model, List<double[]> rows, List<Boolean> labels) {
        int n = rows.size();
        if (n == 0) {
            return Double.NaN;
        }
        Integer[] order = new Integer[n];
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            score[i] = model.logit(rows.get(i));
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1; // ties share their mean rank
            for (int k = i; k <= j; k++) {
                if (labels.get(order[k])) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }

    static double logLoss(SentenceModel model, List<double[]> rows, List<Boolean> labels) {
        if (rows.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < rows.size(); i++) {
            double p = Math.min(1 - 1e-12, Math.max(1e-12, model.probability(rows.get(i))));
            sum -= labels.get(i) ? Math.log(p) : Math.log(1 - p);
        }
        return sum / rows.size();
    }
}
