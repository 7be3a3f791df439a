package org.newsum.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.newsum.Newsum;
import org.newsum.eval.StoryEvaluation;
import org.newsum.eval.StoryScores;
import org.newsum.render.StoryRenderer;
import org.newsum.model.IngestLimits;
import org.newsum.model.NewsumException;
import org.newsum.model.SourceEntry;
import org.newsum.model.StoryOptions;
import org.newsum.model.StoryVerdict;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsum eval stories}: groups a labelled stream into stories and scores them against its gold labels.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:the stream was scored", "1:bad input", ExitCodes.HELP_OPTIONS},
        description = "Groups a news stream (JSON Lines, one article a line with a gold \"story\" label, which the "
                + "clusterer never sees) into stories as 'newsum stories' does, and prints B-cubed and pairwise "
                + "precision, recall and F1 against the labels, and articles per second (reading, cleaning, "
                + "analysis and clustering).")
final class EvalStoriesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Mixins.DatasetOption dataset;

    @CommandLine.Mixin
    Mixins.StoryWindowOptions window;

    @Range(min = 0.01, max = 0.99)
    @Option(names = "--threshold", paramLabel = "S", defaultValue = "" + StoryOptions.THRESHOLD,
            description = "least similarity at which an article joins a story (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--out", paramLabel = "FILE",
            description = "write the predicted stories, one JSON line each (what bcubed.py reads)")
    Path out;

    @Option(names = "--verdicts", paramLabel = "FILE",
            description = "write what became of each article, one JSON line each: {\"id\", \"kind\", \"story\"?, "
                    + "\"code\"?, \"detail\"?}")
    Path verdicts;

    @CommandLine.Mixin
    Mixins.ThreadsOption threads;

    @CommandLine.Mixin
    Mixins.FileLimitOption fileLimit;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoryOptions options = window.options().withThreshold(threshold);
        StoryEvaluation.Report report;
        try {
            Map<String, String> gold = StoryEvaluation.gold(dataset.data);
            try (Stream<SourceEntry> entries = Newsum.readStream(dataset.data,
                    fileLimit.limits(IngestLimits.DEFAULT.maxArticles()))) {
                report = StoryEvaluation.run(new Newsum(), entries.iterator(), gold, options, threads.threads);
            }
        } catch (NewsumException e) {
            err.println("newsum: " + e.getMessage());
            return ExitCodes.INPUT;
        }
        report.errors().forEach(e -> err.println("newsum: " + e));
        StoryScores s = report.scores();
        stdout.printf(Locale.ROOT, "%s: window %s days / %d articles, threshold %.3f%n", dataset.data,
                fmt(options.windowDays()), options.windowArticles(), options.threshold());
        stdout.printf(Locale.ROOT, "articles %d  gold stories %d  predicted stories %d (%d held in none: %d "
                        + "duplicates, %d not news)%n", s.articles(), s.goldStories(), s.predictedStories(),
                s.heldInNone(), report.count(StoryVerdict.Kind.DUPLICATE), report.count(StoryVerdict.Kind.NOT_NEWS));
        stdout.printf(Locale.ROOT, "B3 P %.4f R %.4f F1 %.4f | pairwise P %.4f R %.4f F1 %.4f%n",
                s.precision(), s.recall(), s.f1(), s.pairPrecision(), s.pairRecall(), s.pairF1());
        stdout.printf(Locale.ROOT, "%.0f articles/s (%d articles, %.2f s, %d threads)%n", report.articlesPerSecond(),
                report.articles(), report.seconds(), threads.threads);
        stdout.flush();
        if (out != null) {
            try {
                Files.write(out, report.stories().stream().map(story -> StoryRenderer.jsonLine(story, null)).toList());
            } catch (IOException e) {
                err.println("newsum: " + out + ": cannot write (" + NewsumException.reason(e) + ")");
                return ExitCodes.INPUT;
            }
        }
        if (verdicts != null) {
            try {
                Files.write(verdicts, report.verdicts().stream().map(StoryRenderer::verdictLine).toList());
            } catch (IOException e) {
                err.println("newsum: " + verdicts + ": cannot write (" + NewsumException.reason(e) + ")");
                return ExitCodes.INPUT;
            }
        }
        return report.errors().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
