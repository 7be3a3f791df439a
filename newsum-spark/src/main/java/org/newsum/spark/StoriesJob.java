package org.newsum.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import org.newsum.Newsum;
import org.newsum.StoryRun;
import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.ClusterFailure;
import org.newsum.model.NewsumException;
import org.newsum.model.Source;
import org.newsum.model.SourceEntry;
import org.newsum.model.Story;
import org.newsum.model.StoryOptions;
import org.newsum.model.StoryState;
import org.newsum.render.JsonRenderer;
import org.newsum.render.StoryRenderer;

import scala.Tuple2;

/**
 * The stories job: a news stream in (JSON Lines, one article or one cluster a line, as {@code newsum stories} reads
 * it), its stories with their briefs out, one row per story written ({@code newsum stories --brief}'s line in
 * {@code json}, typed columns beside it).
 *
 * <p>The story stage is online and ordered (each article joins the story most like it among those open, with
 * document frequencies learned from the stream so far), so it runs once, in stream order, on the driver, through
 * the façade exactly as {@code newsum stories} runs it. What is per article or per story runs on the executors,
 * where it cannot change the result: reading and preparing the articles ({@link #prepared}, {@link #CHUNK} lines a
 * task, fetched back in stream order a few chunks ahead of the driver by {@link InOrder}), and the briefs, a batch
 * of closed stories at a time. The driver holds the articles of open stories, a few chunks and one batch.
 */
public final class StoriesJob {

    /** Closed stories briefed per Spark job: enough to keep the executors busy, few enough to bound the driver. */
    static final int BATCH = 2_000;

    /**
     * Lines of the stream read and prepared per task: enough to keep a task's overhead small, few enough that the
     * driver, holding a few chunks while it clusters, stays small.
     */
    static final int CHUNK = 1_000;

    /** An article as read, to ship between the driver and an executor (Article is not serializable). */
    record Member(String id, String source, String url, String title, List<String> authors, String date, String format,
                  String text) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        static Member of(Article a) {
            return new Member(a.id(), a.source(), a.url(), a.title(), new ArrayList<>(a.authors()), a.date(),
                    a.format().name(), a.text());
        }

