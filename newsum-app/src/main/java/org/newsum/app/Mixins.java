package org.newsum.app;

import java.nio.file.Path;

import org.newsum.Newsum;
import org.newsum.eval.RougeOptions;
import org.newsum.model.Budget;
import org.newsum.model.IngestLimits;
import org.newsum.model.Method;
import org.newsum.model.StoryOptions;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The option blocks several commands share, as picocli mixins: one declaration, one description and one
 * {@link Range} for each, whichever command takes it. Options wrong together are a
 * {@link CommandLine.ParameterException}, which the command line reports as it does any bad option.
 */
public final class Mixins {

    private Mixins() {
    }

    /** The summary's length: at most one of {@code --words}, {@code --sentences}, {@code --chars}. */
    public static final class BudgetOptions {

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        Unit unit;

        /** Exactly one budget unit may be given. */
        static final class Unit {
            @Range(min = 1, max = 100_000)
            @Option(names = "--words", paramLabel = "N", description = "at most N words (default 120)")
            Integer words;
            @Range(min = 1, max = 10_000)
            @Option(names = "--sentences", paramLabel = "N", description = "at most N sentences")
            Integer sentences;
            @Range(min = 1, max = 1_000_000)
            @Option(names = "--chars", paramLabel = "N", description = "at most N characters")
            Integer chars;
        }

        /** The budget given, or the default. */
        public Budget budget() {
            if (unit == null) {
                return Budget.DEFAULT;
            }
            if (unit.words != null) {
                return Budget.words(unit.words);
            }
            if (unit.sentences != null) {
                return Budget.sentences(unit.sentences);
            }
            return unit.chars != null ? Budget.chars(unit.chars) : Budget.DEFAULT;
        }
    }

    /** {@code --method}: one of the façade's methods; its command names the default in help by {@link MethodConverter.Default}. */
    public static final class MethodOption {
        @Option(names = "--method", paramLabel = "NAME", converter = MethodConverter.class,
                completionCandidates = MethodConverter.Names.class,
                description = "selection method (default: ${DEFAULT-VALUE}): ${COMPLETION-CANDIDATES}")
        public Method method = Newsum.defaultMethod();
    }

    /** {@code --method} of an evaluation: one of the façade's methods, or the oracle. */
    public static final class EvaluatedMethodOption {
        @Option(names = "--method", paramLabel = "NAME", converter = MethodConverter.Evaluating.class,
                completionCandidates = MethodConverter.EvaluatingNames.class,
                description = "selection method (default: ${DEFAULT-VALUE}): ${COMPLETION-CANDIDATES}; first3-plain "
                        + "is the papers' First-3 baseline (no cleaning, no checks), oracle reads the references")
        public Method method = Newsum.defaultMethod();
    }

    /** {@code --data}: the dataset a command reads. */
    public static final class DatasetOption {
        @Option(names = "--data", required = true, paramLabel = "FILE",
                description = "dataset, .jsonl or .jsonl.gz, with reference summaries")
        public Path data;
    }

    /** {@code --data} for a command with subcommands, which picocli cannot require of the parent alone. */
    public static final class OptionalDatasetOption {
        @Spec(Spec.Target.MIXEE)
        CommandSpec command;

        @Option(names = "--data", paramLabel = "FILE", description = "dataset, .jsonl or .jsonl.gz, with reference "
                + "summaries (required)")
        Path data;

        /** The dataset; its absence is the error picocli gives for a missing required option. */
        public Path data() {
            if (data == null) {
                throw new CommandLine.ParameterException(command.commandLine(),
                        "Missing required option: '--data=FILE'");
            }
            return data;
        }
    }

