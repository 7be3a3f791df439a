package org.newsum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class NewsumExceptionTest {

    @Test
    void ioProblemsAreSaidInWords() {
        assertThat(NewsumException.reason(new java.nio.file.AccessDeniedException("/x/a.txt"))).isEqualTo("permission denied");
        assertThat(NewsumException.reason(new java.nio.file.NoSuchFileException("/x/a.txt"))).isEqualTo("no such file or folder");
        assertThat(NewsumException.reason(new java.nio.file.FileSystemException("/x/a.txt", null, "Is a directory")))
                .isEqualTo("is a directory");
        assertThat(NewsumException.reason(new IOException("Input/output error"))).isEqualTo("input/output error");
    }
}
