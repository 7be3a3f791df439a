package org.newsum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** A run builds only the subcommand it names, and says the same as a command line with all of them. */
class NewsumCommandTest {

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertThat(NewsumCommand.reachable(new String[] {"summarize", "a-folder", "--words", "50"}))
                .containsExactly(SummarizeCommand.class);
        assertThat(NewsumCommand.reachable(new String[] {"extract", "page.html"})).containsExactly(ExtractCommand.class);
    }

    @Test
    void helpErrorsAndNoArgumentsSeeEveryCommand() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "summarize"}, {"summarise"}, {"-x"}}) {
            assertThat(NewsumCommand.reachable(args)).as(String.join(" ", args))
                    .isEqualTo(NewsumCommand.Subcommands.ALL);
        }
        assertThat(NewsumCommand.reachable(null)).isEqualTo(NewsumCommand.Subcommands.ALL);
    }

    @Test
    void aPrunedCommandLineAnswersAsTheFullOne() {
        for (String[] args : new String[][] {{"summarize", "--help"}, {"summarize", "--words", "0", "x"},
                {"bench", "--help"}, {"nonsense"}}) {
            assertThat(run(NewsumCommand.commandLine(NOWHERE, NOWHERE, args), args)).as(String.join(" ", args))
                    .isEqualTo(run(NewsumCommand.commandLine(NOWHERE, NOWHERE), args));
        }
    }

    private static final PrintStream NOWHERE = new PrintStream(java.io.OutputStream.nullOutputStream());

    /** The exit code and what the run printed on stdout and stderr. */
    private static String run(CommandLine cli, String[] args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        cli.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true));
        cli.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(stderr, StandardCharsets.UTF_8), true));
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return code + "\n" + stdout.toString(StandardCharsets.UTF_8) + "\n" + stderr.toString(StandardCharsets.UTF_8);
    }
}
