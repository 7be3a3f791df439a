package org.newsum.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a summary's sentences into ROUGE-1.5.5 tokens: truncation ({@code -l}, {@code -b}), ASCII
 * lower case, {@code -} set apart, everything but {@code A-Z a-z 0-9 -} made a space, tokens kept
 * only when they start with {@code a-z}, {@code 0-9} or {@code $}, and with {@code -m} tokens longer
 * than three characters replaced by their WordNet 2.0 base form or Porter stem.
 */
final class RougeTokens {

    private static final Map<String, String> EXCEPTIONS = loadExceptions();

    private RougeTokens() {
    }

    /**
     * A summary's tokens as the script reads it, twice: {@code text} as its {@code readText} cuts it (for ROUGE-N,
     * ROUGE-SU and the unigram counts of ROUGE-L) and {@code lcsSentences} as its {@code readText_LCS} cuts it (the
     * sentences ROUGE-L matches); the two differ only under {@code -b}. Sentences left empty stay as empty lists.
     */
    record SummaryTokens(List<List<String>> text, List<List<String>> lcsSentences) {
    }

    /** The tokens of each sentence, after the script's two truncations. */
    static SummaryTokens of(List<String> sentences, RougeOptions options, Map<String, String> stemCache) {
        List<List<String>> text = tokens(truncate(sentences, options), options, stemCache);
        List<List<String>> lcs = options.byteLimit() > 0
                ? tokens(cut(sentences, options, true), options, stemCache) : text;
        return new SummaryTokens(text, lcs);
    }

    private static List<List<String>> tokens(List<String> sentences, RougeOptions options,
                                             Map<String, String> stemCache) {
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            out.add(tokens(sentence, options.stem(), stemCache));
        }
        return out;
    }

    /**
     * Applies {@code -l} (whitespace words) or {@code -b} (bytes of UTF-8) across the sentences in order, as the
     * script's {@code readText} does: the sentences are not stripped, so leading white space counts as one (empty)
     * word and every white space byte counts, while the space that joins two sentences does not.
     */
    static List<String> truncate(List<String> sentences, RougeOptions options) {
        return cut(sentences, options, false);
    }

    /**
     * The script's cut, shared by its {@code readText} and, with {@code lcs}, its {@code readText_LCS}, whose
     * {@code -b} branch never adds a sentence's bytes to the running total: it keeps every sentence shorter than the
     * limit and cuts the first one that is not to the limit, then stops.
     */
    private static List<String> cut(List<String> sentences, RougeOptions options, boolean lcs) {
        List<String> lines = sentences.stream().filter(s -> !s.isEmpty()).toList(); // it skips empty lines only
        List<String> out = new ArrayList<>();
        if (options.wordLimit() > 0) {
            int used = 0;
            for (String line : lines) {
                String[] words = line.split("\\s+"); // as Perl's split: a leading empty word, no trailing ones
                if (used + words.length < options.wordLimit()) {
                    out.add(line);
                    used += words.length;
                } else {
                    out.add(String.join(" ", Arrays.copyOf(words, options.wordLimit() - used)));
                    break;
                }
            }
            return out;
        }
        if (options.byteLimit() > 0) {
            int used = 0;
            for (String line : lines) {
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                if (used + bytes.length < options.byteLimit()) {
                    out.add(line);
                    if (!lcs) {
                        used += bytes.length;
                    }
                } else {
                    out.add(new String(bytes, 0, options.byteLimit() - used, StandardCharsets.UTF_8));
                    break;
                }
            }
            return out;
        }
        return lines;
    }

    static List<String> tokens(String sentence, boolean stem, Map<String, String> stemCache) {
        StringBuilder clean = new StringBuilder(sentence.length() + 8);
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                clean.append((char) (c + 32));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                clean.append(c);
            } else if (c == '-') {
                clean.append(" - ");
            } else {
                clean.append(' ');
            }
        }
        List<String> tokens = new ArrayList<>();
        for (String t : clean.toString().split(" +")) {
            if (t.isEmpty()) {
                continue;
            }
            char first = t.charAt(0);
            if (!((first >= 'a' && first <= 'z') || (first >= '0' && first <= '9') || first == '$')) {
                continue;
            }
            tokens.add(stem && t.length() > 3 ? stemCache.computeIfAbsent(t, RougeTokens::morphStem) : t);
        }
        return tokens;
    }

    /** ROUGE-1.5.5's MorphStem: the WordNet exception's base form if there is one, else the Porter stem. */
    static String morphStem(String token) {
        String base = EXCEPTIONS.get(token);
        return base != null ? base : PorterStemmer.stem(token);
    }

    private static Map<String, String> loadExceptions() {
        try (InputStream in = RougeTokens.class.getResourceAsStream("wordnet-2.0-exceptions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource wordnet-2.0-exceptions.tsv");
            }
            Map<String, String> map = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    map.putIfAbsent(line.substring(0, tab), line.substring(tab + 1).strip());
                }
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
