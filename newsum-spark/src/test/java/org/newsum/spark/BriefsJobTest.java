package org.newsum.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.Newsum;
import org.newsum.model.Brief;
import org.newsum.model.IngestLimits;
import org.newsum.model.SourceEntry;
import org.newsum.render.JsonRenderer;

class BriefsJobTest {

    @TempDir
    Path dir;

    private final SparkSession spark = LocalSpark.get();

    /** What the façade gives on each entry of the dataset, as summarize writes it: id to brief JSON or error. */
    static Map<String, String> expected(Path file) throws Exception {
        Newsum newsum = new Newsum();
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<SourceEntry> entries = Newsum.readDataset(file, IngestLimits.DEFAULT)) {
            for (SourceEntry e : (Iterable<SourceEntry>) entries::iterator) {
                if (e.source() == null) {
                    out.put(e.name(), "error: " + e.error());
                    continue;
                }
                Brief b = newsum.summarize(e.source(), Newsum.Options.DEFAULT);
                out.put(e.name(), b.emptyReason().isPresent() ? "error: nothing" : new JsonRenderer(false).render(b, false).strip());
            }
        }
        return out;
    }

    static Map<String, String> actual(Dataset<Row> briefs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Row r : briefs.select("id", "json", "error", "line").collectAsList()) {
            // summarize names a line without a readable id by its number
            String name = r.getString(0) != null ? r.getString(0) : "line-" + r.getLong(3);
            out.put(name, r.getString(1) != null ? r.getString(1) : "error: " + r.getString(2));
        }
        return out;
    }

    private Path dataset() throws Exception {
        Path file = dir.resolve("clusters.jsonl");
        Files.write(file, Fixtures.lines());
        return file;
    }

    @Test
    void everyLineGetsTheBriefTheFacadeGivesAndABadLineAnErrorRow() throws Exception {
        Path file = dataset();
        // Three partitions of the file, in order: clusters are summarized two tasks at a time.
        Dataset<String> lines = spark.createDataset(org.apache.spark.api.java.JavaSparkContext
                .fromSparkContext(spark.sparkContext()).textFile(file.toString(), 3).rdd(), Encoders.STRING());
        assertThat(lines.javaRDD().getNumPartitions()).isGreaterThan(1);
        Dataset<Row> briefs = BriefsJob.briefs(spark, lines, file.toString(), BriefSettings.DEFAULT);
        Map<String, String> actual = actual(briefs);
        Map<String, String> expected = expected(file);

        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet())
                .contains("bridge", "orchard", "library", "line-2", "empty");
        for (String id : List.of("bridge", "orchard", "library")) {
            assertThat(actual.get(id)).isEqualTo(expected.get(id));
        }
        // The same errors as summarize, naming the input and its line.
        assertThat(actual.get("line-2")).isEqualTo(expected.get("line-2")).contains(file + ":2: malformed JSON");
        assertThat(actual.get("empty")).isEqualTo(expected.get("empty")).contains("\"documents\" is empty");
    }

    @Test
    void typedColumnsSayWhatTheJsonSays() throws Exception {
        Path file = dataset();
        Dataset<Row> briefs = BriefsJob.briefs(spark, spark.read().textFile(file.toString()), file.toString(),
                BriefSettings.DEFAULT);
        Row bridge = briefs.filter("id = 'bridge'").first();
        JsonNode json = Fixtures.JSON.readTree(bridge.<String>getAs("json"));
        assertThat(bridge.<String>getAs("error")).isNull();
        List<Row> summary = bridge.getList(bridge.fieldIndex("summary"));
        assertThat(summary).hasSize(json.get("summary").size()).isNotEmpty();
        for (int i = 0; i < summary.size(); i++) {
            Row s = summary.get(i);
            JsonNode js = json.get("summary").get(i);
            assertThat(s.<String>getAs("text")).isEqualTo(js.get("text").asText());
            Row c = s.<Row>getList(s.fieldIndex("citations")).get(0);
            assertThat(c.<Integer>getAs("start")).isEqualTo(js.get("citations").get(0).get("start").asInt());
            assertThat(c.<Integer>getAs("end")).isEqualTo(js.get("citations").get(0).get("end").asInt());
        }
        assertThat(bridge.getList(bridge.fieldIndex("quotes"))).hasSize(json.get("insights").get("quotes").size());
        assertThat(bridge.getList(bridge.fieldIndex("figures"))).hasSize(json.get("insights").get("figures").size());
        assertThat(bridge.getList(bridge.fieldIndex("entities"))).hasSize(json.get("insights").get("entities").size());
        assertThat(bridge.getList(bridge.fieldIndex("notices"))).hasSize(json.get("notices").size());

        Row broken = briefs.filter("line = 2").first();
        assertThat(broken.<String>getAs("error")).contains("malformed JSON");
        assertThat(broken.<Object>getAs("summary")).isNull();
        assertThat(broken.<Long>getAs("line")).isEqualTo(2L);
    }

    @Test
    void parquetAndArticleRowsGiveTheSameBriefs() throws Exception {
        Path file = dataset();
        Map<String, String> expected = expected(file);

        // One row per cluster, in Parquet.
        List<Row> clusterRows = new ArrayList<>();
        List<Row> articleRows = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : Fixtures.clusters().entrySet()) {
            clusterRows.add(RowFactory.create(e.getKey(), e.getValue()));
            for (String text : e.getValue()) {
                articleRows.add(RowFactory.create(e.getKey(), text));
            }
        }
        StructType clusterSchema = new StructType().add("id", DataTypes.StringType)
                .add("documents", DataTypes.createArrayType(DataTypes.StringType));
        String parquet = dir.resolve("clusters.parquet").toString();
        spark.createDataFrame(clusterRows, clusterSchema).write().parquet(parquet);
        Map<String, String> fromParquet = actual(BriefsJob.briefsOfClusters(spark, spark.read().parquet(parquet),
                parquet, BriefSettings.DEFAULT));

        // One row per article with a cluster key: a document object {"text"} reads as the string does.
        StructType articleSchema = new StructType().add("cluster", DataTypes.StringType).add("text", DataTypes.StringType);
        Dataset<Row> articles = spark.createDataFrame(articleRows, articleSchema).repartition(3);
        Dataset<Row> grouped = BriefsJob.clustersOfArticles(spark.createDataFrame(articleRows, articleSchema), "cluster");
        Map<String, String> fromArticles = actual(BriefsJob.briefsOfClusters(spark, grouped, "articles",
                BriefSettings.DEFAULT));

        for (String id : List.of("bridge", "orchard", "library")) {
            assertThat(fromParquet.get(id)).isEqualTo(expected.get(id));
            assertThat(Fixtures.JSON.readTree(fromArticles.get(id)).get("summary"))
                    .isEqualTo(Fixtures.JSON.readTree(expected.get(id)).get("summary"));
        }
        assertThat(fromParquet).hasSize(3);
        assertThat(fromArticles).hasSize(3);
        assertThat(articles.count()).isEqualTo(articleRows.size());
    }

    @Test
    void jsonLinesOutputIsWhatNewsumSummarizeWrites() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Repository.newsumJar()),
                "newsum-app's jar is built by mvn verify from the root");
        Path file = dataset();
        List<String> cli = Repository.newsum("summarize", "--format", "json", file.toString());
        List<String> spark = BriefsJob.jsonLines(BriefsJob.briefs(this.spark, this.spark.read().textFile(file.toString()),
                file.toString(), BriefSettings.DEFAULT)).collectAsList();
        assertThat(spark).containsExactlyInAnyOrderElementsOf(cli).hasSize(5);
    }

    @Test
    void jsonLinesOutputIsWhatSummarizeWritesInADataset() throws Exception {
        Path file = dataset();
        Dataset<Row> briefs = BriefsJob.briefs(spark, spark.read().textFile(file.toString()), file.toString(),
                BriefSettings.DEFAULT);
        List<String> lines = BriefsJob.jsonLines(briefs).collectAsList();
        assertThat(lines).hasSize(5);
        assertThat(lines).anySatisfy(l -> assertThat(Fixtures.JSON.readTree(l).path("error").asText())
                .contains("malformed JSON"));
        JsonNode empty = lines.stream().map(l -> {
            try {
                return Fixtures.JSON.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(n -> "empty".equals(n.path("id").asText())).findFirst().orElseThrow();
        assertThat(empty.get("line").asInt()).isEqualTo(6);
    }
}
