package org.newsum.app;

import java.util.ArrayList;
import java.util.List;

import org.newsum.Newsum;
import org.newsum.model.Insights;
import org.newsum.model.Method;
import org.newsum.render.Format;

/**
 * The common {@code newsum summarize} command lines, read without picocli: paths, then options each given once as
 * {@code --name value} with a value every reading agrees on. picocli builds the command's model by reflection, and its
 * classes (compiled for Java 5) cannot go into the class-data-sharing archive, so on one cluster it was about half of
 * the run (README, "Start-up"). Anything else (help, {@code --name=value}, {@code --}, an {@code @file}, an unknown or
 * repeated option, a value out of its {@link Range} or in any doubt) is left to picocli, which answers and reports
 * errors as always: this reader only ever says yes to a line picocli reads the same way, or "ask picocli".
 */
final class QuickSummarize {

    private QuickSummarize() {
    }

    /** The command these arguments configure, as picocli would configure it; null when picocli must read them. */
    static SummarizeCommand parse(String[] args) {
        if (args.length < 2 || !args[0].equals("summarize")) {
            return null;
        }
        SummarizeCommand command = new SummarizeCommand();
        command.budget = new Mixins.BudgetOptions();
        command.method = new Mixins.MethodOption();
        command.fileLimit = new Mixins.FileLimitOption();
        command.format = Format.TEXT;
        command.maxArticles = 1000;
        command.fileLimit.maxFileMb = 32;
        List<String> paths = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.isEmpty() || arg.charAt(0) == '@') {
                return null; // picocli expands @files
            }
            if (arg.equals("-") || arg.charAt(0) != '-') {
                paths.add(arg);
                continue;
            }
            if (seen.contains(arg)) {
                return null;
            }
            seen.add(arg);
            if (arg.equals("--explain")) {
                command.explain = true;
                continue;
            }
            if (i + 1 == args.length) {
                return null;
            }
            String value = args[++i];
            switch (arg) {
                case "--words", "--sentences", "--chars" -> {
                    if (command.budget.unit != null) {
                        return null; // they exclude each other
                    }
                    Integer n = number(value, arg);
                    if (n == null) {
                        return null;
                    }
                    Mixins.BudgetOptions.Unit unit = new Mixins.BudgetOptions.Unit();
                    switch (arg) {
                        case "--words" -> unit.words = n;
                        case "--sentences" -> unit.sentences = n;
                        default -> unit.chars = n;
                    }
                    command.budget.unit = unit;
                }
                case "--format" -> {
                    command.format = constant(value, Format.values());
                    if (command.format == null) {
                        return null;
                    }
                }
                case "--insights" -> {
                    command.insights = constant(value, Insights.Level.values());
                    if (command.insights == null) {
                        return null;
                    }
                }
                case "--method" -> {
                    Method method = Method.named(value, Newsum.methods()).orElse(null);
                    if (method == null) {
                        return null;
                    }
                    command.method.method = method;
                }
                case "--max-articles" -> {
                    Integer n = number(value, arg);
                    if (n == null) {
                        return null;
                    }
                    command.maxArticles = n;
                }
                case "--max-file-mb" -> {
                    Integer n = number(value, arg);
                    if (n == null) {
                        return null;
                    }
                    command.fileLimit.maxFileMb = n;
                }
                default -> {
                    return null;
                }
            }
        }
        if (paths.isEmpty() || !Mixins.FileLimitOption.fits(command.fileLimit.maxFileMb)) {
            return null; // picocli's errors
        }
        command.paths = paths;
        return command;
    }

    /** The constant of this name in any ASCII case, as picocli's case-insensitive enums read it; or null. */
    private static <E extends Enum<E>> E constant(String value, E[] constants) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return null;
            }
        }
        for (E e : constants) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The {@link Range} of each numeric option, as its field declares it (a test holds them equal): written out, because
     * reading an annotation parses picocli's {@code @Option} beside it, which is most of what this reader saves.
     */
    static final java.util.Map<String, int[]> RANGES = java.util.Map.of(
            "--words", new int[] {1, 100_000},
            "--sentences", new int[] {1, 10_000},
            "--chars", new int[] {1, 1_000_000},
            "--max-articles", new int[] {1, 100_000},
            "--max-file-mb", new int[] {1, 1024});

    /**
     * The value of this option as a number in its range, written plainly (no sign, leading zero, hex or space, which
     * readers of numbers differ on); or null.
     */
    private static Integer number(String value, String option) {
        if (value.isEmpty() || value.length() > 9 || value.charAt(0) == '0') {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null;
            }
        }
        int n = Integer.parseInt(value);
        int[] range = RANGES.get(option);
        return n >= range[0] && n <= range[1] ? n : null;
    }
}
