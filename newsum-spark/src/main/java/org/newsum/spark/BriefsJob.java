package org.newsum.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.transform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import scala.Tuple2;

/**
 * The briefs job: clusters in, one brief (or error) row out per cluster. A cluster is a JSON line as
 * {@code newsum summarize} reads a dataset ({@code {"id", "documents"}}), a row of a table with those columns
 * (Parquet), or the articles of a table that share a cluster key. The briefs are made by the façade, one
 * {@link org.newsum.Newsum} per executor, a partition at a time ({@code mapPartitions}).
 */
public final class BriefsJob {

    /** The rows the summarizing step gives: {@code id, line, json, error}. */
    static final StructType RESULT = new StructType()
            .add("id", DataTypes.StringType)
            .add("line", DataTypes.LongType, false)
            .add("json", DataTypes.StringType)
            .add("error", DataTypes.StringType);

    private BriefsJob() {
    }

    /**
     * The results of JSON lines, one per non-blank line ({@code input} names them in errors; line numbers count
     * from 1 over the lines in the Dataset's order, blank ones included, as summarize counts a file's). Rows come in
     * no particular order; {@code line} gives the input's.
     */
    public static Dataset<Row> results(SparkSession spark, Dataset<String> lines, String input, BriefSettings settings) {
        var numbered = lines.javaRDD().zipWithIndex();
        // A gzipped file is one partition: spread its lines (numbered first) over the cluster's cores.
        int cores = spark.sparkContext().defaultParallelism();
        if (numbered.getNumPartitions() < cores) {
            numbered = numbered.repartition(cores * 4);
        }
        JavaRDD<Row> rows = numbered.mapPartitions(part -> summarized(part, input, settings));
        return spark.createDataFrame(rows, RESULT);
    }

    /** The typed briefs of JSON lines: {@link BriefColumns#typed}. */
    public static Dataset<Row> briefs(SparkSession spark, Dataset<String> lines, String input, BriefSettings settings) {
        return BriefColumns.typed(results(spark, lines, input, settings));
    }

    /** The typed briefs of a table of clusters ({@code id} and {@code documents} columns, as a JSON line has). */
    public static Dataset<Row> briefsOfClusters(SparkSession spark, Dataset<Row> clusters, String input,
                                                BriefSettings settings) {
        return briefs(spark, asJsonLines(clusters), input, settings);
    }

    /** A table of clusters as JSON lines summarize reads: each row's columns as one object. */
    public static Dataset<String> asJsonLines(Dataset<Row> clusters) {
        Column[] all = Arrays.stream(clusters.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new);
        return clusters.select(to_json(struct(all))).as(Encoders.STRING());
    }

    /**
     * Clusters of a table of articles, one row each, grouped by {@code key}: a cluster {@code {id, documents}} per
     * key, its documents (the other columns: {@code text} or {@code html}, and {@code title}, {@code source},
     * {@code date}, {@code url}, ... as a dataset's document object has) in the order the rows were read, the
     * clusters in the order of their first article.
     */
    public static Dataset<Row> clustersOfArticles(Dataset<Row> articles, String key) {
        if (!Arrays.asList(articles.columns()).contains(key)) {
            throw new IllegalArgumentException("no cluster key column '" + key + "' in " + Arrays.toString(articles.columns()));
        }
        List<Column> fields = new ArrayList<>();
        for (String c : articles.columns()) {
            if (!c.equals(key)) {
                fields.add(col("`" + c + "`"));
            }
        }
        Dataset<Row> ordered = articles.withColumn("_newsum_order", monotonically_increasing_id());
        return ordered.groupBy(col("`" + key + "`"))
                .agg(min("_newsum_order").as("_first"), array_sort(collect_list(struct(col("_newsum_order").as("o"),
                        struct(fields.toArray(Column[]::new)).as("d")))).as("docs"))
                .orderBy("_first")
                .select(col("`" + key + "`").cast("string").as("id"), transform(col("docs"), d -> d.getField("d")).as("documents"));
    }

    private static Iterator<Row> summarized(Iterator<Tuple2<String, Long>> lines, String input, BriefSettings settings) {
        ClusterBriefs briefs = new ClusterBriefs(settings);
        // Lazy: one cluster in memory at a time, whatever the partition's size.
        return new Iterator<>() {
            private Tuple2<String, Long> next = advance();

            private Tuple2<String, Long> advance() {
                while (lines.hasNext()) {
                    Tuple2<String, Long> t = lines.next();
                    if (t._1() != null && !t._1().isBlank()) {
                        return t;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                if (next == null) {
                    throw new java.util.NoSuchElementException();
                }
                Tuple2<String, Long> t = next;
                next = advance();
                ClusterBriefs.Result r = briefs.brief(t._1(), input, t._2() + 1);
                return RowFactory.create(r.id(), r.line(), r.json(), r.error());
            }
        };
    }

    /** The JSON Lines output: per row its brief, or its error line, as {@code summarize --format json} writes. */
    public static Dataset<String> jsonLines(Dataset<Row> results) {
        return results.select("id", "line", "json", "error").map(
                (org.apache.spark.api.java.function.MapFunction<Row, String>) r -> new ClusterBriefs.Result(
                        r.getString(0), r.getLong(1), r.getString(2), r.getString(3)).jsonLine(), Encoders.STRING());
    }

    /**
     * {@code spark-submit --class org.newsum.spark.BriefsJob newsum-spark.jar INPUT OUTPUT [options]}: see
     * {@link JobArguments#BRIEFS_USAGE}.
     */
    public static void main(String[] args) {
        JobArguments a;
        try {
            a = JobArguments.briefs(args);
        } catch (IllegalArgumentException e) {
            System.err.println("newsum-spark briefs: " + e.getMessage());
            System.err.println(JobArguments.BRIEFS_USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("newsum briefs").getOrCreate();
        try {
            Dataset<String> lines;
            if (a.inputFormat().equals("parquet")) {
                Dataset<Row> table = spark.read().parquet(a.input());
                lines = asJsonLines(a.clusterKey() == null ? table : clustersOfArticles(table, a.clusterKey()));
            } else if (a.clusterKey() != null) {
                lines = asJsonLines(clustersOfArticles(spark.read().json(a.input()), a.clusterKey()));
            } else {
                lines = spark.read().textFile(a.input());
            }
            Dataset<Row> briefs = BriefColumns.typed(results(spark, lines, a.input(), a.settings())).cache();
            if (a.outputFormat().equals("jsonl")) {
                jsonLines(briefs).write().text(a.output());
            } else {
                briefs.write().parquet(a.output());
            }
            long rows = briefs.count();
            long errors = briefs.filter(col("error").isNotNull()).count();
            System.err.printf(java.util.Locale.ROOT, "newsum-spark: %d clusters, %d briefs, %d errors -> %s%n",
                    rows, rows - errors, errors, a.output());
        } finally {
            spark.stop();
        }
    }
}
