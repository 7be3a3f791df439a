package org.newsum.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.model.Reason;
import org.newsum.Newsum;
import org.newsum.SharedData;
import org.newsum.model.IngestLimits;
import org.newsum.ingest.SourceReader;
import org.newsum.model.Brief;
import org.newsum.model.Budget;
import org.newsum.model.Entity;
import org.newsum.model.Figure;
import org.newsum.model.Insights;
import org.newsum.model.Quote;
import org.newsum.model.Removal;
import org.newsum.model.Source;

/**
 * The acceptance checks on the shared example cluster, when it is there (it is not part of the
 * repository, so the test skips without it). Asserts names and counts only, never the articles' text.
 */
class SeedsInsightTest {

    /** Removed lines that may hold a name an entity rightly has: a headline, a teaser, a caption, a share line. */
    private static final java.util.Set<Reason> KEPT_NAMES = java.util.EnumSet.of(Reason.TITLE, Reason.HEADLINE,
            Reason.TEASER, Reason.TEASER_LIST, Reason.HEADING, Reason.BARE_HEADING, Reason.PHOTO_CAPTION, Reason.PHOTO_GALLERY,
            Reason.SHARE_PROMPT);

    static Brief brief() throws Exception {
        Path seeds = SharedData.require("seeds");
        Source source = new SourceReader(IngestLimits.DEFAULT).read(List.of(seeds.toString()), System.in).get(0);
        return new Newsum().summarize(source, new Newsum.Options(Budget.words(100), Newsum.defaultMethod(),
                Insights.Level.FULL));
    }

    static Insights insights() throws Exception {
        return brief().insights();
    }

    @Test
    void theMostWidelyCarriedQuoteIsTillersonsWithAllItsArticles() throws Exception {
        List<Quote> quotes = insights().quotes();
        Quote first = quotes.get(0);
        assertThat(first.speaker()).isEqualTo("Rex Tillerson");
        assertThat(first.articles()).hasSize(3);
        assertThat(quotes).allMatch(q -> q.articles().size() <= first.articles().size());
    }

    @Test
    void theDeathTollIsOneDisputedFigureAndTheMissilesOneAgreedFigure() throws Exception {
        List<Figure> figures = insights().figures();
        List<Figure> tolls = figures.stream().filter(f -> f.measure().equals("people killed")).toList();
        assertThat(tolls).singleElement().satisfies(f -> {
            assertThat(f.disputed()).isTrue();
            assertThat(f.articles()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(f.values()).extracting(Figure.Value::reading).contains("87", "at least 89", "more than 80");
        });
        List<Figure> missiles = figures.stream().filter(f -> f.measure().contains("missiles")).toList();
        assertThat(missiles).singleElement().satisfies(f -> {
            assertThat(f.disputed()).isFalse();
            assertThat(f.values()).singleElement().satisfies(v -> assertThat(v.low()).isEqualTo(59));
            assertThat(f.articles()).hasSizeGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void thePrincipalsAreTopEntitiesAndNoSiteOrBylineIs() throws Exception {
        Brief brief = brief();
        List<Entity> entities = brief.insights().entities();
        List<String> top = entities.stream().limit(12).map(Entity::name).toList();
        assertThat(top).contains("Rex Tillerson", "Vladimir Putin", "Donald Trump", "Bashar al-Assad");
        assertThat(top).anyMatch(n -> n.matches("Serge[iy] Lavrov"));
        assertThat(entities.stream().filter(e -> e.name().contains("Lavrov"))).hasSize(1);
        // no byline, credit or lone name the cleaner removed is an entity, and no month or weekday is
        for (Entity e : entities) {
            assertThat(brief.removals()).noneMatch(r -> r.scope() == Removal.Scope.LINE
                    && r.text().contains(e.name()) && !KEPT_NAMES.contains(r.reason()));
            assertThat(e.name()).doesNotMatch(".*(day|April|January)$");
        }
        assertThat(top).allMatch(n -> entities.stream().filter(e -> e.name().equals(n))
                .allMatch(e -> e.articles() >= 2));
    }
}
