package org.newsum.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsum.Newsum;
import org.newsum.app.ExitCodes;
import org.newsum.app.Mixins;
import org.newsum.app.Range;
import org.newsum.model.Article;
import org.newsum.model.IngestLimits;
import org.newsum.model.NewsumException;
import org.newsum.model.SourceEntry;
import org.newsum.model.StoryOptions;
import org.newsum.model.StoryVerdict;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsum bench stories}: the story stage end to end (reading the stream file, cleaning, the text stage's
 * light path, clustering; no briefs) on synthetic streams made at run time from a cluster dataset.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:the timings were written", "1:bad input", ExitCodes.HELP_OPTIONS},
        description = "Writes a synthetic stream of N articles to a temporary JSON Lines file (untimed): the "
                + "clusters of --data, read in turn (again from the start, as new stories, once all are used), their "
                + "articles interleaved by a seeded draw from the last 64 clusters read, no dates. Then times reading "
                + "and grouping it as 'newsum stories' does, without output, and prints articles per second, the "
                + "peak heap in use (the sum of the heap pools' peaks) and the counts. Deletes the file. Run with "
                + "java -Xmx1g to check it fits in 1 GiB.")
public final class StoriesBench implements Callable<Integer> {

    private static final double MIB = 1024.0 * 1024.0;
    private static final int INTERLEAVE = 64;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "cluster dataset, .jsonl(.gz)")
    Path data;

    @Range(min = 1, max = 100_000_000)
    @Option(names = "--articles", defaultValue = "100000", paramLabel = "N", split = ",",
            description = "stream lengths to time, e.g. 100000,300000 (default: ${DEFAULT-VALUE})")
    List<Integer> articles;

    @Option(names = "--tmp", paramLabel = "DIR", description = "where to write the stream (default: the system's)")
    Path tmp;

    @CommandLine.Mixin
    Mixins.StoryWindowOptions window;

    @CommandLine.Mixin
    Mixins.ThreadsOption threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Newsum newsum = new Newsum();
        for (int n : articles) {
            Path file = null;
            try {
                file = tmp == null ? Files.createTempFile("newsum-stream-", ".jsonl")
                        : Files.createTempFile(tmp, "newsum-stream-", ".jsonl");
                long bytes = write(n, file);
                System.gc();
                List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP).toList();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                long start = System.nanoTime();
                Map<StoryVerdict.Kind, Integer> kinds = new LinkedHashMap<>();
                int stories = 0;
                Newsum.StoryStream stream = Newsum.stories(window.options(), org.newsum.model.StoryState.EMPTY);
                int errors = 0;
                try (Stream<SourceEntry> entries = Newsum.readStream(file, IngestLimits.DEFAULT)) {
                    List<String> failed = new ArrayList<>();
                    Iterator<Article> in = Newsum.streamArticles(entries.iterator(), failed::add);
                    try (Newsum.Prepared prepared = newsum.prepare(in, threads.threads)) {
                        while (prepared.hasNext()) {
                            StoryVerdict v = stream.add(prepared.next());
                            kinds.merge(v.kind(), 1, Integer::sum);
                            stories += stream.takeClosed().size();
                        }
                    }
                    stories += stream.finish().size();
                    errors = failed.size();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                out.println(String.format(Locale.ROOT, "%d articles (%.0f MB file): %.1f s, %.0f articles/s, peak heap "
                                + "%.0f MiB of %.0f MiB max; %d stories, %s, %d bad lines (%d threads)", n, bytes / 1e6,
                        seconds, n / seconds, peak / MIB, Runtime.getRuntime().maxMemory() / MIB, stories, kinds,
                        errors, threads.threads));
                out.flush();
            } catch (NewsumException | IOException e) {
                err.println("newsum: " + e.getMessage());
                return ExitCodes.INPUT;
            } finally {
                if (file != null) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        err.println("newsum: " + file + ": cannot delete the synthetic stream");
                    }
                }
            }
        }
        return ExitCodes.OK;
    }

    /** Writes the synthetic stream of {@code n} articles; its size in bytes. */
    private long write(int n, Path file) throws NewsumException, IOException {
        ObjectMapper json = new ObjectMapper();
        SplittableRandom random = new SplittableRandom(1);
        List<List<String>> recent = new ArrayList<>();
        int written = 0;
        int pass = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < n) {
                try (Stream<SourceEntry> entries = Newsum.readDataset(data, IngestLimits.DEFAULT)) {
                    Iterator<SourceEntry> it = entries.iterator();
                    while (written < n && (it.hasNext() || !recent.isEmpty())) {
                        while (recent.size() < INTERLEAVE && it.hasNext()) {
                            SourceEntry e = it.next();
                            if (e.source() != null) {
                                List<String> texts = new ArrayList<>();
                                e.source().articles().forEach(a -> texts.add(a.text()));
                                recent.add(texts);
                            }
                        }
                        if (recent.isEmpty()) {
                            break;
                        }
                        int k = random.nextInt(recent.size());
                        List<String> cluster = recent.get(k);
                        String text = cluster.remove(cluster.size() - 1);
                        if (cluster.isEmpty()) {
                            recent.remove(k);
                        }
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("id", "p" + pass + "-" + written);
                        line.put("text", text);
                        w.write(json.writeValueAsString(line));
                        w.newLine();
                        written++;
                    }
                }
                pass++;
            }
        }
        return Files.size(file);
    }
}
