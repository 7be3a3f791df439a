package org.newsum.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.newsum.clean.ClusterCleaner;
import org.newsum.clean.LanguageIdentifier;
import org.newsum.model.IngestLimits;
import org.newsum.ingest.UrlFetcher;
import org.newsum.ingest.SourceReader;
import org.newsum.model.Article;
import org.newsum.model.Budget;
import org.newsum.model.NewsumException;
import org.newsum.model.Removal;
import org.newsum.model.Source;
import org.newsum.render.JsonRenderer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsum extract}: shows what the clean stage makes of one page, its body text and metadata
 * (and in JSON every removed page block and line with its reason), so a user can see what a summary would read.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the article text newsum reads from one page (an .html or .txt file, an http(s) "
                + "URL, or - for standard input) after HTML extraction and the furniture filter, with its title, "
                + "byline, date, URL, language and word count.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the article was written", "1:bad input, or a page with no article", "2:bad options"})
final class ExtractCommand implements Callable<Integer> {

    /** How the article is written. */
    enum Format { TEXT, JSON }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "PAGE", description = "an .html or .txt file, an http(s) URL, or -")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}); json also lists the removed page blocks and lines")
    Format format;

    @Range(min = 1, max = 1024, why = SummarizeCommand.MAX_FILE_WHY)
    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "32",
            description = "largest file or page accepted (default: ${DEFAULT-VALUE})")
    int maxFileMb;

    private final InputStream stdin;

    ExtractCommand() {
        this(System.in);
    }

    ExtractCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestLimits limits;
        try {
            limits = SummarizeCommand.ingestLimits(maxFileMb, 1000);
        } catch (IllegalArgumentException e) {
            err.println("newsum: " + e.getMessage());
            return ExitCodes.OPTIONS;
        }
        Article page;
        List<String> notices;
        try {
            if (!UrlFetcher.isUrl(input) && SourceReader.isJsonLines(input)) {
                throw new NewsumException(input + ": a JSON Lines dataset; extract reads one page");
            }
            List<Source> sources = new SourceReader(limits).read(List.of(input), stdin);
            if (sources.size() != 1) {
                throw new NewsumException(input + ": " + sources.size() + " clusters; extract reads one page");
            }
            Source source = sources.get(0);
            if (source.articles().size() != 1) {
                throw new NewsumException(input + ": " + source.articles().size() + " articles; extract reads one page");
            }
            page = source.articles().get(0);
            notices = source.notices().stream().filter(n -> !n.equals(SourceReader.ONE_ARTICLE)).toList();
        } catch (NewsumException e) {
            err.println("newsum: " + SummarizeCommand.oneLine(e.getMessage()));
            return 1;
        }
        ClusterCleaner.CleanArticle clean = new ClusterCleaner().cleanOne(page);
        if (clean.article().isEmpty()) {
            List<Removal> removals = clean.removals();
            err.println("newsum: " + SummarizeCommand.oneLine(input) + ": no article ("
                    + removals.get(removals.size() - 1).reason() + ")");
            return 1;
        }
        Article article = clean.article().get();
        String language = new LanguageIdentifier().identify(article.text())
                .map(LanguageIdentifier.Identified::code).orElse(null);
        notices.forEach(n -> err.println("newsum: note: " + SummarizeCommand.oneLine(n)));
        out.print(format == Format.JSON ? json(article, language, clean.removals(), notices)
                : text(article, language));
        out.flush();
        return 0;
    }

    private static String text(Article a, String language) {
        StringBuilder out = new StringBuilder();
        line(out, "Title", a.title());
        line(out, "Byline", a.byline());
        line(out, "Date", a.date());
        line(out, "URL", a.url());
        line(out, "Language", language == null ? "unknown (too short or unclear to tell)" : language);
        line(out, "Words", String.valueOf(Budget.countWords(a.text())));
        return out.append('\n').append(a.text()).append('\n').toString();
    }

    private static void line(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(name).append(": ").append(value).append('\n');
        }
    }

    /** Every field is present (null when unknown), so scripts can rely on the shape. */
    private static String json(Article a, String language, List<Removal> removals, List<String> notices) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", a.source());
        root.put("title", a.title());
        root.put("byline", a.byline());
        root.put("date", a.date());
        root.put("url", a.url());
        root.put("language", language);
        root.put("words", Budget.countWords(a.text()));
        root.put("text", a.text());
        List<Map<String, Object>> removed = new ArrayList<>();
        for (Removal r : removals) {
            removed.add(JsonRenderer.removal(r)); // as in summarize --format json
        }
        root.put("removed", removed);
        root.put("notices", notices);
        try {
            return new ObjectMapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the article as JSON", e);
        }
    }
}
