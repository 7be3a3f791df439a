package org.newsum.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.Budget;
import org.newsum.model.Entity;
import org.newsum.model.Figure;
import org.newsum.model.Insights;
import org.newsum.model.Quote;
import org.newsum.model.Source;
import org.newsum.model.Support;

class InsightAnalyzerTest {

    // An invented event: a ferry capsizes off an invented port; the sources differ on the toll, agree
    // on the lifeboats, and carry the governor's words with small differences.
    static final String A1 = String.join("\n",
            "The ferry Aurel Star capsized in a storm off Portavel on Sunday, killing 41 people, the coast guard said.",
            "",
            "The crew launched 12 lifeboats before the ship went down, according to rescuers.",
            "",
            "“We will not rest until every family has answers,” said Governor Mara Velden.",
            "",
            "Captain Ilyas Orrin, who survived, told investigators the cargo had shifted.",
            "",
            "Velden said the port would stay closed for three days.");
    static final String A2 = String.join("\n",
            "At least 45 people died when the Aurel Star ferry overturned near Portavel on Sunday night.",
            "",
            "Rescuers said the crew launched 12 lifeboats in heavy seas.",
            "",
            "Governor Mara Velden spoke to families at the harbour. \"We will not rest until each family has answers\", Velden said.",
            "",
            "Orrin said the cargo had shifted in the storm.");
    static final String A3 = String.join("\n",
            "The sinking of the Aurel Star off Portavel left 42 deaths, officials in Norway said on Monday.",
            "",
            "Survivors said the crew launched twelve lifeboats before the ferry sank.",
            "",
            "Velden said: “We will not rest until every family has answers.”",
            "",
            "Ilias Orrin, the ship's captain, said the cargo had shifted.");
    static final String A4 = String.join("\n",
            "More than 40 people were killed when a ferry capsized off Portavel, Norway, on Sunday.",
            "",
            "The governor called the disaster “a dark day” for the region.",
            "",
            "The company that owns the ship said it would pay for the funerals.");

    static Brief brief(Insights.Level level) {
        Source source = new Source("ferry", List.of(Article.ofText("1", "one.txt", A1), Article.ofText("2", "two.txt", A2),
                Article.ofText("3", "three.txt", A3), Article.ofText("4", "four.txt", A4)), List.of(), List.of());
        return new Newsum().summarize(source, new Newsum.Options(Budget.words(60), Newsum.defaultMethod(), level));
    }

    @Test
    void noneComputesNothing() {
        assertThat(brief(Insights.Level.NONE).insights()).isEqualTo(Insights.NONE);
    }

    @Test
    void supportNamesEveryArticleThatCarriesASentence() {
        Insights insights = brief(Insights.Level.FULL).insights();
        assertThat(insights.support()).isNotEmpty();
        for (Support s : insights.support()) {
            assertThat(s.singleSource()).isEqualTo(s.articles().size() == 1);
            assertThat(s.articles().get(0)).isNotBlank();
        }
        // the lifeboat sentence is carried by the two articles that word it alike (the third's "twelve lifeboats
        // before the ferry sank" shares too little), the captain's account by all three, the toll by its own only
        assertThat(insights.support()).filteredOn(s -> s.text().contains("lifeboats")).singleElement()
                .satisfies(s -> assertThat(s.articles()).containsExactlyInAnyOrder("1", "2"));
        assertThat(insights.support()).filteredOn(s -> s.text().contains("cargo")).singleElement()
                .satisfies(s -> assertThat(s.articles()).containsExactlyInAnyOrder("1", "2", "3"));
        assertThat(insights.support()).filteredOn(s -> s.text().contains("41 people")).singleElement()
                .satisfies(s -> assertThat(s.singleSource()).isTrue());
    }

    @Test
    void theWidelyCarriedQuoteComesFirstWithItsSpeakerAndAllItsArticles() {
        Quote first = brief(Insights.Level.FULL).insights().quotes().get(0);
        assertThat(first.text()).startsWith("We will not rest until");
        assertThat(first.speaker()).isEqualTo("Mara Velden");
        assertThat(first.partial()).isFalse();
        assertThat(first.articles()).containsExactly("1", "2", "3");
    }

