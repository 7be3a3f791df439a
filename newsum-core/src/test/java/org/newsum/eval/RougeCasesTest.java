package org.newsum.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.assertj.core.data.Offset;
import org.newsum.SharedData;

/**
 * Reproduces every score the official ROUGE-1.5.5 script printed for the shared test vectors
 * ({@code shared/data/rouge/cases.jsonl} beside the repository). Skipped where the shared data is absent;
 * see {@link SharedData} for CI.
 */
class RougeCasesTest {

    /** The script prints five decimals, and its F comes from the rounded R and P: within 0.00001. */
    private static final Offset<Double> TOLERANCE = Offset.offset(0.00001);

    @TestFactory
    Stream<DynamicTest> reproducesRouge155() throws IOException {
        Path cases = SharedData.require("data", "rouge", "cases.jsonl");
        ObjectMapper json = new ObjectMapper();
        Rouge rouge = new Rouge(RougeOptions.STANDARD);
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(cases)) {
            JsonNode c = json.readTree(line);
            tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> {
                List<String> system = strings(c.get("system"));
                List<List<String>> refs = new ArrayList<>();
                c.get("references").forEach(r -> refs.add(strings(r)));
                RougeScores scores = rouge.score(system, refs);
                c.get("rouge155").fields().forEachRemaining(e -> {
                    Score s = scores.get(e.getKey());
                    assertThat(s.r()).as(e.getKey() + " R").isCloseTo(e.getValue().get("r").asDouble(), TOLERANCE);
                    assertThat(s.p()).as(e.getKey() + " P").isCloseTo(e.getValue().get("p").asDouble(), TOLERANCE);
                    assertThat(s.f()).as(e.getKey() + " F").isCloseTo(e.getValue().get("f").asDouble(), TOLERANCE);
                });
            }));
        }
        SharedData.ran(tests.size(), cases.toString());
        return tests.stream();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