    /** {@code --threads}. */
    public static final class ThreadsOption {
        @Range(min = 1, max = 256)
        @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores)")
        public int threads = Runtime.getRuntime().availableProcessors();
    }

    /** {@code --runs}: the timed runs of a benchmark, whose median it shows. */
    public static final class RunsOption {
        @Range(min = 1, max = 1000)
        @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
                description = "timed runs after the warm-up; the median is shown (default: ${DEFAULT-VALUE})")
        public int runs;
    }

    /** {@code --warm-up}: how long a benchmark runs untimed first. */
    public static final class WarmUpOption {
        @Range(min = 0, max = 3600)
        @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "5",
                description = "untimed passes for at least this long, at least one, so that the JIT has compiled "
                        + "the code (default: ${DEFAULT-VALUE})")
        public double seconds;
    }

    /** ROUGE's {@code -l} and {@code -b} cuts and the way of averaging, of the commands that print a ROUGE average. */
    public static final class RougeFlags {

        @Spec(Spec.Target.MIXEE)
        CommandSpec command;

        @Range(min = 0, max = 100_000)
        @Option(names = "-l", paramLabel = "N",
                description = "ROUGE -l: cut system and reference summaries after N words (0: no cut)")
        int wordLimit;

        @Range(min = 0, max = 10_000_000)
        @Option(names = "-b", paramLabel = "N",
                description = "ROUGE -b: cut system and reference summaries after N bytes (0: no cut)")
        int byteLimit;

        // No defaultValue: the field's value is the default, so no enum conversion happens when the option is absent.
        @Option(names = "--average", paramLabel = "mean|official",
                description = "how the summaries' scores become one average: mean, the exact mean (default); "
                        + "official, the number ROUGE-1.5.5 prints, the mean of its 1,000 bootstrap resamples "
                        + "(Perl's rand after srand(0) ... srand(999), summaries in ID order), to match a "
                        + "published table to 5 decimals")
        RougeOptions.Average average = RougeOptions.Average.MEAN;

        /** The ROUGE settings given; both cuts at once are a bad option. */
        public RougeOptions rouge() {
            if (wordLimit > 0 && byteLimit > 0) {
                throw new CommandLine.ParameterException(command.commandLine(), "give -l or -b, not both");
            }
            RougeOptions options = RougeOptions.STANDARD.withAverage(average);
            if (wordLimit > 0) {
                options = options.withWordLimit(wordLimit);
            } else if (byteLimit > 0) {
                options = options.withByteLimit(byteLimit);
            }
            return options;
        }
    }

    /** {@code --max-file-mb}: the largest input a command reads. */
    public static final class FileLimitOption {

        static final String WHY = "a file is held in memory several times over while it is read";

        @Spec(Spec.Target.MIXEE)
        CommandSpec command;

        @Range(min = 1, max = 1024, why = WHY)
        @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "32",
                description = "largest input file or page accepted (default: ${DEFAULT-VALUE})")
        int maxFileMb;

        /**
         * The ingest limits with this file size; refused when this JVM's heap could not hold a file of the largest
         * size while it is read, decoded and parsed (about eight times its size), so a large limit is a clear error
         * up front rather than an out-of-memory error halfway.
         */
        public IngestLimits limits(int maxArticles) {
            long bytes = maxFileMb * 1024L * 1024L;
            long heap = Runtime.getRuntime().maxMemory();
            if (!fits(maxFileMb)) {
                throw new CommandLine.ParameterException(command.commandLine(), String.format(java.util.Locale.ROOT,
                        "--max-file-mb %d needs a "
                        + "heap of about %.1f GB, more than this JVM's %.1f GB: give Java more (NEWSUM_JAVA_OPTS=-Xmx%dg) "
                        + "or a lower limit", maxFileMb, 8.0 * bytes / 1e9, heap / 1e9, (8 * bytes >> 30) + 1));
            }
            return new IngestLimits(bytes, maxArticles);
        }

        /** Whether this JVM's heap can hold a file of this many MB while it is read (see {@link #limits}). */
        static boolean fits(int maxFileMb) {
            return maxFileMb * 1024L * 1024L <= Runtime.getRuntime().maxMemory() / 8;
        }
    }

    /** {@code --window} and {@code --window-articles}: how long a story stays open without new articles. */
    public static final class StoryWindowOptions {

        @Range(min = 0.001, max = 36_500, why = "a window is more than a minute and at most 100 years")
        @Option(names = "--window", paramLabel = "DURATION", defaultValue = "30d", converter = WindowConverter.class,
                description = "a story closes once the stream's clock (its latest date; an article without a date "
                        + "takes it) is this far past its last article: days (30d), weeks (2w) or hours (36h) "
                        + "(default: ${DEFAULT-VALUE})")
        public double windowDays;

        @Range(min = 1, max = 10_000_000, why = "open stories are held in memory")
        @Option(names = "--window-articles", paramLabel = "N", defaultValue = "50000",
                description = "a story also closes once N articles have arrived since its last one: the bound on "
                        + "memory for streams without dates (default: ${DEFAULT-VALUE})")
        public long windowArticles;

        public StoryOptions options() {
            return StoryOptions.DEFAULT.withWindowDays(windowDays).withWindowArticles(windowArticles);
        }
    }

    /** Reads {@code 3d}, {@code 2w}, {@code 36h} (or a bare number of days) as days. */
    public static final class WindowConverter implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([hdw]?)")
                    .matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration such as 3d, 2w or 36h");
            }
            double n = Double.parseDouble(m.group(1));
            double days = switch (m.group(2)) {
                case "h" -> n / 24;
                case "w" -> n * 7;
                default -> n;
            };
            if (!(days > 0) || days > 36_500) {
                throw new CommandLine.TypeConversionException("'" + value + "' must be more than 0 and at most 100 years");
            }
            return days;
        }
    }
}
