package org.newsum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile inputs, generated here, run through the command line in-process: every one gets one clear
 * answer. No stack trace or internal error, no control character on stdout; a refused input exits 1 (a bad option
 * 2) with nothing on stdout and exactly one line on stderr naming it; a dataset gives one output per line.
 */
class HostileInputTest {

    @TempDir
    static Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY_1 = String.join("\n\n",
            "Gale closes the Orrin ferry for two days",
            "The ferry between Orrin and the outer islands stopped running on Thursday after a gale damaged the "
                    + "loading ramp at the north pier, the harbour office said.",
            "Engineers expect to repair the ramp by Saturday morning, when the first crossing is planned.",
            "About 600 travellers had booked seats for the two days, and the operator said every ticket would be "
                    + "refunded.",
            "\"Nobody will be left on the wrong island for long,\" harbour master Ines Varga said.",
            "Share this article");
    private static final String STORY_2 = String.join("\n\n",
            "Orrin ferry halted as storm wrecks pier ramp",
            "Skip to main content",
            "Ferries to the outer islands will not sail until Saturday because the gale broke the ramp at Orrin's "
                    + "north pier, the harbour office said on Thursday.",
            "Harbour master Ines Varga said engineers were working through the night.",
            "The operator said about 650 passengers would get their money back.");

    /** What a case must give. */
    enum Expect { SUMMARY, REFUSED, BAD_OPTION, BATCH, SUMMARY_OR_REFUSED }

