package org.newsum.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The arguments of the Spark jobs, as {@code spark-submit} passes them after the jar. Options take the names and
 * defaults of {@code newsum summarize} and {@code newsum stories}.
 *
 * @param input        the input path (a file, a folder or a glob, on any file system Spark reads)
 * @param output       the output folder (must not exist)
 * @param inputFormat  jsonl or parquet
 * @param outputFormat parquet or jsonl
 * @param clusterKey   for rows that are articles, the column naming their cluster; else null
 * @param settings     how to summarize
 * @param windowDays   stories: the window in days
 * @param minArticles  stories: write stories with at least this many articles
 * @param minSources   stories: ... and this many sources
 */
public record JobArguments(String input, String output, String inputFormat, String outputFormat, String clusterKey,
                    BriefSettings settings, double windowDays, int minArticles, int minSources) {

    static final String BRIEFS_USAGE = "usage: briefs INPUT OUTPUT [--input-format jsonl|parquet] "
            + "[--output-format parquet|jsonl] [--cluster-key COLUMN] [--method NAME] [--words N | --sentences N] "
            + "[--insights none|brief|full] [--max-articles N]";

    static final String STORIES_USAGE = "usage: stories INPUT OUTPUT [--output-format parquet|jsonl] "
            + "[--window-days D] [--min-articles N] [--min-sources N] [--method NAME] [--words N | --sentences N]";

    static JobArguments briefs(String[] args) {
        return parse(args);
    }

    static JobArguments stories(String[] args) {
        return parse(args);
    }

    private static JobArguments parse(String[] args) {
        List<String> positional = new ArrayList<>();
        String inputFormat = null;
        String outputFormat = "parquet";
        String key = null;
        BriefSettings settings = BriefSettings.DEFAULT;
        double windowDays = org.newsum.model.StoryOptions.WINDOW_DAYS;
        int minArticles = 2;
        int minSources = 2;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                positional.add(a);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args[++i];
            try {
                switch (a) {
                    case "--input-format" -> inputFormat = oneOf(a, v, "jsonl", "parquet");
                    case "--output-format" -> outputFormat = oneOf(a, v, "parquet", "jsonl");
                    case "--cluster-key" -> key = v;
                    case "--method" -> settings = settings.withMethod(v);
                    case "--words" -> settings = settings.withBudget("words", Integer.parseInt(v));
                    case "--sentences" -> settings = settings.withBudget("sentences", Integer.parseInt(v));
                    case "--insights" -> settings = settings.withInsights(oneOf(a, v, "none", "brief", "full"));
                    case "--max-articles" -> settings = new BriefSettings(settings.method(), settings.budgetUnit(),
                            settings.budgetLimit(), settings.insights(), settings.maxLineBytes(), Integer.parseInt(v));
                    case "--window-days" -> windowDays = Double.parseDouble(v);
                    case "--min-articles" -> minArticles = Integer.parseInt(v);
                    case "--min-sources" -> minSources = Integer.parseInt(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(a + ": not a number: " + v);
            }
        }
        if (positional.size() != 2) {
            throw new IllegalArgumentException("expected INPUT and OUTPUT, got " + positional);
        }
        String input = positional.get(0);
        if (inputFormat == null) {
            inputFormat = input.toLowerCase(Locale.ROOT).endsWith(".parquet") ? "parquet" : "jsonl";
        }
        return new JobArguments(input, positional.get(1), inputFormat, outputFormat, key, settings, windowDays,
                minArticles, minSources);
    }

    private static String oneOf(String option, String value, String... allowed) {
        for (String s : allowed) {
            if (s.equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException(option + " must be one of " + String.join(", ", allowed) + ", not " + value);
    }
}
