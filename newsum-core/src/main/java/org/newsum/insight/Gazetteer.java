package org.newsum.insight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The hand-built word lists entity finding leans on instead of a trained model: countries, capitals and
 * US states, demonyms, titles before names, words that make an organization, capitalized words that are
 * never names, and aliases. Read once from {@code gazetteer.txt}; immutable.
 */
final class Gazetteer {

    static final Gazetteer DEFAULT = load();

    final Set<String> places;
    final Set<String> demonyms;
    final Set<String> titles;
    final Set<String> organizationWords;
    final Set<String> notNames;
    final Map<String, String> aliases;

    private Gazetteer(Map<String, Set<String>> sections, Map<String, String> aliases) {
        this.places = Set.copyOf(sections.getOrDefault("place", Set.of()));
        this.demonyms = Set.copyOf(sections.getOrDefault("demonym", Set.of()));
        this.titles = Set.copyOf(sections.getOrDefault("title", Set.of()));
        this.organizationWords = Set.copyOf(sections.getOrDefault("organization", Set.of()));
        this.notNames = Set.copyOf(sections.getOrDefault("not-a-name", Set.of()));
        this.aliases = Map.copyOf(aliases);
    }

    private static Gazetteer load() {
        Map<String, Set<String>> sections = new HashMap<>();
        Map<String, String> aliases = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.txt")) {
            if (in == null) {
                throw new IllegalStateException("gazetteer.txt missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1);
                } else if (section.equals("alias")) {
                    int eq = line.indexOf('=');
                    aliases.put(line.substring(0, eq), line.substring(eq + 1));
                } else {
                    sections.computeIfAbsent(section, k -> new HashSet<>()).add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(sections, aliases);
    }
}
