package org.newsum.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.newsum.Newsum;
import org.newsum.eval.SentenceModelTrainer;
import org.newsum.model.ArticleTerms;
import org.newsum.model.Budget;
import org.newsum.model.NewsumException;
import org.newsum.model.Source;
import org.newsum.model.SourceEntry;
import org.newsum.model.StoryArticle;
import org.newsum.story.BackgroundFrequencies;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsum train}: fits the learned sentence scorer on a dataset with reference summaries and
 * writes it as JSON, the file that ships as {@code newsum-core}'s {@code sentence-model.json}.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:the model was written", "1:bad input, too few usable clusters, or the model could not be written", ExitCodes.HELP_OPTIONS},
        description = "Trains the learned sentence scorer (method 'learned'): labels every candidate sentence with a "
                + "greedy ROUGE oracle against the cluster's references and fits a logistic regression. Reproducible "
                + "from the data, the options and --seed.")
final class TrainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Mixins.DatasetOption dataset;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the model (JSON)")
    Path out;

    @Range(min = 1, max = 100_000)
    @Option(names = "--words", defaultValue = "250", paramLabel = "N", description = "summary length the oracle "
            + "labels for (default: ${DEFAULT-VALUE})")
    int words;

    @Range(min = 0, max = Integer.MAX_VALUE)
    @Option(names = "--limit", paramLabel = "K", description = "train on K clusters drawn with the seed (default: all)")
    int limit;

    @Range(min = Long.MIN_VALUE, max = Long.MAX_VALUE)
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "seed of the draw and of the "
            + "held-out split (default: ${DEFAULT-VALUE})")
    long seed;

    @Range(min = 0, max = 0.9)
    @Option(names = "--held-out", defaultValue = "0.1", paramLabel = "SHARE", description = "share of clusters held "
            + "out to report AUC (default: ${DEFAULT-VALUE})")
    double heldOut;

    @Range(min = 0, max = 1e6)
    @Option(names = "--l2", defaultValue = "1.0", paramLabel = "L", description = "L2 penalty (default: ${DEFAULT-VALUE})")
    double l2;

    @Option(names = "--target", defaultValue = "oracle", paramLabel = "oracle|precision", description = "what to "
            + "predict: the oracle's choice at the budget, or the share of the sentence that is reference content "
            + "(default: ${DEFAULT-VALUE})")
    SentenceModelTrainer.Target target;

    @CommandLine.Mixin
    Mixins.ThreadsOption threads;

    @Option(names = "--story-frequencies", description = "instead of the sentence scorer, count in how many of the "
            + "dataset's news articles each stem occurs (the story stage's background document frequencies, shipped "
            + "as newsum-core's " + BackgroundFrequencies.RESOURCE + ") and write that table, gzipped")
    boolean storyFrequencies;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path data = dataset.data;
        if (words < 1 || limit < 0 || heldOut < 0 || heldOut >= 1 || l2 < 0) {
            err.println("newsum: --words must be positive, --limit not negative, --held-out in [0, 1), --l2 not negative");
            return 2;
        }
        Path folder = out.toAbsolutePath().getParent();
        // Checked before the training, which may take minutes, rather than after it.
        if (Files.isDirectory(out)) {
            err.println("newsum: " + out + ": is a folder; give the model's file name");
            return 1;
        }
        if (folder == null || !Files.isDirectory(folder)) {
            err.println("newsum: " + out + ": cannot write (no such folder " + folder + ")");
            return 1;
        }
        List<Source> sources = new java.util.ArrayList<>();
        try {
            for (SourceEntry entry : Datasets.read(data, 0)) {
                if (entry.source() != null) {
                    sources.add(entry.source());
                } else {
                    err.println("newsum: " + entry.error() + " (not used)");
                }
            }
        } catch (NewsumException e) {
            err.println("newsum: " + e.getMessage());
            return 1;
        }
        if (storyFrequencies) {
            return writeFrequencies(sources, stdout, err);
        }
        String trainedOn = String.format(Locale.ROOT, "newsum train --data %s --words %d%s --seed %d --held-out %s "
                + "--l2 %s --target %s", data.getFileName(), words, limit > 0 ? " --limit " + limit : "", seed, heldOut, l2,
                target.name().toLowerCase(Locale.ROOT));
        SentenceModelTrainer.Report report;
        try {
            report = new SentenceModelTrainer(new Newsum()).train(sources,
                    new SentenceModelTrainer.Options(Budget.words(words), limit, seed, heldOut, l2, threads.threads, target),
                    trainedOn, Datasets.progress(err, limit > 0 ? Math.min(limit, sources.size()) : sources.size(),
                            "labelling"));
        } catch (IllegalArgumentException e) {
            err.println("newsum: " + data + ": " + e.getMessage());
            return 1;
        }
        try {
            Path tmp = Files.createTempFile(folder, ".model", ".json");
            try (OutputStream o = Files.newOutputStream(tmp)) {
                report.write(o);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            err.println("newsum: " + out + ": cannot write (" + NewsumException.reason(e) + ")");
            return 1;
        }
        stdout.println(String.format(Locale.ROOT, "%s: %d clusters labelled (%d unusable), %d examples (%d positive); "
                        + "held out: AUC %.4f, log loss %.4f; %.1f s", data, report.clusters(), report.failed(),
                report.examples(), report.positives(), report.heldOutAuc(), report.heldOutLogLoss(), report.seconds()));
        report.weights().forEach((feature, weight) -> stdout.println(String.format(Locale.ROOT, "  %-24s %+8.4f",
                feature, weight)));
        stdout.println("model written to " + out);
        return 0;
    }

    /** Counts the stems of the sources' news articles as the story stage sees them, and writes the table. */
    private int writeFrequencies(List<Source> sources, PrintWriter stdout, PrintWriter err) {
        Newsum newsum = new Newsum();
        long[] read = {0};
        Iterator<ArticleTerms> terms = sources.stream().flatMap(source -> source.articles().stream())
                .map(a -> newsum.storyArticle(a, read[0]++)).map(StoryArticle::terms)
                .filter(Objects::nonNull).iterator();
        BackgroundFrequencies table = BackgroundFrequencies.count(terms, BackgroundFrequencies.MIN_DF);
        try {
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".df", ".tsv.gz");
            try (OutputStream o = Files.newOutputStream(tmp)) {
                table.write(o);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            err.println("newsum: " + out + ": cannot write (" + NewsumException.reason(e) + ")");
            return 1;
        }
        stdout.println(String.format(Locale.ROOT, "%s: %d news articles of %d read, %d stems in at least %d",
                dataset.data, table.articles(), read[0], table.df().size(), BackgroundFrequencies.MIN_DF));
        return 0;
    }
}
