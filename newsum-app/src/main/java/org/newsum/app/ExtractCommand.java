package org.newsum.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.newsum.Newsum;
import org.newsum.model.Extract;
import org.newsum.model.IngestLimits;
import org.newsum.model.NewsumException;
import org.newsum.model.Source;
import org.newsum.model.SourceEntry;
import org.newsum.render.ExtractRenderer;

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

    @CommandLine.Mixin
    Mixins.FileLimitOption fileLimit;

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
        IngestLimits limits = fileLimit.limits(1000);
        Source page;
        try {
            if (Newsum.isDataset(input)) {
                throw new NewsumException(input + ": a JSON Lines dataset; extract reads one page");
            }
            try (Stream<SourceEntry> entries = Newsum.read(List.of(input), stdin, limits)) {
                page = entries.findFirst().orElseThrow().source();
            }
            if (page.articles().size() != 1) {
                throw new NewsumException(input + ": " + page.articles().size() + " articles; extract reads one page");
            }
        } catch (NewsumException e) {
            err.println("newsum: " + SummarizeCommand.oneLine(e.getMessage()));
            return ExitCodes.INPUT;
        }
        Extract extract = new Newsum().extract(page);
        if (extract.article() == null) {
            err.println("newsum: " + SummarizeCommand.oneLine(input) + ": no article (" + extract.noArticle().message()
                    + ")");
            return ExitCodes.INPUT;
        }
        extract.notices().forEach(n -> err.println("newsum: note: " + SummarizeCommand.oneLine(n.message())));
        out.print(format == Format.JSON ? ExtractRenderer.json(extract) : ExtractRenderer.text(extract));
        out.flush();
        return ExitCodes.OK;
    }
}
