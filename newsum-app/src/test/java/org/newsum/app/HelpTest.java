package org.newsum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** Help says what every argument is, names every default, and lists every command's exit codes. */
class HelpTest {

    private static List<CommandLine> commands(CommandLine cli) {
        List<CommandLine> all = new ArrayList<>(List.of(cli));
        cli.getSubcommands().values().stream().filter(c -> !c.getCommandName().equals("help"))
                .forEach(sub -> all.addAll(commands(sub)));
        return all;
    }

    @Test
    void everyCommandListsItsExitCodesAndDescribesEveryArgument() {
        for (CommandLine command : commands(NewsumCommand.commandLine(System.out, System.err))) {
            String name = command.getCommandSpec().qualifiedName();
            String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertThat(help).as(name).contains("Exit codes:", "  0   ", "  2   bad options");
            List<ArgSpec> args = new ArrayList<>(command.getCommandSpec().options());
            args.addAll(command.getCommandSpec().positionalParameters());
            for (ArgSpec arg : args) {
                assertThat(String.join(" ", arg.description())).as(name + " " + arg.paramLabel()).isNotBlank();
            }
            assertThat(help).as(name).doesNotContain("the default method");
            // Each option is listed once: picocli 4.7.6 listed those of an argument group in a mixin twice.
            List<String> listed = help.lines().map(String::strip).filter(l -> l.startsWith("-")).toList();
            assertThat(listed).as(name).doesNotHaveDuplicates();
        }
    }

    @Test
    void methodHelpNamesTheDefaultMethod() {
        String help = SummarizeCommandTest.run("summarize", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("selection method (default: " + org.newsum.Newsum.defaultMethod().name() + ")");
        assertThat(SummarizeCommandTest.run("eval", "--help").out().replaceAll("\\s+", " "))
                .contains("(default: " + org.newsum.Newsum.defaultMethod().name() + ")", "oracle");
    }

    @Test
    void summarizeHelpNamesEveryKindOfInput() {
        String help = SummarizeCommandTest.run("summarize", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("URLs (http:// or https://)", ".jsonl.gz", "standard input", "one output per non-blank line");
    }
}
