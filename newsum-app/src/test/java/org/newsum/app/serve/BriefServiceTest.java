package org.newsum.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.FetchOptions;
import org.newsum.model.Notice;

/** A parsed request read and summarized: what the service does with text that is not text. */
class BriefServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROSE = "The ferry to the outer islands will run twice a day from Monday, the harbour"
            + " office said, after the new pier passed its inspection.";

    private final BriefRequestParser parser = new BriefRequestParser(ServiceLimits.DEFAULT);
    private final BriefService service = new BriefService(ServiceLimits.DEFAULT, FetchOptions.DEFAULT);

    @AfterEach
    void close() {
        service.close();
    }

    private Brief brief(Object body) throws Exception {
        BriefRequest request = parser.parse(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
        try {
            return service.brief(request).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Test
    void binaryDataInATextOrHtmlFieldIsRefusedNamingTheField() {
        StringBuilder noise = new StringBuilder();
        Random random = new Random(5);
        for (int i = 0; i < 3000; i++) {
            noise.append((char) random.nextInt(256));
        }
        assertThatThrownBy(() -> brief(Map.of("articles", List.of(Map.of("text", PROSE),
                Map.of("html", noise.toString())))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.field()).isEqualTo("articles[1].html");
                })
                .hasMessageStartingWith("articles[1].html: binary data (");
    }

    @Test
    void controlCharactersAreRemovedFromTextsAndNamesWithANotice() throws Exception {
        Brief brief = brief(Map.of("id", "ferry\u001b[2J", "articles", List.of(Map.of(
                "text", "\u001b[31m" + PROSE + "\u0007", "title", "Ferry\u0000 times", "source", "wire\u009b"))));

        Article article = brief.articles().get(0);
        assertThat(article.text()).isEqualTo("[31m" + PROSE);
        assertThat(article.title()).isEqualTo("Ferry times");
        assertThat(article.source()).isEqualTo("wire");
        assertThat(brief.id()).isEqualTo("ferry[2J");
        assertThat(brief.notices()).startsWith(Notice.controlsRemoved("articles[0].text", 2));
    }
}