    @Test
    void aQuoteMentionIsTheBodyTextAtItsOffsets() {
        // The quotation "We will not rest ... answers," ends in a comma inside the marks, which the quote's text leaves out.
        Brief brief = brief(Insights.Level.FULL);
        java.util.Map<String, String> bodies = new java.util.HashMap<>();
        brief.articles().forEach(a -> bodies.put(a.id(), a.text()));
        List<org.newsum.model.Mention> mentions = brief.insights().quotes().stream()
                .flatMap(q -> q.mentions().stream()).toList();
        assertThat(mentions).isNotEmpty().allSatisfy(m ->
                assertThat(bodies.get(m.articleId()).substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void aFragmentIsKeptApartFromFullQuotes() {
        List<Quote> quotes = brief(Insights.Level.FULL).insights().quotes();
        assertThat(quotes).filteredOn(q -> q.text().equals("a dark day")).singleElement()
                .satisfies(q -> assertThat(q.partial()).isTrue());
    }

    @Test
    void theDisputedTollIsOneFigureWithEachValueAndItsSource() {
        List<Figure> figures = brief(Insights.Level.FULL).insights().figures();
        Figure toll = figures.get(0);
        assertThat(toll.disputed()).isTrue();
        assertThat(toll.measure()).isEqualTo("people killed");
        assertThat(toll.values()).extracting(Figure.Value::reading)
                .containsExactly("more than 40", "41", "42", "at least 45");
        assertThat(toll.values()).extracting(v -> v.articles().get(0)).containsExactly("4", "1", "3", "2");
    }

    @Test
    void theAgreedCountIsOneUndisputedFigureReadFromDigitsAndWords() {
        Figure lifeboats = brief(Insights.Level.FULL).insights().figures().stream()
                .filter(f -> f.measure().contains("lifeboats")).findFirst().orElseThrow();
        assertThat(lifeboats.disputed()).isFalse();
        assertThat(lifeboats.values()).singleElement().satisfies(v -> {
            assertThat(v.low()).isEqualTo(12);
            assertThat(v.articles()).containsExactly("1", "2", "3");
        });
        // "three days" is the port's closure in one article only: not a figure the sources share
        assertThat(brief(Insights.Level.FULL).insights().figures()).noneMatch(f -> f.measure().contains("days"));
    }

    @Test
    void entitiesHaveTheFullestNameAliasesAndArticleCounts() {
        List<Entity> entities = brief(Insights.Level.FULL).insights().entities();
        Entity velden = entities.stream().filter(e -> e.name().equals("Mara Velden")).findFirst().orElseThrow();
        assertThat(velden.type()).isEqualTo(Entity.Type.PERSON);
        assertThat(velden.aliases()).contains("Velden");
        assertThat(velden.articles()).isEqualTo(3);
        Entity orrin = entities.stream().filter(e -> e.name().endsWith("Orrin")).findFirst().orElseThrow();
        assertThat(orrin.aliases()).contains("Orrin").containsAnyOf("Ilias Orrin", "Ilyas Orrin");
        assertThat(orrin.articles()).isEqualTo(3);
        Entity portavel = entities.stream().filter(e -> e.name().equals("Portavel")).findFirst().orElseThrow();
        assertThat(portavel.type()).isEqualTo(Entity.Type.PLACE);
        assertThat(portavel.articles()).isEqualTo(4);
        assertThat(entities).extracting(Entity::name).contains("Norway")
                .doesNotContain("Sunday", "Monday", "The", "Survivors", "Rescuers", "More");
    }

    @Test
    void abbreviatedPlaceNamesPluralPossessivesAndNumberedPartsReadAsWholes() {
        String a = "Nine crew were taken to St. Wendel's Hospital after the ferry docked at Pier 4, "
                + "the Portavel Boatmen's Guild said.\n\nThe Portavel Dockhands' Union said it would help the families.";
        String b = "The injured were treated at St. Wendel's Hospital, near Pier 4 in Portavel, "
                + "officials said.\n\nThe Portavel Dockhands' Union and the Portavel Boatmen's Guild asked for an inquiry.";
        Source source = new Source("names", List.of(Article.ofText("1", "a.txt", a), Article.ofText("2", "b.txt", b)),
                List.of(), List.of());
        List<String> names = new Newsum().summarize(source, new Newsum.Options(Budget.words(60),
                Newsum.defaultMethod(), Insights.Level.FULL)).insights().entities().stream().map(Entity::name).toList();

        assertThat(names).contains("St. Wendel Hospital", "Portavel Dockhands Union", "Portavel Boatmen Guild")
                .doesNotContain("St", "St.", "Wendel", "Pier", "Union", "Guild");
    }
}
