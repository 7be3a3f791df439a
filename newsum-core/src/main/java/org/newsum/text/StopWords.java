package org.newsum.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * English function words that carry no topic (articles, pronouns, auxiliaries, prepositions,
 * conjunctions, common adverbs and reporting filler), from the resource {@code stopwords-en.txt}.
 */
public final class StopWords {

    private static final Set<String> WORDS = load();

    private StopWords() {
    }

    /** Whether a lower-cased word is a stop word. */
    public static boolean contains(String lower) {
        return WORDS.contains(lower);
    }

    /** How many stop words there are. */
    public static int size() {
        return WORDS.size();
    }

    private static Set<String> load() {
        try (InputStream in = StopWords.class.getResourceAsStream("stopwords-en.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource stopwords-en.txt");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
