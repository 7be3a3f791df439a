package org.newsum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedDataTest {

    @Test
    void theRootIsTheDirectoryHoldingGitWhereverTheTestRuns(@TempDir Path tmp) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("clone"));
        Files.createDirectory(root.resolve(".git"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path module = Files.createDirectories(root.resolve("newsum-core"));
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        Path deep = Files.createDirectories(module.resolve("target/test-classes"));

        assertThat(SharedData.repositoryRoot(module)).contains(root);
        assertThat(SharedData.repositoryRoot(deep)).contains(root);
        assertThat(SharedData.repositoryRoot(root)).contains(root);
    }

    @Test
    void withoutGitTheRootIsTheTopOfThePomChain(@TempDir Path tmp) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("unpacked"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path module = Files.createDirectories(root.resolve("newsum-app"));
        Files.writeString(module.resolve("pom.xml"), "<project/>");

        assertThat(SharedData.repositoryRoot(module)).contains(root);
        assertThat(SharedData.repositoryRoot(tmp)).isEmpty();
    }

    @Test
    void zeroCasesFailOnlyOnCiWithTheSharedFolderThere() {
        assertThat(SharedData.verdict(true, true)).isEqualTo(SharedData.Verdict.FAIL);
        assertThat(SharedData.verdict(true, false)).isEqualTo(SharedData.Verdict.SKIP);
        assertThat(SharedData.verdict(false, true)).isEqualTo(SharedData.Verdict.SKIP);
        assertThat(SharedData.verdict(false, false)).isEqualTo(SharedData.Verdict.SKIP);
    }

    @Test
    void thisRepositoryIsFoundFromTheModule() {
        // Surefire runs in the module folder; the root is one level up, whatever the clone is called.
        Path here = Path.of("").toAbsolutePath();
        assertThat(SharedData.repositoryRoot(here)).hasValueSatisfying(root -> {
            assertThat(root.resolve("pom.xml")).isRegularFile();
            assertThat(root.resolve("newsum-core")).isDirectory();
        });
    }
}
