package org.newsum.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsum.app.SummarizeCommandTest.run;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** Every numeric option of every command has a range; values outside it are one line and exit code 2. */
class OptionRangesTest {

    private static final List<Class<?>> NUMERIC = List.of(int.class, long.class, double.class, Integer.class,
            Long.class, Double.class);

    private static List<CommandLine> commands(CommandLine cli) {
        List<CommandLine> all = new ArrayList<>(List.of(cli));
        cli.getSubcommands().values().forEach(sub -> all.addAll(commands(sub)));
        return all;
    }

    @Test
    void everyNumericOptionOfEveryCommandHasARangeThatHoldsItsDefault() {
        List<String> checked = new ArrayList<>();
        for (CommandLine command : commands(NewsumCommand.commandLine(System.out, System.err))) {
            List<ArgSpec> args = new ArrayList<>(command.getCommandSpec().options());
            args.addAll(command.getCommandSpec().positionalParameters());
            for (ArgSpec arg : args) {
                boolean numeric = NUMERIC.contains(arg.type()) || List.of(arg.auxiliaryTypes()).stream()
                        .anyMatch(NUMERIC::contains);
                if (!numeric) {
                    continue;
                }
                String name = command.getCommandSpec().qualifiedName() + " " + (arg.isOption()
                        ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel());
                assertThat(arg.userObject()).as(name).isInstanceOf(Field.class);
                Range range = ((Field) arg.userObject()).getAnnotation(Range.class);
                assertThat(range).as(name + " has a @Range").isNotNull();
                Object initial = arg.defaultValue() != null ? Double.valueOf(arg.defaultValue()) : arg.initialValue();
                if (initial instanceof Number n) {
                    assertThat(n.doubleValue()).as(name + " default").isBetween(range.min(), range.max());
                }
                checked.add(name);
            }
        }
        assertThat(checked).contains("newsum serve --port", "newsum summarize --max-file-mb", "newsum summarize --words",
                "newsum train --held-out", "newsum bench rouge --pairs").hasSizeGreaterThan(40);
    }

    @Test
    void aPortOutOfRangeIsABadOption() {
        SummarizeCommandTest.Run r = run("serve", "--port", "99999");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("newsum: --port must be from 0 to 65535, not 99999; see 'newsum serve --help'\n");
    }

    @Test
    void aFileLimitTooLargeToHoldIsABadOptionBeforeAnythingIsRead(@TempDir Path dir) throws Exception {
        SummarizeCommandTest.cluster(dir);

        SummarizeCommandTest.Run r = run("summarize", dir.toString(), "--max-file-mb", "4096");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("newsum: --max-file-mb must be from 1 to 1024, not 4096").doesNotContain("\n\t");
        assertThat(r.err().strip()).doesNotContain("\n");
    }

    @Test
    void optionsWrongTogetherAreBadOptionsSaidAsAnyOther(@TempDir Path dir) throws Exception {
        Path data = DatasetCommandsTest.dataset(dir);
        for (String command : List.of("eval", "bench")) {
            SummarizeCommandTest.Run r = run(command, "--data", data.toString(), "-l", "5", "-b", "5");
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.out()).as(command).isEmpty();
            assertThat(r.err()).as(command).isEqualTo("newsum: give -l or -b, not both; see 'newsum " + command
                    + " --help'\n");
        }
    }

    @Test
    void valuesOutOfRangeAreBadOptionsForEveryKindOfNumber(@TempDir Path dir) throws Exception {
        Path data = DatasetCommandsTest.dataset(dir);
        assertThat(run("eval", "--data", data.toString(), "--threads", "0").err())
                .startsWith("newsum: --threads must be from 1 to 256, not 0");
        assertThat(run("train", "--data", data.toString(), "--out", dir.resolve("m.json").toString(), "--held-out",
                "1.5").err()).startsWith("newsum: --held-out must be from 0.0 to 0.9, not 1.5");
        assertThat(run("summarize", dir.toString(), "--words", "-3").code()).isEqualTo(2);
        assertThat(run("summarize", dir.toString(), "--words", "99999999999").err())
                .startsWith("newsum: Invalid value for option '--words'").endsWith("see 'newsum summarize --help'\n");
    }
}
