package org.newsum.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /** The tokens of each sentence, after truncation; sentences left empty are kept as empty lists. */
    static List<List<String>> of(List<String> sentences, RougeOptions options, Map<String, String> stemCache) {
        List<String> cut = truncate(sentences, options);
        List<List<String>> out = new ArrayList<>(cut.size());
        for (String sentence : cut) {
            out.add(tokens(sentence, options.stem(), stemCache));
        }
        return out;
    }

    /** Applies {@code -l} (whitespace words) or {@code -b} (bytes) across the sentences in order. */
    static List<String> truncate(List<String> sentences, RougeOptions options) {
        List<String> lines = new ArrayList<>();
        for (String s : sentences) {
            String t = s.strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        if (options.wordLimit() > 0) {
            List<String> out = new ArrayList<>();
            int left = options.wordLimit();
            for (String line : lines) {
                if (left <= 0) {
                    break;
                }
                String[] words = line.split("\\s+");
                if (words.length <= left) {
                    out.add(line);
                    left -= words.length;
                } else {
                    out.add(String.join(" ", java.util.Arrays.copyOf(words, left)));
                    left = 0;
                }
            }
            return out;
        }
        if (options.byteLimit() > 0) {
            List<String> out = new ArrayList<>();
            int left = options.byteLimit();
            for (String line : lines) {
                if (left <= 0) {
                    break;
                }
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                if (bytes.length <= left) {
                    out.add(line);
                    left -= bytes.length + 1; // the space or newline that separates sentences counts too
                } else {
                    out.add(new String(bytes, 0, left, StandardCharsets.UTF_8));
                    left = 0;
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
