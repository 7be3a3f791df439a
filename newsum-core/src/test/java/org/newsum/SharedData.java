package org.newsum;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where tests find the shared data folder: {@code shared/} beside the repository root (the directory
 * holding {@code .git}, else the top of the chain of {@code pom.xml} directories), found from wherever the
 * test runs, or the folder named by the system property {@code newsum.shared}. Without the folder a data
 * test is skipped; on CI ({@code CI=true}) with the folder there, a data test that finds nothing to run fails
 * instead, so that the vectors can never pass by running zero cases.
 */
public final class SharedData {

    private SharedData() {
    }

    /** A path inside the shared folder, whether or not it exists (a placeholder path when there is no folder). */
    public static Path path(String first, String... more) {
        Path root = folder().orElse(Path.of("(no shared folder)"));
        return root.resolve(Path.of(first, more));
    }

    /** The file or folder inside the shared folder, or the test is skipped (failed on CI, see the class). */
    public static Path require(String first, String... more) {
        Path p = path(first, more);
        if (!Files.exists(p)) {
            zeroCases("no " + p);
        }
        return p;
    }

    /** Fails (on CI with the shared folder there) or skips a data test that found {@code cases} cases, when zero. */
    public static int ran(int cases, String what) {
        if (cases == 0) {
            zeroCases(what + ": zero cases");
        }
        return cases;
    }

    private static void zeroCases(String why) {
        switch (verdict(onCi(), folder().isPresent())) {
            case FAIL -> fail(why + " although the shared folder " + folder().get() + " is there (CI=true)");
            case SKIP -> abort(why + " (shared data is optional outside CI)");
        }
    }

    /** What a data test that ran zero cases comes to. */
    enum Verdict { SKIP, FAIL }

    static Verdict verdict(boolean onCi, boolean sharedFolderExists) {
        return onCi && sharedFolderExists ? Verdict.FAIL : Verdict.SKIP;
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The shared folder for this run, if there is one. */
    public static Optional<Path> folder() {
        String override = System.getProperty("newsum.shared");
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override).toAbsolutePath().normalize();
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        return repositoryRoot(Path.of("").toAbsolutePath()).map(root -> root.resolveSibling("shared"))
                .filter(Files::isDirectory);
    }

    /**
     * The repository root above {@code start} (inclusive): the nearest directory holding {@code .git}, else
     * the topmost directory of the unbroken chain of {@code pom.xml} directories from the nearest one up.
     */
    static Optional<Path> repositoryRoot(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return Optional.of(d);
            }
        }
        Path top = null;
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml"))) {
                top = d;
            } else if (top != null) {
                break;
            }
        }
        return Optional.ofNullable(top);
    }
}
