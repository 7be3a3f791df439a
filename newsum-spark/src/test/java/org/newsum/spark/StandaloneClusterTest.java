package org.newsum.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.spark.SparkConf;
import org.apache.spark.deploy.master.Master;
import org.apache.spark.deploy.worker.Worker;
import org.apache.spark.rpc.RpcEnv;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both jobs on a standalone cluster: a master and two workers on 127.0.0.1 in this JVM, each worker running its
 * executor as a JVM of its own, as on a real cluster.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneClusterTest {

    @TempDir
    static Path dir;

    private final List<RpcEnv> envs = new ArrayList<>();
    private SparkSession spark;

    @BeforeAll
    void start() throws Exception {
        // The local[2] session of the other tests, if they ran first, would be reused by getOrCreate.
        LocalSpark.stop();
        SparkConf conf = new SparkConf(false).set("spark.ui.enabled", "false");
        scala.Tuple3<RpcEnv, Object, scala.Option<Object>> master = Master.startRpcEnvAndEndpoint("127.0.0.1", 0, 0, conf);
        envs.add(master._1());
        String url = "spark://127.0.0.1:" + master._1().address().port(); // _2 is the web UI's port
        for (int i = 1; i <= 2; i++) {
            Path work = Files.createDirectories(dir.resolve("worker-" + i));
            envs.add(Worker.startRpcEnvAndEndpoint("127.0.0.1", 0, 0, 1, 1024, new String[] {url}, work.toString(),
                    scala.Option.apply(i), new SparkConf(false).set("spark.ui.enabled", "false"), scala.Option.empty()));
        }
        spark = SparkSession.builder().master(url).appName("newsum-spark standalone test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.executor.memory", "768m")
                .config("spark.executor.cores", "1")
                // The executors run this build's classes, where an installed Spark would put its jars.
                .config("spark.executor.extraClassPath", System.getProperty("java.class.path"))
                .config("spark.executorEnv.SPARK_SCALA_VERSION", "2.13")
                .config("spark.executorEnv.SPARK_TESTING", "1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
        Collections.reverse(envs);
        for (RpcEnv env : envs) {
            env.shutdown();
            env.awaitTermination();
        }
    }

    @Test
    void bothJobsGiveWhatNewsumGivesOnTwoWorkers() throws Exception {
        assumeTrue(Files.exists(Repository.newsumJar()), "newsum-app's jar is built by mvn verify from the root");
        Path clusters = dir.resolve("clusters.jsonl");
        Files.write(clusters, Fixtures.lines());
        List<String> briefs = BriefsJob.jsonLines(BriefsJob.briefs(spark,
                spark.read().textFile(clusters.toString()).repartition(1), clusters.toString(), BriefSettings.DEFAULT))
                .collectAsList();
        assertThat(briefs).containsExactlyInAnyOrderElementsOf(
                Repository.newsum("summarize", "--format", "json", clusters.toString())).hasSize(5);
        assertThat(briefs).filteredOn(l -> l.contains("malformed JSON")).hasSize(1);
        // Both workers took part.
        assertThat(spark.sparkContext().getExecutorMemoryStatus().size()).isEqualTo(3);

        Path stream = Repository.root().resolve("examples").resolve("stream.jsonl");
        List<Row> rows = Collections.synchronizedList(new ArrayList<>());
        JobArguments args = JobArguments.stories(new String[] {stream.toString(), dir.resolve("out").toString()});
        StoriesJob.run(spark, spark.read().textFile(stream.toString()), stream.toString(), args, 1,
                d -> rows.addAll(d.collectAsList()), e -> { });
        rows.sort(java.util.Comparator.comparingLong(r -> r.getLong(0)));
        assertThat(rows.stream().map(r -> r.<String>getAs("json")).toList())
                .containsExactlyElementsOf(Repository.newsum("stories", "--brief", stream.toString())).isNotEmpty();
    }
}
