package org.newsum.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.newsum.eval.Rouge;
import org.newsum.eval.RougeAverage;
import org.newsum.eval.RougeScores;
import org.newsum.eval.Score;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsum rouge}: ROUGE-1.5.5 scores of a folder of system summaries against a folder of
 * references, with no Perl to install.
 */
@Command(name = "rouge", mixinStandardHelpOptions = true,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:every system summary was scored", "1:bad input, or a system summary without references (named on stderr)", ExitCodes.HELP_OPTIONS},
        description = {"Scores each system summary SYSTEM_DIR/ID against the references REFERENCE_DIR/ID.* "
                + "(e.g. d30001.A ... d30001.D), one sentence per line, as ROUGE-1.5.5 does with "
                + "-c 95 -2 4 -U -r 1000 -n 4 -w 1.2 -a -m. Prints the average R, P and F (five decimals, rounded as "
                + "the script rounds them); --average official prints the script's own average."})
final class RougeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM_DIR",
            description = "folder of system summaries, one file per summary named by its ID, one sentence per line")
    Path systemDir;

    @Parameters(index = "1", paramLabel = "REFERENCE_DIR",
            description = "folder of reference summaries ID.A, ID.B, … (any suffix after the ID and a dot), one sentence "
                    + "per line")
    Path referenceDir;

    @CommandLine.Mixin
    Mixins.RougeFlags rougeFlags;

    @Option(names = "--per-id", description = "also print each summary's scores")
    boolean perId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Rouge rouge = new Rouge(rougeFlags.rouge());
        List<Path> systems;
        List<Path> references;
        try {
            systems = files(systemDir);
            references = files(referenceDir);
        } catch (IOException e) {
            err.println("newsum: " + e.getMessage());
            return 1;
        }
        List<RougeAverage.Scored> all = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> unscorable = new ArrayList<>();
        StringBuilder perIdLines = new StringBuilder();
        try {
            for (Path system : systems) {
                String id = system.getFileName().toString();
                List<List<String>> refs = new ArrayList<>();
                for (Path ref : references) {
                    if (ref.getFileName().toString().startsWith(id + ".")) {
                        refs.add(lines(ref));
                    }
                }
                if (refs.isEmpty()) {
                    missing.add(id);
                    continue;
                }
                RougeScores scores;
                try {
                    scores = rouge.score(lines(system), refs);
                } catch (Rouge.TooLongException e) {
                    unscorable.add(system + ": " + e.getMessage());
                    continue;
                }
                all.add(new RougeAverage.Scored(id, scores));
                if (perId) {
                    for (String metric : Datasets.METRICS) {
                        Score s = RougeAverage.printed(scores.get(metric), rouge.options().alpha());
                        perIdLines.append(String.format(Locale.ROOT, "%s %s R:%.5f P:%.5f F:%.5f%n", id, metric,
                                s.r(), s.p(), s.f()));
                    }
                }
            }
        } catch (IOException e) {
            err.println("newsum: " + e.getMessage());
            return 1;
        }
        if (all.isEmpty()) {
            // Each summary too long to score names itself; the folder is named when summaries lack references.
            unscorable.forEach(u -> err.println("newsum: " + u));
            if (unscorable.isEmpty() || !missing.isEmpty()) {
                err.println("newsum: " + systemDir + ": no system summary has a reference " + referenceDir + "/ID.*");
            }
            return 1;
        }
        out.print(perIdLines);
        RougeScores average = RougeAverage.of(all, rouge.options());
        out.println(String.format(Locale.ROOT, "%-10s %8s %8s %8s", "metric", "R", "P", "F"));
        for (String metric : Datasets.METRICS) {
            Score s = average.get(metric);
            out.println(String.format(Locale.ROOT, "%-10s %8.5f %8.5f %8.5f", metric, RougeAverage.round5(s.r()),
                    RougeAverage.round5(s.p()), RougeAverage.round5(s.f())));
        }
        out.println(all.size() + " summaries scored" + (missing.isEmpty() ? "" : ", " + missing.size()
                + " without references: " + String.join(", ", missing.subList(0, Math.min(5, missing.size()))))
                + (unscorable.isEmpty() ? "" : ", " + unscorable.size() + " too long to score (named on stderr)"));
        for (String id : missing) {
            err.println("newsum: " + systemDir.resolve(id) + ": no reference " + referenceDir + "/" + id + ".*");
        }
        unscorable.forEach(u -> err.println("newsum: " + u));
        return missing.isEmpty() && unscorable.isEmpty() ? 0 : 1;
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a folder");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /**
     * The file's lines as ROUGE-1.5.5 reads them: split at {@code \n} only (a {@code \r} stays in its line), empty
     * lines left out, nothing stripped, since white space counts under {@code -l} and {@code -b}. The script reads
     * bytes, so each byte becomes one char; one that is not ASCII, which the script only ever reads as a separator,
     * becomes U+001A, which the scorer reads the same way and counts as the one byte it was.
     */
    private static List<String> lines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = bytes[i] >= 0 ? (char) bytes[i] : '\u001A';
        }
        List<String> lines = new ArrayList<>();
        for (String line : new String(chars).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
