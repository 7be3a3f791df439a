package org.newsum.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.model.Cluster;
import org.newsum.model.Entity;

class EntityFinderTest {

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + entities));
    }

    @Test
    void aFullNameAndItsSurnameAreOnePersonNamedInEveryArticle() {
        Cluster c = InsightFixtures.cluster(
                "Teodor Vasko opened the new lighthouse at Brenholm on Friday. Vasko said the light would guide ferries.",
                "The lighthouse keeper, Teodor Vasko, told visitors the lamp came from a closed mine.",
                "Vasko warned that the cliff path stays shut until spring.");
        Entity vasko = named(new EntityFinder().find(c), "Teodor Vasko");
        assertThat(vasko.type()).isEqualTo(Entity.Type.PERSON);
        assertThat(vasko.articles()).isEqualTo(3);
        assertThat(vasko.mentions()).isEqualTo(4);
        assertThat(vasko.aliases()).contains("Vasko");
    }

    @Test
    void aNameAfterInIsAPlace() {
        Cluster c = InsightFixtures.cluster(
                "Heavy snow closed roads in Brenholm on Monday, officials said.",
                "Schools in Brenholm stayed shut as the snow kept falling.");
        Entity place = named(new EntityFinder().find(c), "Brenholm");
        assertThat(place.type()).isEqualTo(Entity.Type.PLACE);
        assertThat(place.articles()).isEqualTo(2);
    }

    @Test
    void aNameBeforeAnySpeechVerbIsAPerson() {
        // "denied" is not a quoting verb, but it reports a statement: the name before it is a person's.
        Cluster c = InsightFixtures.cluster("Orsolya Brandt denied the report on Tuesday.",
                "Orsolya Brandt denied it again on Wednesday.");
        assertThat(named(new EntityFinder().find(c), "Orsolya Brandt").type()).isEqualTo(Entity.Type.PERSON);
    }

    @Test
    void mostWidelyNamedComeFirstAndEveryMentionPointsAtItsName() {
        Cluster c = InsightFixtures.cluster(
                "Mirela Osk met Teodor Vasko in Brenholm. Osk said the talks went well.",
                "Teodor Vasko said little after meeting Mirela Osk.",
                "Vasko left Brenholm by train.");
        EntityFinder.Found found = new EntityFinder().analyze(c);
        List<Entity> entities = found.entities();
        for (int i = 1; i < entities.size(); i++) {
            assertThat(entities.get(i - 1).articles()).isGreaterThanOrEqualTo(entities.get(i).articles());
        }
        assertThat(found.mentions()).isNotEmpty();
        for (EntityFinder.Located m : found.mentions()) {
            String body = c.articles().get(m.article()).text();
            String surface = body.substring(m.start(), m.end());
            Entity e = entities.get(m.entity());
            assertThat(List.of(e.name()).stream().anyMatch(surface::equals) || e.aliases().contains(surface))
                    .as("mention '%s' of %s", surface, e).isTrue();
        }
        assertThat(found.lookup("Vasko")).isEqualTo(entities.indexOf(named(entities, "Teodor Vasko")));
        assertThat(found.lookup("Nobody Here")).isEqualTo(-1);
    }

    @Test
    void normalizeDropsPossessivesPrefixesAndTitles() {
        assertThat(EntityFinder.normalize("Mr. Vasko’s")).isEqualTo("vasko");
        assertThat(EntityFinder.normalize("Hamid al-Rashan")).isEqualTo("hamid rashan");
    }
}
