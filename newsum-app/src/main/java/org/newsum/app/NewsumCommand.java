package org.newsum.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
                + "every sentence names its sources.")
public final class NewsumCommand implements Runnable {

    /**
     * The subcommands, in the order help lists them. They are added by {@link #commandLine(PrintStream, PrintStream,
     * String[])} rather than named in the annotation, so that a run builds only the ones its arguments can reach. A
     * class of their own, so that a run {@link QuickSummarize} reads does not load picocli's help command.
     */
    static final class Subcommands {
        static final List<Class<?>> ALL = List.of(SummarizeCommand.class, StoriesCommand.class, ExtractCommand.class,
                RougeCommand.class, EvalCommand.class, BenchCommand.class, TrainCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class);
    }

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
            return new String[] {"newsum " + Newsum.Build.version()};
        }
    }

    /**
     * A command line with UTF-8 output whatever the platform's default charset, enum values in any case, whose
     * options are checked against
     * their {@link Range}s, and whose errors are one line on stderr: a bad option (exit 2) names the option and
     * points to the command's help; an unexpected exception (exit 1) is named, without a stack trace.
     */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        return commandLine(out, err, null);
    }

    /**
     * The command line of {@link #commandLine(PrintStream, PrintStream)} with only the subcommands these arguments can
     * reach (all of them when {@code args} is null). picocli builds a command's model by reflection over its options
     * and mixins, and its classes (compiled for Java 5) cannot go into a class-data-sharing archive: building all
     * eight costs a good part of every start, where {@code summarize} needs one.
     */
    static CommandLine commandLine(PrintStream out, PrintStream err, String[] args) {
        CommandLine cli = new CommandLine(new NewsumCommand());
        // Before the settings below: picocli hands them to the subcommands present when each is set.
        for (Class<?> subcommand : reachable(args)) {
            cli.addSubcommand(subcommand);
        }
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionStrategy(parseResult -> {
            OptionRanges.check(parseResult);
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setParameterExceptionHandler((e, given) -> {
            CommandLine command = e.getCommandLine();
            String dashed = fileLikeAnOption(given);
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

    /**
     * The subcommands a run with these arguments can reach: the one named first, and otherwise (help, an error, a
     * null {@code args}) all, so that what picocli prints is the same as with every subcommand present.
     */
    static List<Class<?>> reachable(String[] args) {
        if (args == null || args.length == 0) {
            return Subcommands.ALL;
        }
        for (Class<?> subcommand : Subcommands.ALL) {
            String name = subcommand.getAnnotation(Command.class).name();
            if (args[0].equals(name) && !name.equals("help")) {
                return List.of(subcommand);
            }
        }
        return Subcommands.ALL;
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
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // What picocli prints for these, without building its command model, which would be most of such a
            // run (see the README on start-up).
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            for (String line : new Version().getVersion()) {
                out.println(line);
            }
            out.flush();
            System.exit(ExitCodes.OK);
        }
        System.exit(execute(args, System.out, System.err, true));
    }

    /**
     * Runs a command line, writing to these streams: the exit code. With {@code quick}, the common {@code summarize}
     * lines are read by {@link QuickSummarize} instead of picocli, and run as picocli would run them (the same
     * output, errors and exit codes); every other line, and every line without {@code quick}, goes to picocli.
     */
    static int execute(String[] args, PrintStream outStream, PrintStream errStream, boolean quick) {
        SummarizeCommand summarize = quick ? QuickSummarize.parse(args) : null;
        PrintWriter out;
        PrintWriter err;
        CommandLine cli = null;
        if (summarize != null) {
            out = new PrintWriter(new java.io.OutputStreamWriter(outStream, StandardCharsets.UTF_8), true);
            err = new PrintWriter(new java.io.OutputStreamWriter(errStream, StandardCharsets.UTF_8), true);
        } else {
            cli = commandLine(outStream, errStream, args);
            out = cli.getOut();
            err = cli.getErr();
        }
        int code;
        try {
            code = summarize != null ? runQuick(summarize, out, err) : cli.execute(args);
        } catch (OutOfMemoryError e) {
            out.flush();
            errStream.println(String.format(java.util.Locale.ROOT, "newsum: out of memory (a heap of %.1f GB); "
                    + "give Java more with NEWSUM_JAVA_OPTS=-Xmx8g, or lower --max-file-mb or --max-articles",
                    Runtime.getRuntime().maxMemory() / 1e9));
            code = ExitCodes.INPUT;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** A quickly read {@code summarize}, with the answer to an unexpected exception of the picocli command line. */
    private static int runQuick(SummarizeCommand summarize, PrintWriter out, PrintWriter err) {
        try {
            return summarize.run(out, err);
        } catch (Exception e) {
            err.println("newsum: " + ClusterFailure.message(e) + "; please report it");
            err.flush();
            return ExitCodes.INPUT;
        }
    }
}
