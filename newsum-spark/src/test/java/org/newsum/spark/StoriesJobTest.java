package org.newsum.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.Newsum;
import org.newsum.model.IngestLimits;
import org.newsum.model.SourceEntry;
import org.newsum.model.Story;
import org.newsum.model.StoryOptions;
import org.newsum.model.StoryState;

class StoriesJobTest {

    @TempDir
    Path dir;

    private final SparkSession spark = LocalSpark.get();

    /** The json lines the job writes, a batch of {@code batch} stories at a time. */
    private List<Row> run(Path stream, int batch, List<String> errors) throws Exception {
        return run(stream, batch, StoriesJob.CHUNK, errors);
    }

    /** The same, the stream read and prepared {@code chunk} lines a task. */
    private List<Row> run(Path stream, int batch, int chunk, List<String> errors) throws Exception {
        List<Row> rows = Collections.synchronizedList(new ArrayList<>());
        JobArguments args = JobArguments.stories(new String[] {stream.toString(), dir.resolve("out").toString()});
        StoriesJob.run(spark, spark.read().textFile(stream.toString()), stream.toString(), args, batch, chunk,
                d -> rows.addAll(StoriesJob.typed(d).collectAsList()), errors::add);
        rows.sort(java.util.Comparator.comparingLong(r -> r.getLong(0)));
        return rows;
    }

    @Test
    void theStoriesAreThoseOfTheStoryStageEachWithItsBrief() throws Exception {
        Path stream = Repository.root().resolve("examples").resolve("stream.jsonl");
        List<Row> rows = run(stream, 1, new ArrayList<>());

        // The façade's story stage over the same stream, as newsum stories runs it.
        List<String> expected = new ArrayList<>();
        Newsum newsum = new Newsum();
        Newsum.StoryStream stage = Newsum.stories(StoryOptions.DEFAULT, StoryState.EMPTY);
        try (Stream<SourceEntry> entries = Newsum.readStream(stream, IngestLimits.DEFAULT);
             Newsum.Prepared prepared = newsum.prepare(Newsum.streamArticles(entries.iterator(), e -> { }), 1)) {
            List<Story> done = new ArrayList<>();
            while (prepared.hasNext()) {
                stage.add(prepared.next());
                done.addAll(stage.takeClosed());
            }
            done.addAll(stage.finish());
            done.stream().filter(s -> s.qualifies(2, 2)).forEach(s -> expected.add(s.id() + " " + s.articles()));
        }
        assertThat(rows).extracting(r -> r.getString(1) + " " + r.getList(2)).containsExactlyElementsOf(expected);
        assertThat(rows).hasSizeGreaterThan(1);
        for (Row r : rows) {
            Row brief = r.getAs("brief");
            assertThat(r.<String>getAs("error")).isNull();
            assertThat(brief.getList(brief.fieldIndex("summary"))).isNotEmpty();
            assertThat(Fixtures.JSON.readTree(r.<String>getAs("json")).get("brief").get("id").asText())
                    .isEqualTo(r.getString(1));
        }
    }

    @Test
    void theLinesAreThoseOfNewsumStories() throws Exception {
        assumeTrue(Files.exists(Repository.newsumJar()), "newsum-app's jar is built by mvn verify from the root");
        Path stream = Repository.root().resolve("examples").resolve("stream.jsonl");
        List<String> cli = Repository.newsum("stories", "--brief", stream.toString());
        List<String> spark = run(stream, 2, new ArrayList<>()).stream().map(r -> r.<String>getAs("json")).toList();
        assertThat(spark).containsExactlyElementsOf(cli).isNotEmpty();
    }

    @Test
    void preparedInManySmallTasksTheLinesAreStillThoseOfNewsumStories() throws Exception {
        assumeTrue(Files.exists(Repository.newsumJar()), "newsum-app's jar is built by mvn verify from the root");
        Path stream = Repository.root().resolve("examples").resolve("stream.jsonl");
        List<String> cli = Repository.newsum("stories", "--brief", stream.toString());
        // One line a task: more tasks than the fetch window holds, finishing in any order on two threads.
        List<String> spark = run(stream, 3, 1, new ArrayList<>()).stream().map(r -> r.<String>getAs("json")).toList();
        assertThat(spark).containsExactlyElementsOf(cli).isNotEmpty();
    }

    @Test
    void theLinesArePreparedOnTheExecutorsInStreamOrder() throws Exception {
        Path stream = Repository.root().resolve("examples").resolve("stream.jsonl");
        JobArguments args = JobArguments.stories(new String[] {stream.toString(), dir.resolve("out").toString()});
        org.apache.spark.api.java.JavaRDD<PreparedArticle> prepared = StoriesJob.prepared(
                spark.read().textFile(stream.toString()).javaRDD(), stream.toString(), args.settings(), 2);
        List<org.newsum.model.StoryArticle> expected = new ArrayList<>();
        List<org.newsum.model.Article> read = new ArrayList<>();
        Newsum newsum = new Newsum();
        try (Stream<SourceEntry> entries = Newsum.readStream(stream, IngestLimits.DEFAULT)) {
            Newsum.streamArticles(entries.iterator(), e -> { }).forEachRemaining(a -> {
                read.add(a);
                expected.add(newsum.storyArticle(a, 0));
            });
        }
        assertThat(prepared.getNumPartitions()).isGreaterThan(2);
        List<PreparedArticle> got = prepared.collect();
        assertThat(got).extracting(PreparedArticle::read).containsExactlyElementsOf(read);
        // Records compare arrays by identity: the terms' shingles are compared by value apart.
        assertThat(got).extracting(p -> p.storyArticle().article()).containsExactlyElementsOf(
                expected.stream().map(org.newsum.model.StoryArticle::article).toList());
        assertThat(got).extracting(p -> p.storyArticle().rejected()).containsExactlyElementsOf(
                expected.stream().map(org.newsum.model.StoryArticle::rejected).toList());
        for (int i = 0; i < got.size(); i++) {
            org.newsum.model.ArticleTerms g = got.get(i).storyArticle().terms();
            org.newsum.model.ArticleTerms e = expected.get(i).terms();
            if (e == null) {
                assertThat(g).isNull();
            } else {
                assertThat(List.copyOf(g.counts().entrySet())).isEqualTo(List.copyOf(e.counts().entrySet()));
                assertThat(g.names()).isEqualTo(e.names());
                assertThat(g.shingles()).isEqualTo(e.shingles());
                assertThat(g.words()).isEqualTo(e.words());
            }
        }
    }

    @Test
    void aBadLineIsNamedAndTheOthersStillMakeStories() throws Exception {
        Path stream = dir.resolve("stream.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(Repository.root().resolve("examples").resolve("stream.jsonl")));
        lines.add(3, "{\"id\": \"torn\", \"text\": ");
        Files.write(stream, lines);
        List<String> errors = new ArrayList<>();
        List<Row> rows = run(stream, 1000, errors);
        assertThat(errors).singleElement().asString().contains(stream + ":4: malformed JSON");
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.<Object>getAs("brief")).isNotNull());
    }
}
