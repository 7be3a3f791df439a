package org.newsum.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.newsum.Newsum;
import org.newsum.app.bench.BenchCommand;
import org.newsum.app.serve.ServeCommand;
import org.newsum.model.ClusterFailure;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsum} command: turns a pile of news articles about one story into a short, cited
 * summary.
 */
@Command(name = "newsum",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_INPUT, ExitCodes.HELP_OPTIONS, ExitCodes.HELP_SOME_FAILED},
        versionProvider = NewsumCommand.Version.class,
        description = "Summarizes a cluster of news articles about one story into a short brief whose "
                + "every sentence names its sources.",
        subcommands = {SummarizeCommand.class, StoriesCommand.class, ExtractCommand.class, RougeCommand.class, EvalCommand.class,
                BenchCommand.class, TrainCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
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

    /**
     * A command line with UTF-8 output whatever the platform's default charset, enum values in any case, whose
     * options are checked against
     * their {@link Range}s, and whose errors are one line on stderr: a bad option (exit 2) names the option and
     * points to the command's help; an unexpected exception (exit 1) is named, without a stack trace.
     */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new NewsumCommand());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionStrategy(parseResult -> {
            OptionRanges.check(parseResult);
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            String dashed = fileLikeAnOption(args);
            command.getErr().println("newsum: " + (dashed != null ? "'" + dashed + "' is read as an option; for the "
                    + "file of that name write ./" + dashed + " or put -- before it"
                    : e.getMessage().replaceAll("\\s*\\R\\s*", " ")) + "; see '"
                    + command.getCommandSpec().qualifiedName() + " --help'");
            command.getErr().flush();
            return ExitCodes.OPTIONS;
        });
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("newsum: " + ClusterFailure.message(e) + "; please report it");
            command.getErr().flush();
            return ExitCodes.INPUT;
        });
        return cli;
    }

    /** An argument that starts with '-' and names an existing file, which picocli took for an option; or null. */
    private static String fileLikeAnOption(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return null;
            }
            try {
                if (arg.length() > 1 && arg.startsWith("-") && java.nio.file.Files.exists(java.nio.file.Path.of(arg))) {
                    return arg;
                }
            } catch (java.nio.file.InvalidPathException e) {
                // not a file name
            }
        }
        return null;
    }

    public static void main(String[] args) {
        CommandLine cli = commandLine(System.out, System.err);
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            cli.getOut().flush();
            System.err.println(String.format(java.util.Locale.ROOT, "newsum: out of memory (a heap of %.1f GB); "
                    + "give Java more with NEWSUM_JAVA_OPTS=-Xmx8g, or lower --max-file-mb or --max-articles",
                    Runtime.getRuntime().maxMemory() / 1e9));
            code = ExitCodes.INPUT;
        }
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(code);
    }
}
