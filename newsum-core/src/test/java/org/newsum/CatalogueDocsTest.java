package org.newsum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.newsum.model.Code;
import org.newsum.model.Notice;
import org.newsum.model.Reason;

/** The README's tables of reasons and notices are the catalogue, code for code and word for word. */
class CatalogueDocsTest {

    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([RNQ]\\d{3})` \\| (.*) \\|$");

    @Test
    void readmeListsEveryCodeWithItsTemplate() throws Exception {
        Path readme = SharedData.repositoryRoot(Path.of("")).orElseThrow().resolve("README.md");
        Matcher m = ROW.matcher(Files.readString(readme));
        List<String> documented = new ArrayList<>();
        while (m.find()) {
            documented.add(m.group(1) + " " + m.group(2).replace("\\|", "|"));
        }
        List<String> catalogue = Stream.of(Stream.of(Reason.values()), Stream.of(Notice.Kind.values()),
                        Stream.of(org.newsum.model.Unattributed.values())).flatMap(s -> s)
                .map(c -> (Code) c).map(c -> c.code() + " " + c.template()).toList();
        assertThat(documented).containsExactlyElementsOf(catalogue);
    }
}
