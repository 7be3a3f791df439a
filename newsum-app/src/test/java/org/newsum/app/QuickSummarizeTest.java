package org.newsum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The quick reading of {@code summarize} configures and runs the command exactly as picocli does, or declines. */
class QuickSummarizeTest {

    private static final PrintStream NOWHERE = new PrintStream(java.io.OutputStream.nullOutputStream());

    /** Lines the quick reader takes. */
    private static final String[][] COMMON = {
        {"summarize", "PATH"},
        {"summarize", "PATH", "--words", "100", "--format", "markdown"},
        {"summarize", "--format", "JSON", "PATH", "--explain", "--insights", "Full"},
        {"summarize", "PATH", "PATH", "--sentences", "3", "--method", "lead"},
        {"summarize", "PATH", "--chars", "300", "--method", "LEAD", "--insights", "none", "--format", "html"},
        {"summarize", "-", "--max-articles", "100000", "--max-file-mb", "1"},
        {"summarize", "PATH", "--words", "100000", "--max-articles", "1", "--format", "Text"},
    };

    /** Lines left to picocli: help, other syntax, unknown, repeated or doubtful options and values. */
    private static final String[][] UNUSUAL = {
        {"summarize"}, {"summarize", "--help"}, {"summarize", "-h", "PATH"}, {"summarize", "PATH", "-V"},
        {"summarize", "PATH", "--words=100"}, {"summarize", "--", "PATH"}, {"summarize", "@args.txt"},
        {"summarize", "PATH", "--bogus", "1"}, {"summarize", "PATH", "-x"}, {"summarize", "PATH", "--words"},
        {"summarize", "PATH", "--words", "5", "--words", "6"}, {"summarize", "PATH", "--explain", "--explain"},
        {"summarize", "PATH", "--words", "5", "--chars", "60"}, {"summarize", "PATH", "--words", "0"},
        {"summarize", "PATH", "--words", "010"}, {"summarize", "PATH", "--words", "+5"},
        {"summarize", "PATH", "--words", "-5"}, {"summarize", "PATH", "--words", "0x10"},
        {"summarize", "PATH", "--words", " 5"}, {"summarize", "PATH", "--words", "100001"},
        {"summarize", "PATH", "--words", "99999999999"}, {"summarize", "PATH", "--max-articles", "100001"},
        {"summarize", "PATH", "--max-file-mb", "1025"}, {"summarize", "PATH", "--format", "mark down"},
        {"summarize", "PATH", "--format", "md"}, {"summarize", "PATH", "--format", "markdown "},
        {"summarize", "PATH", "--insights", "some"}, {"summarize", "PATH", "--method", "nonesuch"},
        {"summarize", "PATH", "--method", "--explain"}, {"summarize", "", "--words", "5"},
        {"extract", "PATH"}, {"--version"}, {},
    };

    @Test
    void aCommonLineIsConfiguredAsPicocliConfiguresIt() {
        for (String[] args : COMMON) {
            SummarizeCommand quick = QuickSummarize.parse(args);
            assertThat(quick).as(String.join(" ", args)).isNotNull();
            CommandLine cli = NewsumCommand.commandLine(NOWHERE, NOWHERE, args);
            cli.parseArgs(args);
            SummarizeCommand picocli = cli.getSubcommands().get("summarize").getCommand();
            assertThat(settings(quick)).as(String.join(" ", args)).isEqualTo(settings(picocli));
        }
    }

    @Test
    void theRangesAreTheOnesTheFieldsDeclare() throws NoSuchFieldException {
        java.util.Map<String, java.lang.reflect.Field> fields = java.util.Map.of(
                "--words", Mixins.BudgetOptions.Unit.class.getDeclaredField("words"),
                "--sentences", Mixins.BudgetOptions.Unit.class.getDeclaredField("sentences"),
                "--chars", Mixins.BudgetOptions.Unit.class.getDeclaredField("chars"),
                "--max-articles", SummarizeCommand.class.getDeclaredField("maxArticles"),
                "--max-file-mb", Mixins.FileLimitOption.class.getDeclaredField("maxFileMb"));
        assertThat(QuickSummarize.RANGES.keySet()).isEqualTo(fields.keySet());
        fields.forEach((option, field) -> {
            Range range = field.getAnnotation(Range.class);
            assertThat(field.getAnnotation(CommandLine.Option.class).names()).as(option).containsExactly(option);
            assertThat(QuickSummarize.RANGES.get(option)).as(option)
                    .containsExactly((int) range.min(), (int) range.max());
        });
    }

    @Test
    void anUnusualLineIsLeftToPicocli() {
        for (String[] args : UNUSUAL) {
            assertThat(QuickSummarize.parse(args)).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void bothReadingsGiveTheSameOutputErrorsAndExitCode(@TempDir Path dir) throws IOException {
        Path cluster = SummarizeCommandTest.cluster(Files.createDirectory(dir.resolve("cluster")));
        Path empty = Files.createDirectory(dir.resolve("empty"));
        List<String[]> lines = new ArrayList<>();
        for (String[] args : COMMON) {
            if (!List.of(args).contains("-")) {
                lines.add(with(args, cluster.toString()));
            }
        }
        for (String[] args : UNUSUAL) {
            lines.add(with(args, cluster.toString()));
        }
        lines.add(new String[] {"summarize", empty.toString(), "--format", "markdown"});
        lines.add(new String[] {"summarize", dir.resolve("missing").toString()});
        lines.add(new String[] {"summarize", cluster.toString(), "--max-articles", "1"});
        for (String[] args : lines) {
            assertThat(run(args, true)).as(String.join(" ", args)).isEqualTo(run(args, false));
        }
    }

    /** What a run of the command depends on, as one comparable text. */
    private static String settings(SummarizeCommand c) {
        return String.join("|", c.paths.toString(), c.budget.budget().toString(), String.valueOf(c.format),
                c.method.method.name(), String.valueOf(c.insights), String.valueOf(c.explain),
                String.valueOf(c.fileLimit.maxFileMb), String.valueOf(c.maxArticles));
    }

    private static String[] with(String[] args, String path) {
        return java.util.Arrays.stream(args).map(a -> a.equals("PATH") ? path : a).toArray(String[]::new);
    }

    /** The exit code and what the run printed on stdout and stderr. */
    private static String run(String[] args, boolean quick) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = NewsumCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), quick);
        return code + "\n" + out.toString(StandardCharsets.UTF_8) + "\n" + err.toString(StandardCharsets.UTF_8);
    }
}
