package org.newsum.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.model.Article;
import org.newsum.model.Budget;
import org.newsum.model.Source;
import org.newsum.select.Methods;
import org.newsum.model.SourceEntry;
import org.newsum.select.SelectionMethod;

class EvaluationTest {

    static Source cluster(String id, List<String> references) {
        return new Source(id, List.of(
                Article.ofText("1", "a", "Heavy snow closed the mountain pass at Brenn on Monday, stranding 200 drivers.\n"
                        + "Rescue teams brought blankets and hot food to the stranded cars overnight.\n"
                        + "The pass is expected to reopen on Wednesday if the snow stops."),
                Article.ofText("2", "b", "About 200 drivers were stranded when snow closed the Brenn pass on Monday.\n"
                        + "Local schools opened their halls to travellers who could not go on.\n"
                        + "Forecasters expect more snow on Tuesday night.")), references, List.of());
    }

    private static final List<String> REFERENCE = List.of(
            "Snow closed the Brenn pass on Monday and stranded about 200 drivers. Rescuers brought food and blankets.");

    @Test
    void scoresEveryClusterAndRecordsEveryFailure() {
        List<SourceEntry> entries = List.of(
                new SourceEntry(1, cluster("good", REFERENCE), null),
                new SourceEntry(2, null, "data.jsonl:2: malformed JSON"),
                new SourceEntry(3, cluster("no-refs", List.of()), null));
        SelectionMethod centroid = Methods.byName("centroid").orElseThrow();
        Evaluation.Report report = new Evaluation(new Newsum()).run(centroid.name(), entries,
                s -> centroid, new Evaluation.Options(Budget.words(30), RougeOptions.STANDARD, 2), d -> { });
        assertThat(report.method()).isEqualTo("centroid");
        assertThat(report.results()).hasSize(3);
        assertThat(report.scored()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.results().get(1).error()).contains("malformed JSON");
        assertThat(report.results().get(2).error()).isEqualTo("no reference summaries");
        Evaluation.ClusterResult good = report.results().get(0);
        assertThat(org.newsum.model.Budget.countWords(String.join(" ", good.summary()))).isLessThanOrEqualTo(30);
        assertThat(good.references().get(0)).hasSize(2); // the reference split into its two sentences
        assertThat(report.average().get("ROUGE-1").r()).isPositive();
    }

    @Test
    void theOracleIsAnUpperBound() {
        List<SourceEntry> entries = List.of(new SourceEntry(1, cluster("c", REFERENCE), null));
        Evaluation evaluation = new Evaluation(new Newsum());
        Evaluation.Options options = new Evaluation.Options(Budget.words(25), RougeOptions.STANDARD, 1);
        double oracle = evaluation.run("oracle", entries, s -> new OracleMethod(s.references()), options, d -> { })
                .average().get("ROUGE-2").f();
        for (var method : Methods.all()) {
            double other = evaluation.run(method.name(), entries, s -> method, options, d -> { })
                    .average().get("ROUGE-2").f();
            assertThat(oracle).as(method.name()).isGreaterThanOrEqualTo(other);
        }
    }

    @Test
    void readsEntriesAsItGoesAndRecordsAnUnexpectedExceptionAsThatClustersError() {
        int clusters = 60;
        java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger mostAhead = new java.util.concurrent.atomic.AtomicInteger();
        Iterable<SourceEntry> stream = () -> java.util.stream.IntStream.rangeClosed(1, clusters)
                .mapToObj(i -> {
                    read.incrementAndGet();
                    return new SourceEntry(i, cluster("c" + i, REFERENCE), null);
                }).iterator();
        Evaluation.Report report;
        try (Evaluation evaluation = new Evaluation(new Newsum())) {
            report = evaluation.run("lead", stream, s -> {
                int n = Integer.parseInt(s.id().substring(1));
                mostAhead.accumulateAndGet(read.get() - n, Math::max);
                if (n == 7) {
                    throw new IllegalStateException("a bug cluster 7 ran into");
                }
                return Methods.byName("lead").orElseThrow();
            }, new Evaluation.Options(Budget.words(30), RougeOptions.STANDARD, 2), d -> { });
        }

        assertThat(report.results()).hasSize(clusters);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.results().get(6).error()).startsWith("internal error (java.lang.IllegalStateException: a bug");
        assertThat(mostAhead.get()).as("entries read ahead of the one being summarized").isLessThanOrEqualTo(8);
    }
}
