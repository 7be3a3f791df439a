package org.newsum.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.model.IngestLimits;
import org.newsum.model.SourceEntry;

/**
 * Seeded random datasets of good and hostile lines (malformed JSON, wrong types, byte-order marks, lines over the
 * limit, invalid UTF-8, blank lines, CRLF, deep nesting), plain and gzipped: the reader gives exactly one entry per
 * non-blank line, in order, each a cluster or an error naming its line, and never throws.
 */
class JsonLinesReaderInvariantTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LINE_BYTES = 4096;
    private static final int MAX_ARTICLES = 5;
    private static final String[] WORDS = {"harbour", "council", "ferry", "tram", "storm", "said", "on", "Monday", "the",
        "a", "repairs", "will", "cost", "million", "café", "naïve", "東京", "🚢", "\"quoted\"", "back\\slash", "tab\tin"};

    @TempDir
    Path dir;

    /** What a generated line should give: nothing (blank), a cluster with this id, or an error. */
    private record Expected(boolean blank, String id) {
    }

    @Test
    void everyNonBlankLineGivesOneEntryNamingItsLine() throws Exception {
        JsonLinesReader reader = new JsonLinesReader(new IngestLimits(MAX_LINE_BYTES, MAX_ARTICLES));
        for (long seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            List<Expected> expected = new ArrayList<>();
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            int lines = 1500;
            for (int n = 1; n <= lines; n++) {
                expected.add(writeLine(random, n, data));
                if (n < lines || random.nextBoolean()) {
                    data.writeBytes(random.nextInt(4) == 0 ? "\r\n".getBytes(UTF_8) : "\n".getBytes(UTF_8));
                }
            }
            boolean gzip = seed % 2 == 0;
            Path file = dir.resolve("random-" + seed + (gzip ? ".jsonl.gz" : ".jsonl"));
            try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
                out.write(data.toByteArray());
            }

            List<SourceEntry> entries = assertDoesNotThrow(() -> {
                try (Stream<SourceEntry> s = reader.entries(file)) {
                    return s.toList();
                }
            }, "seed " + seed);

            List<Integer> nonBlank = new ArrayList<>();
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).blank()) {
                    nonBlank.add(i + 1);
                }
            }
            assertThat(entries).as("seed %d", seed).extracting(SourceEntry::line).containsExactlyElementsOf(nonBlank);
            for (SourceEntry e : entries) {
                Expected x = expected.get(e.line() - 1);
                String where = "seed " + seed + ", line " + e.line();
                assertThat(e.source() == null).as(where).isNotEqualTo(e.error() == null);
                if (x.id() != null) {
                    assertThat(e.error()).as(where).isNull();
                    assertThat(e.source().id()).as(where).isEqualTo(x.id());
                    assertThat(e.source().articles()).as(where).isNotEmpty().hasSizeLessThanOrEqualTo(MAX_ARTICLES);
                } else {
                    assertThat(e.error()).as(where).startsWith(file + ":" + e.line() + ": ");
                }
            }
        }
    }

    private static Expected writeLine(Random random, int n, ByteArrayOutputStream out) throws IOException {
        int kind = random.nextInt(100);
        if (kind < 40) { // a good cluster, a fifth of them after a byte-order mark
            String id = "c" + n;
            if (random.nextInt(5) == 0) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            Map<String, Object> cluster = goodCluster(random, id);
            out.writeBytes(JSON.writeValueAsBytes(cluster));
            return new Expected(false, cluster.containsKey("id") ? id : "line-" + n);
        }
        if (kind < 50) { // blank: empty, spaces, tabs, a lone BOM
            String[] blanks = {"", " ", "   ", "\t", " \t ", "\uFEFF", "\uFEFF  "};
            out.writeBytes(blanks[random.nextInt(blanks.length)].getBytes(UTF_8));
            return new Expected(true, null);
        }
        byte[] bad;
        if (kind < 60) { // truncated JSON: every proper prefix of an object is malformed
            byte[] good = JSON.writeValueAsBytes(goodCluster(random, "t" + n));
            bad = java.util.Arrays.copyOf(good, 1 + random.nextInt(good.length - 1));
        } else if (kind < 70) { // the wrong shape or types
            String[] wrong = {"[]", "{}", "null", "42", "\"text\"", "[\"a\", \"b\"]", "{\"documents\": 3}",
                "{\"documents\": \"one string\"}", "{\"documents\": []}", "{\"documents\": [42]}",
                "{\"documents\": [null]}", "{\"documents\": [{\"title\": \"no text\"}]}", "{\"documents\": [[\"x\"]]}",
                "{\"documents\": [{\"text\": 17}]}", "{\"id\": {\"a\": 1}, \"documents\": [\"x\"]}",
                "{\"documents\": [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\"]}",
                "{\"documents\": [\"a ||||| b ||||| c ||||| d ||||| e ||||| f\"]}", "{\"articles\": [\"x\"]}"};
            bad = wrong[random.nextInt(wrong.length)].getBytes(UTF_8);
        } else if (kind < 78) { // longer than the limit, though valid JSON
            Map<String, Object> big = goodCluster(random, "big" + n);
            big.put("documents", List.of("word ".repeat(MAX_LINE_BYTES / 5 + 1 + random.nextInt(3 * MAX_LINE_BYTES))));
            bad = JSON.writeValueAsBytes(big);
        } else if (kind < 86) { // invalid UTF-8 somewhere in a good line
            byte[] good = JSON.writeValueAsBytes(goodCluster(random, "u" + n));
            byte[][] invalid = {{(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}};
            byte[] insert = invalid[random.nextInt(invalid.length)];
            int at = random.nextInt(good.length + 1);
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.write(good, 0, at);
            b.writeBytes(insert);
            b.write(good, at, good.length - at);
            bad = b.toByteArray();
        } else if (kind < 93) { // printable garbage, never blank
            StringBuilder g = new StringBuilder().append((char) ('!' + random.nextInt(94)));
            for (int i = random.nextInt(60); i > 0; i--) {
                g.append((char) (' ' + random.nextInt(95)));
            }
            if (g.toString().matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
                g.append('x'); // a bare number is JSON too, and a fine error, but keep the garbage garbage
            }
            bad = g.toString().getBytes(UTF_8);
        } else { // deep nesting, control characters, joined objects, NUL
            String[] odd = {"[".repeat(5000) + "]".repeat(5000), "{\"documents\": [\"raw\u0001control\"]}",
                "{\"documents\": [\"a\"]} {\"documents\": [\"b\"]}", "\u0000", "{\"documents\": [\"x\"]",
                "{\"documents\": [\"x\"]}}", "{\"documents\": [\"\\ud800 lone surrogate escape\"], \"id\": []}"};
            bad = odd[random.nextInt(odd.length)].getBytes(UTF_8);
        }
        out.writeBytes(bad);
        return new Expected(false, null);
    }

    private static Map<String, Object> goodCluster(Random random, String id) {
        Map<String, Object> cluster = new LinkedHashMap<>();
        if (random.nextInt(10) > 0) {
            cluster.put("id", id);
        }
        List<Object> documents = new ArrayList<>();
        for (int d = 1 + random.nextInt(3); d > 0; d--) {
            String text = sentence(random);
            if (random.nextBoolean()) {
                documents.add(text);
            } else {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put(random.nextInt(4) == 0 ? "html" : "text", random.nextInt(4) == 0 ? "<p>" + text + "</p>" : text);
                if (random.nextBoolean()) {
                    doc.put("title", sentence(random));
                }
                documents.add(doc);
            }
        }
        cluster.put("documents", documents);
        if (random.nextBoolean()) {
            cluster.put("summaries", List.of(sentence(random)));
        }
        return cluster;
    }

    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder();
        for (int w = 3 + random.nextInt(30); w > 0; w--) {
            s.append(WORDS[random.nextInt(WORDS.length)]).append(w > 1 ? " " : ".");
        }
        return s.toString();
    }
}