    /**
     * One hostile input.
     *
     * @param names   what the one error line must name (a refusal)
     * @param code    the exit code of a batch
     * @param outputs the JSON lines a batch must print
     */
    record Case(String name, List<String> args, byte[] stdin, Expect expect, String names, int code, int outputs) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Pattern TRACE = Pattern.compile("(?m)\\tat |Exception|^Error:|internal error|out of memory|OutOfMemory");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F\\x80-\\x9F]");

    @TestFactory
    Stream<DynamicTest> everyHostileInputGetsOneClearAnswer() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, run(c))));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(Case c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream stdin = System.in;
        // The commands read System.in when they are made: give each case its own.
        System.setIn(new ByteArrayInputStream(c.stdin() == null ? new byte[0] : c.stdin()));
        try {
            var cli = NewsumCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = cli.execute(c.args().toArray(String[]::new));
            cli.getOut().flush();
            cli.getErr().flush();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(stdin);
        }
    }

    private static void check(Case c, Run r) {
        String what = c.name() + "\nstdout: " + abbreviate(r.out()) + "\nstderr: " + r.err();
        assertThat(TRACE.matcher(r.err()).find()).as(what).isFalse();
        assertThat(CONTROL.matcher(r.out()).find()).as("control characters on stdout: " + what).isFalse();
        switch (c.expect()) {
            case SUMMARY -> assertSummary(r, what);
            case REFUSED -> assertOneLine(r, 1, c.names(), what);
            case BAD_OPTION -> assertOneLine(r, 2, c.names(), what);
            case SUMMARY_OR_REFUSED -> {
                if (r.code() == 0) {
                    assertSummary(r, what);
                } else {
                    assertOneLine(r, 1, c.names(), what);
                }
            }
            case BATCH -> {
                assertThat(r.code()).as(what).isEqualTo(c.code());
                List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
                assertThat(lines).as("one output per input line: " + what).hasSize(c.outputs());
                for (String line : lines) {
                    assertThat(isJson(line)).as(line).isTrue();
                }
            }
        }
    }

    private static void assertSummary(Run r, String what) {
        assertThat(r.code()).as(what).isZero();
        assertThat(r.out()).as(what).isNotBlank();
    }

    private static void assertOneLine(Run r, int code, String names, String what) {
        assertThat(r.code()).as(what).isEqualTo(code);
        assertThat(r.out()).as("nothing on stdout: " + what).isEmpty();
        List<String> lines = r.err().lines().toList();
        assertThat(lines).as("one line on stderr: " + what).hasSize(1);
        assertThat(lines.get(0)).as(what).startsWith("newsum: ");
        if (names != null) {
            assertThat(lines.get(0).toLowerCase()).as(what).contains(names.toLowerCase());
        }
    }

    private static boolean isJson(String line) {
        try {
            JSON.readTree(line);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    // ---------------------------------------------------------------- the corpus

    private static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(12);
        Path good = Files.createDirectories(dir.resolve("good"));
        Files.writeString(good.resolve("1.txt"), STORY_1);
        Files.writeString(good.resolve("2.txt"), STORY_2);
        String g = good.toString();

        // Files that are not articles.
        refused(cases, "empty file", file("empty.txt", new byte[0]), "empty.txt");
        refused(cases, "white space only", file("blank.txt", " \n\t\r\n\f ".repeat(50)), "blank.txt");
        refused(cases, "only site furniture", file("furniture.txt", String.join("\n", Collections.nCopies(5,
                "Skip to main content\nShare this article\nAdvertisement\nSign up for our newsletter"))), "furniture");
        refused(cases, "one word", file("word.txt", "Ferry"), "word");
        refused(cases, "one giant word", file("giant.txt", "x".repeat(1 << 20)), "giant");
        refused(cases, "only punctuation", file("punct.txt", "!?.,;:()[]{}<>/|-_=+*&^%$#@~\n".repeat(100)), "punct");
        refused(cases, "only numbers", file("numbers.txt", numbers(random)), "numbers");
        refused(cases, "PDF named .txt", file("report.txt", "%PDF-1.4\nBT /F1 12 Tf (Hi) Tj ET\n%%EOF"), "a PDF document");
        refused(cases, "PNG", file("image.txt", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                bytes(random, 500))), "a PNG image");
        refused(cases, "gzip", file("packed.txt", gzip(STORY_1.getBytes(StandardCharsets.UTF_8))), "gzip");
        refused(cases, "zip", file("archive.txt", zip(STORY_1)), "zip");
        refused(cases, "ELF program", file("program.txt", concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0},
                bytes(random, 800))), "program");
        refused(cases, "random bytes", file("noise.txt", bytes(random, 20_000)), "binary data");
        refused(cases, "unclosed '<' flood", file("lt.html", "<html><body>" + "<".repeat(200_000)), "lt");
        refused(cases, "scripts only", file("scripts.html", "<html><body>" + "<script>x()</script>".repeat(2000)
                + "</body></html>"), "scripts");
        refused(cases, "a page of comments", file("comments.html", "<html><body>"
                + "<!-- The ferry stopped running on Thursday after the gale. -->".repeat(500)), "comments");

        // Encodings and characters: read, with nothing strange on stdout.
        summary(cases, "UTF-16LE with BOM", file("utf16le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                STORY_1.getBytes(StandardCharsets.UTF_16LE))), g);
        summary(cases, "UTF-16BE without BOM", file("utf16be.txt", STORY_2.getBytes(StandardCharsets.UTF_16BE)), g);
        summary(cases, "Latin-1", file("latin1.txt", (STORY_1.replace("\"", "") + "\nCafé owners were naïve.")
                .getBytes(StandardCharsets.ISO_8859_1)), g);
        summary(cases, "invalid and overlong UTF-8", file("bad-utf8.txt", replace(STORY_1, "ramp",
                new byte[] {'r', (byte) 0xC0, (byte) 0xAF, 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'm', 'p'})), g);
        summary(cases, "NUL and escape codes", file("controls.txt", STORY_1.replace("gale", "\u001b[31mgale\u0000\u0007")
                .replace("pier", "pier\u009b2J")), g, "--format", "markdown", "--explain", "--insights", "full");
        summary(cases, "bidi overrides and zero-width characters", file("bidi.txt", STORY_1
                .replace("Ines Varga", "\u202eagraV senI\u202c").replace("e", "e\u200b")), g, "--format", "html");
        summary(cases, "emoji sequences", file("emoji.txt", STORY_1.replace(".",
                " \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67.")), g, "--format", "json");
        summarizedOrRefused(cases, "a flood of combining marks", file("zalgo.txt",
                STORY_1.replace("ferry", "fe" + "\u0301\u0316".repeat(20_000) + "rry")), "--insights", "full");
        summary(cases, "absurd numbers with full insights", file("numbers-prose.txt", STORY_1 + "\n\nThe repair cost 1e308 "
                + "dollars, or $999,999,999,999,999,999,999, or " + "9".repeat(400) + " dollars, officials said."),
                g, "--insights", "full", "--format", "json");
        summary(cases, "deeply nested HTML", file("deep.html", "<html><body>" + "<div>".repeat(50_000)
                + "<p>" + STORY_1.replace("\n\n", "</p><p>") + "</p>" + "</div>".repeat(50_000)), g);
        summary(cases, "an entity flood", file("entities.html", "<html><body><p>" + "&amp;".repeat(50_000)
                + "&#0;&#xD800;&#99999999999;&bogus;</p><p>" + STORY_1.replace("\n\n", "</p><p>") + "</p>"), g);
        summary(cases, "markup in a file name, as HTML", file("<img src=x onerror=alert(1)>.txt", STORY_1), g,
                "--format", "html", "--explain");

        // Paths.
        refused(cases, "no such file", List.of("summarize", dir.resolve("missing.txt").toString()), "missing.txt");
        refused(cases, "an empty folder", List.of("summarize",
                Files.createDirectories(dir.resolve("hollow")).toString()), "hollow");
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(mixed.resolve("a.txt"), STORY_1);
        Files.write(mixed.resolve("b.txt"), new byte[0]);
        Files.write(mixed.resolve("c.txt"), bytes(random, 3000));
        Files.writeString(mixed.resolve("d.txt"), STORY_2);
        cases.add(new Case("a folder with empty and binary files", List.of("summarize", mixed.toString()), null,
                Expect.SUMMARY, null, 0, 0));
        Path loop = dir.resolve("loop-a");
        try {
            Files.createSymbolicLink(loop, dir.resolve("loop-b"));
            Files.createSymbolicLink(dir.resolve("loop-b"), loop);
            refused(cases, "a symbolic link loop", List.of("summarize", loop.toString()), "loop");
        } catch (UnsupportedOperationException | IOException e) {
            // no symbolic links here
        }

        // Standard input.
        cases.add(new Case("empty standard input", List.of("summarize", "-"), new byte[0], Expect.REFUSED,
                "standard input", 0, 0));
        cases.add(new Case("binary standard input", List.of("summarize", "-"), bytes(random, 4000), Expect.REFUSED,
                "standard input", 0, 0));
        cases.add(new Case("JSON on standard input that is not a cluster", List.of("summarize", "-"),
                "{\"headline\": 1}".getBytes(StandardCharsets.UTF_8), Expect.REFUSED, "standard input", 0, 0));

        // Options.
        badOption(cases, "--words 0", "--words", g, "--words", "0");
        badOption(cases, "--words -1", "--words", g, "--words", "-1");
        badOption(cases, "--words not a number", "--words", g, "--words", "ten");
        badOption(cases, "--words past an int", "--words", g, "--words", "99999999999");
        badOption(cases, "two budget units", "--words", g, "--words", "5", "--chars", "9");
        badOption(cases, "an unknown format", "xml", g, "--format", "xml");
        badOption(cases, "an unknown method", "nope", g, "--method", "nope");
        badOption(cases, "an unknown insight level", "lots", g, "--insights", "lots");
        badOption(cases, "--max-file-mb 0", "--max-file-mb", g, "--max-file-mb", "0");
        summary(cases, "a method name in capitals", g, "--method", "LEAD");
        for (String method : org.newsum.Newsum.methods().stream().map(org.newsum.model.Method::name).toList()) {
            cases.add(new Case("method " + method + " with a budget of 1 word", List.of("summarize", g, "--method",
                    method, "--words", "1"), null, Expect.SUMMARY_OR_REFUSED, "nothing to summarize", 0, 0));
        }

        // URLs, refused before any connection.
        refused(cases, "a URL with a port out of range", List.of("summarize", "http://127.0.0.1:99999/x"), "99999");
        refused(cases, "a URL with a password", List.of("summarize", "http://reader:secret@127.0.0.1:9/x"),
                "password");
        refused(cases, "a URL without a host", List.of("summarize", "http://"), "http://");

        // Datasets: one output per line.
        String story1 = JSON.writeValueAsString(STORY_1);
        String story2 = JSON.writeValueAsString(STORY_2);
        String goodLine = "{\"id\": \"ferry\", \"documents\": [" + story1 + ", " + story2 + "]}";
        List<String> lines = List.of(goodLine, "{\"id\": \"cut\", \"documents\": [\"unclosed", "{\"id\": \"none\"}",
                "[]", "null", "{\"id\": {\"x\": 1}, \"documents\": [\"a\"]}", "{\"id\": \"deep\", \"documents\": "
                        + "[".repeat(5000) + "]".repeat(5000) + "}", "{\"documents\": [1, 2]}",
                "{\"id\": \"nan\", \"documents\": [NaN]}", goodLine.replace("ferry", "ferry-2"));
        cases.add(new Case("a dataset with bad lines among good ones", List.of("summarize", file("mixed.jsonl",
                String.join("\n", lines) + "\n").get(1), "--format", "json"), null, Expect.BATCH, null,
                ExitCodes.SOME_FAILED, lines.size()));
        cases.add(new Case("a dataset of bad lines only", List.of("summarize", file("bad.jsonl", "{\n[]\nnull\n")
                .get(1), "--format", "json"), null, Expect.BATCH, null, ExitCodes.INPUT, 3));
        refused(cases, "a UTF-16 dataset", List.of("summarize", file("wide.jsonl", (goodLine + "\n")
                .getBytes(StandardCharsets.UTF_16)).get(1)), "UTF-16");
        refused(cases, "a dataset of random bytes", List.of("summarize", file("noise.jsonl", bytes(random, 5000))
                .get(1)), "noise.jsonl");
        refused(cases, "an empty dataset", List.of("summarize", file("nothing.jsonl", new byte[0]).get(1)),
                "nothing.jsonl");
        cases.add(new Case("control characters in a dataset, as text", List.of("summarize", file("controls.jsonl",
                goodLine.replace("gale", "\\u001b[2Jgale\\u0000").replace("ferry", "fe\\u009brry") + "\n").get(1)),
                null, Expect.SUMMARY, null, 0, 0));

        // The other commands.
        refused(cases, "extract of a binary file", List.of("extract", file("x.html", bytes(random, 3000)).get(1)),
                "x.html");
        cases.add(new Case("eval of bad lines only", List.of("eval", "--data", file("bad2.jsonl", "{\nnull\n").get(1),
                "--method", "lead", "--threads", "1"), null, Expect.BATCH, null, ExitCodes.INPUT, 0));
        Path sys = Files.createDirectories(dir.resolve("rouge-sys"));
        Path ref = Files.createDirectories(dir.resolve("rouge-ref"));
        String endless = String.join(" ", Collections.nCopies(9_000, "gale")) + "\n";
        Files.writeString(sys.resolve("d1"), endless);
        Files.writeString(ref.resolve("d1.A"), endless);
        refused(cases, "rouge of two endless sentences", List.of("rouge", sys.toString(), ref.toString()), "d1");
        return cases;
    }

    private static void refused(List<Case> cases, String name, List<String> args, String names) {
        cases.add(new Case(name, args, null, Expect.REFUSED, names, 0, 0));
    }

    private static void summary(List<Case> cases, String name, List<String> file, String other, String... options) {
        List<String> args = new ArrayList<>(file);
        args.add(other);
        args.addAll(List.of(options));
        cases.add(new Case(name, args, null, Expect.SUMMARY, null, 0, 0));
    }

    private static void summary(List<Case> cases, String name, String path, String... options) {
        List<String> args = new ArrayList<>(List.of("summarize", path));
        args.addAll(List.of(options));
        cases.add(new Case(name, args, null, Expect.SUMMARY, null, 0, 0));
    }

    private static void summarizedOrRefused(List<Case> cases, String name, List<String> file, String... options) {
        List<String> args = new ArrayList<>(file);
        args.addAll(List.of(options));
        cases.add(new Case(name, args, null, Expect.SUMMARY_OR_REFUSED, null, 0, 0));
    }

    private static void badOption(List<Case> cases, String name, String names, String path, String... options) {
        List<String> args = new ArrayList<>(List.of("summarize", path));
        args.addAll(List.of(options));
        cases.add(new Case(name, args, null, Expect.BAD_OPTION, names, 0, 0));
    }

    /** {@code summarize FILE} for a file of these bytes. */
    private static List<String> file(String name, byte[] bytes) throws IOException {
        return List.of("summarize", Files.write(dir.resolve(name), bytes).toString());
    }

    private static List<String> file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String numbers(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            s.append(random.nextInt(1_000_000_000)).append('\n');
        }
        return s.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] replace(String text, String word, byte[] with) {
        int at = text.indexOf(word);
        byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(at + word.length()).getBytes(StandardCharsets.UTF_8);
        return concat(concat(before, with), after);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] zip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
