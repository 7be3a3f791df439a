package org.newsum.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.newsum.Newsum;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsum} command: turns a pile of news articles about one story into a short, cited
 * summary.
 */
@Command(name = "newsum",
        mixinStandardHelpOptions = true,
        versionProvider = NewsumCommand.Version.class,
        description = "Summarizes a cluster of news articles about one story into a short brief whose "
                + "every sentence names its sources.",
        subcommands = {SummarizeCommand.class, ExtractCommand.class, RougeCommand.class, EvalCommand.class, BenchCommand.class,
                TrainCommand.class, org.newsum.app.serve.ServeCommand.class, CommandLine.HelpCommand.class})
public final class NewsumCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the build's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsum " + Newsum.version()};
        }
    }

    /** A command line with UTF-8 output whatever the platform's default charset. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new NewsumCommand());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    public static void main(String[] args) {
        CommandLine cli = commandLine(System.out, System.err);
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(code);
    }
}
