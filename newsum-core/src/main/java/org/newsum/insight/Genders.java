package org.newsum.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsum.model.Cluster;
import org.newsum.model.Entity;

/**
 * The grammatical gender the cluster gives each person, for pronouns to find their referent: read from the
 * text, never from a list of names. Evidence: a courtesy title or a gendered role word just before a mention
 * ({@code Ms.}, {@code spokeswoman}, {@code Mr.}, {@code congressman}); the first third-person subject pronoun
 * ("he", "she", not "him" or "her") after a mention that opens its sentence, when no other person is named in
 * between and no quotation mark stands there ({@code Varga left early. She said...}); and, for a person with no
 * evidence of their own, another person of the cluster with the same first name. Unknown when the evidence is absent
 * or tied. Immutable.
 */
final class Genders {

    /** A person's grammatical gender. */
    enum Gender { MALE, FEMALE }

    private static final Set<String> FEMALE_CUES = Set.of("ms", "mrs", "miss", "madam", "spokeswoman", "chairwoman",
            "congresswoman", "businesswoman", "actress", "wife", "mother", "daughter", "sister", "grandmother",
            "queen", "lady", "princess", "widow", "girlfriend", "aunt", "niece", "stepmother", "dame");
    private static final Set<String> MALE_CUES = Set.of("mr", "spokesman", "chairman", "congressman", "businessman",
            "actor", "husband", "father", "son", "brother", "grandfather", "king", "prince", "sir", "widower",
            "boyfriend", "uncle", "nephew", "stepfather", "lord");
    private static final Set<String> HE = Set.of("he", "him", "his", "himself");
    private static final Set<String> SHE = Set.of("she", "her", "hers", "herself");
    /** Pronouns that stand as an object or an owner, whose referent is seldom the subject before them. */
    private static final Set<String> OBJECTS = Set.of("him", "his", "her", "hers");
    /** How far after a subject mention its pronoun is looked for, in characters. */
    private static final int PRONOUN_WINDOW = 200;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]");

    static final Genders NONE = new Genders(Map.of());

    private final Map<Integer, Gender> byEntity;

    private Genders(Map<Integer, Gender> byEntity) {
        this.byEntity = Map.copyOf(byEntity);
    }

    /** The gender of entity {@code e}, or null when the cluster does not say. */
    Gender of(int e) {
        return byEntity.get(e);
    }

    /** The gender of a speaker named {@code name}, or null. */
    Gender of(String name, EntityFinder.Found entities) {
        int e = entities.lookup(name);
        return e < 0 ? null : of(e);
    }

    /** The genders the cluster's text gives its people. */
    static Genders of(Cluster cluster, EntityFinder.Found entities) {
        Map<Integer, int[]> votes = new HashMap<>();
        List<EntityFinder.Located> mentions = entities.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            EntityFinder.Located m = mentions.get(i);
            if (entities.entities().get(m.entity()).type() != Entity.Type.PERSON) {
                continue;
            }
            String body = cluster.articles().get(m.article()).text();
            int[] v = votes.computeIfAbsent(m.entity(), k -> new int[2]);
            String before = lastWord(body, m.start());
            if (MALE_CUES.contains(before)) {
                v[0] += 2;
            } else if (FEMALE_CUES.contains(before)) {
                v[1] += 2;
            }
            if (m.subject()) {
                int limit = Math.min(body.length(), m.end() + PRONOUN_WINDOW);
                for (int j = i + 1; j < mentions.size() && mentions.get(j).article() == m.article()
                        && mentions.get(j).start() < limit; j++) {
                    if (entities.entities().get(mentions.get(j).entity()).type() == Entity.Type.PERSON) {
                        limit = mentions.get(j).start(); // the pronoun may be the next person's; a place's is not
                        break;
                    }
                }
                Gender g = firstPronoun(body, m.end(), limit);
                if (g != null) {
                    v[g == Gender.MALE ? 0 : 1]++;
                }
            }
        }
        Map<Integer, Gender> out = new HashMap<>();
        Map<String, int[]> firstNames = new HashMap<>();
        votes.forEach((e, v) -> {
            if (v[0] != v[1]) {
                Gender g = v[0] > v[1] ? Gender.MALE : Gender.FEMALE;
                out.put(e, g);
                String[] words = entities.entities().get(e).name().split(" ");
                if (words.length > 1) {
                    firstNames.computeIfAbsent(words[0], k -> new int[2])[g == Gender.MALE ? 0 : 1]++;
                }
            }
        });
        for (int e = 0; e < entities.entities().size(); e++) {
            String[] words = entities.entities().get(e).name().split(" ");
            int[] v = words.length > 1 ? firstNames.get(words[0]) : null;
            if (!out.containsKey(e) && v != null && v[0] != v[1]
                    && entities.entities().get(e).type() == Entity.Type.PERSON) {
                out.put(e, v[0] > v[1] ? Gender.MALE : Gender.FEMALE);
            }
        }
        return new Genders(out);
    }

    /** The lower-case word just before offset {@code at}, without its stop. */
    private static String lastWord(String body, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && !Character.isWhitespace(body.charAt(s - 1))) {
            s--;
        }
        return NOT_LETTERS.matcher(body.substring(s, e)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Whether a pronoun stands as an object or an owner ("him", "his", "her"), which teaches no subject's gender. */
    static boolean isObject(String lowerCase) {
        return OBJECTS.contains(lowerCase);
    }

    /**
     * The gender of the first third-person subject pronoun in {@code body[from, to)} before any quotation mark:
     * "Varga met Holm and told him" says nothing of Varga's gender, "Varga said she" does.
     */
    private static Gender firstPronoun(String body, int from, int to) {
        int i = from;
        while (i < to) {
            char c = body.charAt(i);
            if ("\"“”‘".indexOf(c) >= 0) {
                return null;
            }
            if (Character.isLetter(c) && (i == 0 || !Character.isLetter(body.charAt(i - 1)))) {
                int j = i;
                while (j < to && Character.isLetter(body.charAt(j))) {
                    j++;
                }
                String w = body.substring(i, j).toLowerCase(Locale.ROOT);
                if (OBJECTS.contains(w)) {
                    i = j;
                    continue;
                }
                if (HE.contains(w)) {
                    return Gender.MALE;
                }
                if (SHE.contains(w)) {
                    return Gender.FEMALE;
                }
                i = j;
            } else {
                i++;
            }
        }
        return null;
    }
}
