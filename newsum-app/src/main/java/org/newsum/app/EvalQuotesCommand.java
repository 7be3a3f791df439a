package org.newsum.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.newsum.Newsum;
import org.newsum.eval.QuoteBenchmark;
import org.newsum.model.NewsumException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsum eval quotes}: quote spans and speakers scored on attribution-annotated articles (BRAT standoff, as
 * {@link QuoteBenchmark} reads them).
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:the scores were printed", "1:bad input (no annotated articles in the folder)",
                ExitCodes.HELP_OPTIONS, "3:some annotation files could not be read (each named on stderr); the scores are over the others"},
        description = "Runs newsum's quote finder and speaker resolution on every article of a folder of "
                + "attribution-annotated articles (text/<name>.txt and attributions/<name>_<annotator>.ann with "
                + "Source, Cue and Content spans) and prints quote precision, recall and F1 with spans matched one to "
                + "one at overlap 0.3 and 0.8 (direct quotes only; a quoted phrase inside indirect speech is left out "
                + "of precision), and the share of matched quotes whose speaker is the annotated source.")
final class EvalQuotesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "folder with text/ and attributions/")
    Path data;

    @Option(names = "--errors", description = "also list, one per line, every direct quote missed (FN), every quote "
            + "found that matches none (FP), and every matched quote whose speaker is missing (NONE) or wrong (WRONG)")
    boolean errors;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        QuoteBenchmark.Corpus corpus;
        try {
            corpus = QuoteBenchmark.read(data);
        } catch (IOException e) {
            err.println("newsum: " + data + ": cannot read (" + NewsumException.reason(e) + ")");
            return ExitCodes.INPUT;
        } catch (IllegalArgumentException e) {
            err.println("newsum: " + data + ": " + e.getMessage());
            return ExitCodes.INPUT;
        }
        corpus.failures().forEach(f -> err.println("newsum: " + data + ": " + f));
        if (corpus.articles().isEmpty()) {
            err.println("newsum: " + data + ": no article could be read (" + corpus.failures().size() + " failed, each named above)");
            return ExitCodes.INPUT;
        }
        QuoteBenchmark.Report report = QuoteBenchmark.run(new Newsum(), corpus.articles(), errors);
        if (errors) {
            report.errors().forEach(out::println);
        }
        out.print(describe(data, report.counts()));
        if (!corpus.failures().isEmpty()) {
            out.println(corpus.failures().size() + " annotation files could not be read (named on stderr) and are left out");
        }
        out.flush();
        return corpus.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    static String describe(Path data, QuoteBenchmark.Counts c) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%s: %d articles, %d direct quotes annotated, %d quotes found%n", data, c.articles(), c.gold(),
                c.found()));
        double[] thresholds = {QuoteBenchmark.LOOSE, QuoteBenchmark.STRICT};
        for (int t = 0; t < 2; t++) {
            s.append(String.format(Locale.ROOT, "quotes at overlap %.1f: P %.3f  R %.3f  F1 %.3f  (%d matched; %d found "
                            + "inside indirect speech left out of precision)%n", thresholds[t], c.precision(t),
                    c.recall(t), c.f1(t), c.matched()[t], c.left()[t]));
        }
        s.append(String.format(Locale.ROOT, "speakers: %.3f right of %d matched quotes with an annotated source "
                        + "(%d right, %d none, %d wrong)%n", c.speakerAccuracy(), c.attributed(), c.right(), c.none(),
                c.attributed() - c.right() - c.none()));
        s.append(String.format(Locale.ROOT, "  of those whose source span names them: %.3f right of %d%n",
                c.namedAttributed() == 0 ? 0 : c.namedRight() / (double) c.namedAttributed(), c.namedAttributed()));
        if (c.unplaced() > 0) {
            s.append(String.format(Locale.ROOT, "%d found quotes could not be placed in their article's text%n",
                    c.unplaced()));
        }
        return s.toString();
    }
}
