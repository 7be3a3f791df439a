package org.newsum.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The repository around the tests, and the {@code newsum} command built in it. */
final class Repository {

    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("examples").resolve("stream.jsonl"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** newsum-app's jar, when the build has packaged it (mvn verify from the root does, before this module). */
    static Path newsumJar() {
        return root().resolve("newsum-app").resolve("target").resolve("newsum.jar");
    }

    /** The standard output of {@code java -jar newsum.jar ARGS}, which must exit 0 or 3 (some lines failed). */
    static List<String> newsum(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", newsumJar().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("newsum " + args[0] + " did not finish");
        }
        if (p.exitValue() != 0 && p.exitValue() != 3) {
            throw new IllegalStateException("newsum " + String.join(" ", args) + " exited " + p.exitValue());
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private Repository() {
    }
}
