package org.newsum.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsum.model.Cluster;

class SpeakerResolverTest {

    private static SpeakerResolver.Attribution speakerOfFirstQuote(String body) {
        Cluster c = InsightFixtures.cluster(body);
        EntityFinder.Found entities = new EntityFinder().analyze(c);
        int open = body.indexOf('“');
        int close = body.indexOf('”', open);
        return new SpeakerResolver(Gazetteer.DEFAULT).speaker(body, 0, open, close, entities);
    }

    @Test
    void aNameAfterTheVerbIsTheSpeaker() {
        SpeakerResolver.Attribution a = speakerOfFirstQuote(
                "Teodor Vasko keeps the light at Brenholm.\n“The lamp turns every night,” said Teodor Vasko, the keeper.");
        assertThat(a).isEqualTo(new SpeakerResolver.Attribution("Teodor Vasko", true));
    }

    @Test
    void aSurnameBeforeTheVerbResolvesToTheFullName() {
        SpeakerResolver.Attribution a = speakerOfFirstQuote(
                "Teodor Vasko keeps the light at Brenholm.\n“The lamp turns every night,” Vasko told visitors.");
        assertThat(a).isEqualTo(new SpeakerResolver.Attribution("Teodor Vasko", true));
    }

    @Test
    void aPronounPointsBackToTheSubjectBeforeItButDoesNotNameThem() {
        SpeakerResolver.Attribution a = speakerOfFirstQuote(
                "Teodor Vasko said the light at Brenholm is old.\n“The lamp turns every night,” he said.");
        assertThat(a).isEqualTo(new SpeakerResolver.Attribution("Teodor Vasko", false));
    }

    @Test
    void noVerbOfSpeakingNearbyMeansNoSpeaker() {
        assertThat(speakerOfFirstQuote("The sign read “closed for winter” on the door at Brenholm.")).isNull();
    }
}