        Article article() {
            return new Article(id, source, url, title, authors, date, Article.Format.valueOf(format), text);
        }
    }

    /** A story waiting for its brief, with its articles as read. */
    record Pending(long position, String id, List<String> articles, List<String> sources, String first, String last,
                   String title, List<String> duplicates, boolean open, List<Member> members)
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        static Pending of(long position, Story s, List<Member> members) {
            return new Pending(position, s.id(), new ArrayList<>(s.articles()), new ArrayList<>(s.sources()), s.first(),
                    s.last(), s.title(), new ArrayList<>(s.duplicates()), s.open(), members);
        }

        Story story() {
            return new Story(id, articles, sources, first, last, title, duplicates, open);
        }
    }

    /** A story with its brief: {@code newsum stories}' line in {@code json}, the brief's JSON, or why there is none. */
    static final StructType BRIEFED = new StructType()
            .add("position", DataTypes.LongType, false)
            .add("story", DataTypes.StringType)
            .add("articles", DataTypes.createArrayType(DataTypes.StringType))
            .add("sources", DataTypes.createArrayType(DataTypes.StringType))
            .add("first", DataTypes.StringType)
            .add("last", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("duplicates", DataTypes.createArrayType(DataTypes.StringType))
            .add("briefJson", DataTypes.StringType)
            .add("error", DataTypes.StringType)
            .add("json", DataTypes.StringType);

    /** What a run saw, as {@code newsum stories} reports it on stderr. */
    public record Counts(long articles, long stories, long written, long duplicates, long notNews, long failed) {
    }

    private StoriesJob() {
    }

    /**
     * Groups the stream {@code lines} ({@code input} names them in errors) into stories and hands each written story,
     * briefed, to {@code sink} as a Dataset of {@link #BRIEFED} rows, a batch at a time.
     */
    public static Counts run(SparkSession spark, Dataset<String> lines, String input, JobArguments args,
                             java.util.function.Consumer<Dataset<Row>> sink, java.util.function.Consumer<String> err) {
        return run(spark, lines, input, args, BATCH, sink, err);
    }

    static Counts run(SparkSession spark, Dataset<String> lines, String input, JobArguments args, int batch,
                      java.util.function.Consumer<Dataset<Row>> sink, java.util.function.Consumer<String> err) {
        return run(spark, lines, input, args, batch, CHUNK, sink, err);
    }

    static Counts run(SparkSession spark, Dataset<String> lines, String input, JobArguments args, int batch, int chunk,
                      java.util.function.Consumer<Dataset<Row>> sink, java.util.function.Consumer<String> err) {
        BriefSettings settings = args.settings();
        JavaRDD<PreparedArticle> prepared = prepared(lines.javaRDD(), input, settings, chunk);
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Run run = new Run(spark, settings, args, batch, sink, err);
        try (InOrder articles = new InOrder(prepared, 2 * Math.max(1, sc.defaultParallelism()))) {
            while (articles.hasNext()) {
                run.add(articles.next());
            }
        }
        run.end();
        return run.counts();
    }

    /**
     * The stream's lines read and prepared for the story stage on the executors, {@code chunk} lines a partition,
     * the partitions in stream order and each in stream order: the work per article ({@link Newsum#storyArticle}, a
     * pure function of one article) spread over the cluster whatever the input's partitioning (a gzipped file is
     * one), so that the driver has only the story stage itself left to run.
     */
    static JavaRDD<PreparedArticle> prepared(JavaRDD<String> lines, String input, BriefSettings settings, int chunk) {
        long count = lines.count();
        int parts = (int) Math.max(1, (count + chunk - 1) / chunk);
        return lines.zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._2(), t._1()))
                .partitionBy(new Chunks(chunk, parts))
                .mapPartitions(part -> prepare(part, input, settings).iterator());
    }

    /** A chunk of lines, numbered from 0, read and prepared in stream order, on an executor. */
    private static List<PreparedArticle> prepare(Iterator<Tuple2<Long, String>> part, String input,
                                                 BriefSettings settings) {
        List<Tuple2<Long, String>> lines = new ArrayList<>();
        part.forEachRemaining(lines::add);
        lines.sort(java.util.Comparator.comparingLong(Tuple2::_1));
        Newsum newsum = ClusterBriefs.shared();
        List<PreparedArticle> out = new ArrayList<>(lines.size());
        for (Tuple2<Long, String> t : lines) {
            if (t._2() == null || t._2().isBlank()) {
                continue;
            }
            SourceEntry e = entry(t._2(), input, (int) (t._1() + 1), settings);
            if (e.source() == null) {
                out.add(PreparedArticle.unreadableLine(e.error()));
                continue;
            }
            for (Article a : Newsum.streamArticles(e.source())) {
                out.add(PreparedArticle.of(a, newsum.storyArticle(a, 0)));
            }
        }
        return out;
    }

    /** Lines numbered from 0 in chunks of consecutive lines, the first chunk in the first partition. */
    static final class Chunks extends org.apache.spark.Partitioner {
        private static final long serialVersionUID = 1L;
        private final long chunk;
        private final int parts;

        Chunks(long chunk, int parts) {
            this.chunk = chunk;
            this.parts = parts;
        }

        @Override
        public int numPartitions() {
            return parts;
        }

        @Override
        public int getPartition(Object key) {
            return (int) Math.min(parts - 1, (Long) key / chunk);
        }
    }

    /**
     * The elements of an RDD in its order, fetched a partition at a time on the driver with up to {@code window}
     * partitions in flight (each its own Spark job, run as executors free up), so the executors work ahead of the
     * driver and the driver holds at most {@code window} partitions, never the whole RDD. Close it to stop its
     * threads.
     */
    static final class InOrder implements Iterator<PreparedArticle>, AutoCloseable {
        private final JavaRDD<PreparedArticle> rdd;
        private final int parts;
        private final int window;
        private final java.util.concurrent.ExecutorService pool;
        private final java.util.ArrayDeque<java.util.concurrent.Future<List<PreparedArticle>>> pending =
                new java.util.ArrayDeque<>();
        private int submitted;
        private Iterator<PreparedArticle> current = java.util.Collections.emptyIterator();

        InOrder(JavaRDD<PreparedArticle> rdd, int window) {
            this.rdd = rdd;
            this.parts = rdd.getNumPartitions();
            this.window = window;
            this.pool = java.util.concurrent.Executors.newFixedThreadPool(window, r -> {
                Thread t = new Thread(r, "newsum-fetch");
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                while (pending.size() < window && submitted < parts) {
                    int[] one = {submitted++};
                    pending.add(pool.submit(() -> rdd.collectPartitions(one)[0]));
                }
                java.util.concurrent.Future<List<PreparedArticle>> head = pending.poll();
                if (head == null) {
                    return false;
                }
                try {
                    current = head.get().iterator();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
            return true;
        }

        @Override
        public PreparedArticle next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return current.next();
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /** One line of the stream as {@code newsum stories} reads it. */
    static SourceEntry entry(String text, String input, int line, BriefSettings settings) {
        String where = input + ":" + line;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            return new SourceEntry(line, Newsum.parseStreamLine(body, where, "line-" + line, settings.limits()), null);
        } catch (NewsumException e) {
            return new SourceEntry(line, null, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new SourceEntry(line, null, null, where + ": cannot read the line (" + e + ")");
        }
    }

    /** The driver's side of a run: the story stage, and the stories waiting for their briefs. */
    private static final class Run {
        final SparkSession spark;
        final BriefSettings settings;
        final JobArguments args;
        final java.util.function.Consumer<Dataset<Row>> sink;
        final java.util.function.Consumer<String> err;
        final int batch;
        final StoryRun run;
        final List<Pending> pending = new ArrayList<>();
        long written;

        Run(SparkSession spark, BriefSettings settings, JobArguments args, int batch,
            java.util.function.Consumer<Dataset<Row>> sink, java.util.function.Consumer<String> err) {
            this.batch = batch;
            this.spark = spark;
            this.settings = settings;
            this.args = args;
            this.sink = sink;
            this.err = err;
            this.run = new StoryRun(Newsum.stories(StoryOptions.DEFAULT.withWindowDays(args.windowDays()),
                    StoryState.EMPTY), Map.of(), true, error -> err.accept("newsum: " + error));
        }

        void add(PreparedArticle a) {
            if (a.unreadable() != null) {
                run.unreadable(a.unreadable());
                return;
            }
            run.add(a.read(), a.storyArticle());
            for (Story closed : run.stream().takeClosed()) {
                emit(closed);
            }
        }

        void end() {
            for (Story s : run.stream().finish()) {
                emit(s);
            }
            flush();
        }

        Counts counts() {
            return new Counts(run.articles(), run.stories(), written, run.duplicates(), run.notNews(), run.failed());
        }

        private void emit(Story story) {
            if (story.qualifies(args.minArticles(), args.minSources())) {
                pending.add(Pending.of(written, story, new ArrayList<>(run.articlesOf(story).stream().map(Member::of).toList())));
                written++;
                if (pending.size() >= batch) {
                    flush();
                }
            }
            run.release(story);
        }

        private void flush() {
            if (pending.isEmpty()) {
                return;
            }
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            int slices = Math.max(1, Math.min(pending.size(), sc.defaultParallelism() * 4));
            JavaRDD<Pending> stories = sc.parallelize(new ArrayList<>(pending), slices);
            pending.clear();
            BriefSettings s = settings;
            JavaRDD<Row> briefed = stories.mapPartitions(part -> briefed(part, s));
            sink.accept(spark.createDataFrame(briefed, BRIEFED));
        }
    }

    /** The briefs of a partition of stories, on an executor, one Newsum per executor JVM. */
    private static Iterator<Row> briefed(Iterator<Pending> stories, BriefSettings settings) {
        Newsum.Options options = settings.options();
        Newsum newsum = ClusterBriefs.shared();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return stories.hasNext();
            }

            @Override
            public Row next() {
                Pending p = stories.next();
                Story story = p.story();
                List<Article> list = p.members().stream().map(Member::article).toList();
                Brief brief = null;
                String error = null;
                try {
                    brief = newsum.summarize(new Source(story.id(), list, List.of(), List.of()), options);
                } catch (RuntimeException | StackOverflowError e) {
                    // newsum stories writes such a story without its brief, and names it on stderr.
                    error = "no brief (" + (ClusterFailure.isClusterFailure(e) ? ClusterFailure.message(e)
                            : "newsum failed: " + e) + ")";
                }
                return RowFactory.create(p.position(), story.id(), seq(story.articles()), seq(story.sources()),
                        story.first(), story.last(), story.title(), seq(story.duplicates()),
                        brief == null ? null : new JsonRenderer(false).render(brief, false).strip(), error,
                        StoryRenderer.jsonLine(story, brief));
            }
        };
    }

    /** A list as a Row of an RDD must hold it. */
    private static scala.collection.immutable.Seq<String> seq(List<String> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }

    /** The typed output: the story's columns, its brief typed as {@link BriefColumns#BRIEF_DDL}, error and json. */
    public static Dataset<Row> typed(Dataset<Row> briefed) {
        return briefed.withColumn("brief", BriefColumns.brief(col("briefJson"))).select("position", "story",
                "articles", "sources", "first", "last", "title", "duplicates", "brief", "error", "json");
    }

    /**
     * {@code spark-submit --class org.newsum.spark.StoriesJob newsum-spark.jar INPUT OUTPUT [options]}: see
     * {@link JobArguments#STORIES_USAGE}.
     */
    public static void main(String[] argv) {
        JobArguments a;
        try {
            a = JobArguments.stories(argv);
        } catch (IllegalArgumentException e) {
            System.err.println("newsum-spark stories: " + e.getMessage());
            System.err.println(JobArguments.STORIES_USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("newsum stories").getOrCreate();
        try {
            // Batches are appended, so an existing output would be mixed with this run's: refuse it first.
            org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(a.output());
            if (out.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(out)) {
                System.err.println("newsum-spark stories: " + a.output() + ": the output exists already");
                System.exit(1);
            }
            java.util.function.Consumer<Dataset<Row>> sink = a.outputFormat().equals("jsonl")
                    ? d -> d.select("json").write().mode(SaveMode.Append).text(a.output())
                    : d -> typed(d).write().mode(SaveMode.Append).parquet(a.output());
            Counts c = run(spark, spark.read().textFile(a.input()), a.input(), a, sink, System.err::println);
            System.err.printf(java.util.Locale.ROOT, "newsum-spark: %d articles: %d stories (%d written), %d "
                    + "duplicates, %d not news, %d failed -> %s%n", c.articles(), c.stories(), c.written(),
                    c.duplicates(), c.notNews(), c.failed(), a.output());
        } catch (java.io.IOException e) {
            System.err.println("newsum-spark stories: " + a.output() + ": cannot read (" + e.getMessage() + ")");
            System.exit(1);
        } finally {
            spark.stop();
        }
    }
}
