package org.newsum.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsum.model.Cluster;
import org.newsum.model.Entity;
import org.newsum.model.Sentence;
import org.newsum.model.Token;
import org.newsum.text.SpeechVerbs;

/**
 * Finds the people, organizations and places a cluster names, without a trained model: runs of
 * capitalized words, typed by the gazetteer (places, organization words), titles before a name and
 * speech verbs after it (people), and place prepositions; surnames and spelling variants are merged
 * into the fullest name. A name with no cue to its type is left out: precision before recall.
 */
public final class EntityFinder {

    private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "near", "off", "outside", "across", "into",
            "toward", "towards", "from", "throughout", "to");
    private static final Set<String> PLACE_AFTER = Set.of("province", "city", "region", "county", "district",
            "village", "town", "governorate", "neighborhood", "neighbourhood", "capital", "dam", "river", "valley",
            "airport", "harbour", "harbor", "port", "coast", "border");
    private static final Set<String> PLACE_WORDS = Set.of("Base", "Airport", "Province", "Square", "Street",
            "River", "Mountain", "Mountains", "Island", "Islands", "Valley", "Lake", "Bridge", "Dam", "County",
            "Beach", "Park", "Road", "Avenue", "Bay", "Sea", "Ocean", "Strait", "Peninsula", "Desert");
    private static final Set<String> CONNECTORS = Set.of("of", "bin", "ibn", "de", "van", "von", "der", "da",
            "du", "al", "el", "la", "le", "del", "dos", "y");
    /** Lower-case role nouns: one just before a name says the name is a person's ("spokesman Jonas Ekberg"). */
    private static final Set<String> ROLE_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson", "minister",
            "secretary", "president", "ambassador", "senator", "governor", "mayor", "director", "chairman",
            "chairwoman", "ceo", "leader", "officer", "judge", "lawyer", "attorney", "professor", "coach",
            "commander", "diplomat", "envoy", "aide", "adviser", "advisor", "analyst", "actor", "actress",
            "singer", "founder", "chancellor", "premier", "lawmaker", "rep.", "sen.", "gov.", "dr.");
    private static final int MAX_NAME_WORDS = 4;

    private final Gazetteer gazetteer;

    public EntityFinder() {
        this(Gazetteer.DEFAULT);
    }

    EntityFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Where one entity is named.
     *
     * @param entity  index into {@link Found#entities()}
     * @param article the article's index in the cluster
     * @param start   offset in the article body
     * @param end      end offset
     * @param sentence the sentence's index in the cluster
     * @param subject  whether the name opens its sentence (after titles), where the subject stands
     */
    record Located(int entity, int article, int start, int end, int sentence, boolean subject) {
    }

    /**
     * The entities of a cluster with every place they are named, and how to look a name up.
     *
     * @param entities the entities, most widely named first
     * @param mentions every mention of a kept entity, in cluster order
     * @param byName   normalized surface forms (and role phrases) to entity index
     * @param roles    per entity, the role words seen before its name ({@code "port spokesman"})
     */
    record Found(List<Entity> entities, List<Located> mentions, Map<String, Integer> byName,
                 List<Set<String>> roles) {

        /** The entity a name refers to (a surname, a full name, a variant), or -1. */
        int lookup(String name) {
            Integer e = byName.get(normalize(name));
            return e == null ? -1 : e;
        }
    }

    /** A capitalized run as found in one sentence; {@code surface} is its words joined by spaces. */
    private record Raw(int article, int sentence, int start, int end, boolean subject, String surface,
                       boolean personCue, boolean placeCue, boolean organization, Set<String> role) {
    }

    /** The entities of a cluster, most widely named first. */
    public List<Entity> find(Cluster cluster) {
        return analyze(cluster).entities();
    }

    Found analyze(Cluster cluster) {
        // Which words the cluster capitalizes mid-sentence, and which it writes in lower case, are asked
        // only of the first two words of sentences: collect those, then scan the cluster once for them
        // (a set of every word the cluster writes was most of this method's time).
        Set<String> openers = new HashSet<>();
        Set<String> initialLower = new HashSet<>();
        for (Sentence s : cluster.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < Math.min(2, t.size()); i++) {
                openers.add(bare(t.get(i).text()));
            }
            if (t.size() > 1 && capitalized(t.get(0).text()) && capitalized(t.get(1).text())) {
                initialLower.add(t.get(0).lower());
            }
        }
        Set<String> midCaps = new HashSet<>();
        Set<String> lowerCase = new HashSet<>();
        for (Sentence s : cluster.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                String text = t.get(i).text();
                if (!capitalized(text)) {
                    if (initialLower.contains(t.get(i).lower())) {
                        lowerCase.add(t.get(i).lower());
                    }
                } else if (i > 0 && openers.contains(bare(text))) {
                    midCaps.add(bare(text));
                }
            }
        }
        // A sentence-initial word followed by a name is a first name if the cluster never writes it in
        // lower case and it is no stop word: "Ilias Orrin, the captain, said".
        for (Sentence s : cluster.sentences()) {
            List<Token> t = s.tokens();
            if (t.size() > 1 && capitalized(t.get(0).text()) && !t.get(0).stop() && capitalized(t.get(1).text())
                    && !lowerCase.contains(t.get(0).lower()) && !gazetteer.notNames.contains(t.get(0).text())
                    && !gazetteer.titles.contains(t.get(0).text()) && midCaps.contains(bare(t.get(1).text()))) {
                midCaps.add(bare(t.get(0).text()));
            }
        }
        List<Raw> raws = new ArrayList<>();
        for (Sentence s : cluster.sentences()) {
            runs(cluster.articles().get(s.articleIndex()).text(), s, midCaps, raws);
        }
        return group(raws);
    }

    private void runs(String body, Sentence s, Set<String> midCaps, List<Raw> out) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            if (!nameLike(t.get(i).text()) || gazetteer.notNames.contains(bare(t.get(i).text()))) {
                i++;
                continue;
            }
            int j = i;
            boolean saint = ABBREVIATED.contains(t.get(i).text());
            // A name goes on past a possessive into "St. Brendan's Hospital" or "Boatmen's Guild", not "Brendan's car"
            while ((!possessive(t.get(j).text()) || saint || j + 1 < t.size()
                    && gazetteer.organizationWords.contains(t.get(j + 1).text()))
                    && j + 1 < t.size() && joined(body, t.get(j), t.get(j + 1))) {
                String next = t.get(j + 1).text();
                if (nameLike(next) && !gazetteer.notNames.contains(bare(next))) {
                    j++;
                } else if (CONNECTORS.contains(next) && j + 2 < t.size() && joined(body, t.get(j + 1), t.get(j + 2))
                        && nameLike(t.get(j + 2).text())) {
                    j += 2;
                } else {
                    break;
                }
            }
            take(t, i, j, midCaps, out, s);
            i = j + 1;
        }
    }

    private void take(List<Token> t, int from, int to, Set<String> midCaps, List<Raw> out, Sentence s) {
        if (to > from && allCaps(t, from, to)) {
            return; // "HELENA MARSH": a transcript's speaker label, not prose
        }
        int a = firstNameWord(t, from, to, midCaps);
        if (a > to) {
            return;
        }
        // An organization word followed by a name is two names: "City Council Jonas Ekberg".
        for (int k = a; k < to - 1; k++) {
            if (gazetteer.organizationWords.contains(bare(t.get(k).text()))
                    && capitalized(t.get(k + 1).text()) && capitalized(t.get(k + 2).text())
                    && !gazetteer.organizationWords.contains(bare(t.get(k + 1).text()))
                    && !gazetteer.organizationWords.contains(bare(t.get(k + 2).text()))) {
                take(t, a, k, midCaps, out, s);
                take(t, k + 1, to, midCaps, out, s);
                return;
            }
        }
        List<String> words = new ArrayList<>();
        for (int k = a; k <= to; k++) {
            String w = bare(t.get(k).text());
            words.add(ABBREVIATED.contains(w) && k < to ? w + "." : w);
        }
        boolean organization = false;
        for (String w : words) {
            organization |= gazetteer.organizationWords.contains(w);
        }
        organization = organization || gazetteer.organizationWords.contains(String.join(" ", words));
        boolean personCue = false;
        Set<String> role = new HashSet<>();
        int start = a;
        if (!organization) {
            RoleSplit split = splitRole(t, a, to, role);
            if (split == null) {
                return;
            }
            start = split.start();
            personCue = split.personCue();
        }
        while (start < to && CONNECTORS.contains(t.get(start).text())) {
            start++;
        }
        words = nameWords(words.subList(start - a, words.size()), t, to);
        if (words == null) {
            return;
        }
        int end = to + 1;
        String after = end < t.size() ? t.get(end).lower() : "";
        String before = start > 0 ? t.get(start - 1).lower() : "";
        String before2 = start > 1 ? t.get(start - 2).lower() : "";
        personCue |= SpeechVerbs.contains(after); // a name before a verb of speaking is a person's
        boolean placeCue = PLACE_BEFORE.contains(before) && role.isEmpty()
                || before.equals("of") && Set.of("town", "city", "village", "province").contains(before2)
                || PLACE_AFTER.contains(after) || PLACE_WORDS.contains(words.get(words.size() - 1));
        Token last = t.get(to);
        out.add(new Raw(s.articleIndex(), s.index(), t.get(start).start(), last.start() + bare(last.text()).length(),
                start <= 2, String.join(" ", words), personCue, placeCue, organization, role));
    }

    /**
     * The first word of the run {@code t[from..to]} that can begin a name: not a stop word or connector, and
     * not a sentence-initial capital the cluster never capitalizes mid-sentence; {@code to + 1} when none is.
     */
    private static int firstNameWord(List<Token> t, int from, int to, Set<String> midCaps) {
        int a = from;
        while (a <= to && (t.get(a).stop() && !isAcronym(t.get(a).text())
                || a == 0 && !midCaps.contains(bare(t.get(a).text()))
                || CONNECTORS.contains(t.get(a).text()))) {
            a++;
        }
        return a;
    }

    /**
     * The words of a name proper without trailing connectors, or null when they cannot be one: too many, a
     * lone title, demonym, initial or letter, or a lone word before a number ("Pier 7", "Gate 3": a numbered
     * part of a place). {@code to} is the run's last token.
     */
    private List<String> nameWords(List<String> words, List<Token> t, int to) {
        while (!words.isEmpty() && CONNECTORS.contains(words.get(words.size() - 1))) {
            words = words.subList(0, words.size() - 1);
        }
        if (words.isEmpty() || words.size() > MAX_NAME_WORDS) {
            return null;
        }
        if (words.size() == 1 && (words.get(0).length() < 2 || gazetteer.titles.contains(words.get(0))
                || gazetteer.demonyms.contains(words.get(0)) || ABBREVIATED.contains(words.get(0)))) {
            return null;
        }
        if (words.size() == 1 && to + 1 < t.size() && Character.isDigit(t.get(to + 1).text().charAt(0))) {
            return null;
        }
        return words;
    }

    /** Where a name proper starts after the role words before it, and whether a title among them marks a person. */
    private record RoleSplit(int start, boolean personCue) {
    }

    /**
     * Splits the run {@code t[a..to]} into role and name ("E.U. Commissioner Amina Okafor"), adding the role
     * words, and the lower-case ones just before the run ("port spokesman"), to {@code role}; null when the
     * run is a role with no name.
     */
    private RoleSplit splitRole(List<Token> t, int a, int to, Set<String> role) {
        boolean personCue = false;
        int start = a;
        // Everything up to the last title is the role, not the name: "E.U. Commissioner Amina Okafor".
        int lastTitle = -1;
        for (int k = a; k <= to; k++) {
            if (gazetteer.titles.contains(bare(t.get(k).text()))) {
                lastTitle = k;
            }
        }
        if (lastTitle == to) {
            boolean titlesOnly = true;
            for (int k = a; k <= to && titlesOnly; k++) {
                String w = bare(t.get(k).text());
                titlesOnly = gazetteer.titles.contains(w) || gazetteer.demonyms.contains(w)
                        || gazetteer.places.contains(w) || CONNECTORS.contains(w);
            }
            if (titlesOnly) {
                return null; // "Deputy Prime Minister": a role, no name
            }
            lastTitle = -1; // "Golden State": a name that ends with a title word
        }
        if (lastTitle >= 0) {
            personCue = true;
            for (int k = a; k <= lastTitle; k++) {
                role.add(bare(t.get(k).lower()));
            }
            start = lastTitle + 1;
        }
        while (start < to && gazetteer.demonyms.contains(bare(t.get(start).text()))) {
            role.add(t.get(start).lower());
            start++;
        }
        // Lower-case role words just before the name: "port spokesman Jonas Ekberg".
        for (int k = a - 1; k >= Math.max(0, a - 3); k--) {
            String w = t.get(k).lower();
            if (t.get(k).stop() && !w.equals("of")) {
                break;
            }
            personCue |= k == a - 1 && ROLE_NOUNS.contains(w);
            role.add(bare(w));
        }
        return new RoleSplit(start, personCue);
    }

    /** An entity under construction: its forms and what its mentions say about its type. */
    private static final class Group {
        final Map<String, Integer> forms = new LinkedHashMap<>();
        final List<Raw> raws = new ArrayList<>();
        final Set<String> role = new HashSet<>();
        int personCues;
        int placeCues;
        boolean organization;

        void add(Raw r) {
            forms.merge(r.surface(), 1, Integer::sum);
            raws.add(r);
            role.addAll(r.role());
            personCues += r.personCue() ? 1 : 0;
            placeCues += r.placeCue() ? 1 : 0;
            organization |= r.organization();
        }

        void absorb(Group g) {
            g.raws.forEach(this::add);
        }

        int mentions() {
            return raws.size();
        }
    }

    /**
     * Groups a cluster's capitalized runs into entities: one name in its forms and spellings, its surname and
     * its initials; then types each group and leaves out those with no cue.
     */
    private Found group(List<Raw> raws) {
        // Exact forms, after aliases and normalization ("al-Rashid" = "Rashid").
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (Raw r : raws) {
            String surface = gazetteer.aliases.getOrDefault(r.surface(), r.surface());
            byKey.computeIfAbsent(normalize(surface), k -> new Group()).add(r);
        }
        mergeSpellings(byKey);
        attachSingleWords(byKey);
        return found(byKey);
    }

    /**
     * Two-word names with the same last word and a similar first are one: "Ilyas Orrin" / "Ilias Orrin".
     * Compared within buckets of one last word, so the cost stays linear in the names.
     */
    private static void mergeSpellings(Map<String, Group> byKey) {
        Map<String, List<String>> byLast = new LinkedHashMap<>();
        for (String key : byKey.keySet()) {
            String[] words = key.split(" ");
            if (words.length == 2) {
                byLast.computeIfAbsent(words[1], k -> new ArrayList<>()).add(key);
            }
        }
        for (List<String> same : byLast.values()) {
            for (int x = 0; x < same.size(); x++) {
                for (int y = x + 1; y < same.size() && byKey.containsKey(same.get(x)); y++) {
                    if (byKey.containsKey(same.get(y))
                            && similar(same.get(x).split(" ")[0], same.get(y).split(" ")[0])) {
                        byKey.get(same.get(x)).absorb(byKey.remove(same.get(y)));
                    }
                }
            }
        }
    }

    /**
     * A single word joins the most mentioned longer name that ends with it ("Orrin"), or whose initials it
     * spells ("RNLI").
     */
    private void attachSingleWords(Map<String, Group> byKey) {
        Map<String, Group> bySurname = new HashMap<>();
        Map<String, Group> byInitials = new HashMap<>();
        for (Map.Entry<String, Group> e : byKey.entrySet()) {
            String[] words = e.getKey().split(" ");
            if (words.length < 2) {
                continue;
            }
            Group g = e.getValue();
            if (!g.organization && !isPlace(g)) {
                bySurname.merge(words[words.length - 1], g, (a, b) -> b.mentions() > a.mentions() ? b : a);
            }
            byInitials.merge(initials(words), g, (a, b) -> b.mentions() > a.mentions() ? b : a);
        }
        for (String key : new ArrayList<>(byKey.keySet())) {
            if (key.contains(" ")) {
                continue;
            }
            Group best = bySurname.get(key);
            Group initials = key.length() >= 2 ? byInitials.get(key) : null;
            if (best == null || initials != null && initials.mentions() > best.mentions()) {
                best = initials;
            }
            if (best != null && best != byKey.get(key)) {
                best.absorb(byKey.remove(key));
            }
        }
    }

    /** The typed groups as entities, most widely named first, with their mentions, names and roles. */
    private Found found(Map<String, Group> byKey) {
        record Typed(Group group, Entity.Type type, String name, int articles) {
        }
        List<Typed> typed = new ArrayList<>();
        for (Group g : byKey.values()) {
            Entity.Type type = type(g);
            if (type != null) {
                typed.add(new Typed(g, type, canonical(g, type), articles(g)));
            }
        }
        typed.sort(Comparator.comparingInt((Typed t) -> -t.articles())
                .thenComparingInt(t -> -t.group().mentions()).thenComparing(Typed::name));
        List<Entity> entities = new ArrayList<>();
        List<Located> mentions = new ArrayList<>();
        Map<String, Integer> byName = new HashMap<>();
        List<Set<String>> roles = new ArrayList<>();
        for (int e = 0; e < typed.size(); e++) {
            Typed t = typed.get(e);
            List<String> aliases = t.group().forms.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(Map.Entry::getKey).filter(f -> !f.equals(t.name())).toList();
            entities.add(new Entity(t.name(), t.type(), aliases, t.articles(), t.group().mentions()));
            for (Raw r : t.group().raws) {
                mentions.add(new Located(e, r.article(), r.start(), r.end(), r.sentence(), r.subject()));
            }
            byName.putIfAbsent(normalize(t.name()), e);
            for (String form : t.group().forms.keySet()) {
                byName.putIfAbsent(normalize(form), e);
            }
            if (t.type() == Entity.Type.PERSON) { // "Lindqvist" for "J.P. Lindqvist", even if never written alone
                String key = normalize(t.name());
                byName.putIfAbsent(key.substring(key.lastIndexOf(' ') + 1), e);
            }
            roles.add(Set.copyOf(t.group().role));
        }
        mentions.sort(Comparator.comparingInt(Located::article).thenComparingInt(Located::start));
        return new Found(List.copyOf(entities), List.copyOf(mentions), Map.copyOf(byName), List.copyOf(roles));
    }

    private Entity.Type type(Group g) {
        if (isPlace(g)) {
            return Entity.Type.PLACE;
        }
        boolean acronym = g.forms.keySet().stream().anyMatch(f -> isAcronym(f) && f.length() <= 5);
        if (g.organization || acronym && g.personCues == 0) {
            return Entity.Type.ORGANIZATION;
        }
        if (g.personCues > 0 && g.personCues >= g.placeCues) {
            return Entity.Type.PERSON;
        }
        if (g.placeCues > 0) {
            return Entity.Type.PLACE;
        }
        return null;
    }

    private boolean isPlace(Group g) {
        return g.forms.keySet().stream().anyMatch(f -> gazetteer.places.contains(f)
                || gazetteer.places.contains(gazetteer.aliases.getOrDefault(f, "")));
    }

    /** The fullest form: most words, then most characters, then most used; places and aliases by their canonical name. */
    private String canonical(Group g, Entity.Type type) {
        for (String f : g.forms.keySet()) {
            String canonical = gazetteer.aliases.get(f);
            if (canonical != null) {
                return canonical;
            }
        }
        Comparator<Map.Entry<String, Integer>> fullest = type == Entity.Type.PERSON
                ? Comparator.<Map.Entry<String, Integer>>comparingInt(e -> e.getKey().split(" ").length)
                        .thenComparingInt(e -> e.getKey().length()).thenComparingInt(Map.Entry::getValue)
                : Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().split(" ").length);
        return g.forms.entrySet().stream().max(fullest.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    private static int articles(Group g) {
        Set<Integer> articles = new HashSet<>();
        for (Raw r : g.raws) {
            articles.add(r.article());
        }
        return articles.size();
    }

    /** Lower case, without "al-"/"el-" prefixes, possessives or periods: the key names are matched by. */
    static String normalize(String name) {
        StringBuilder out = new StringBuilder();
        String lower = name.toLowerCase(Locale.ROOT).replace('’', '\'');
        // Words between the whitespace that \s matches, by hand: a regex split here was a hot line of --insights full.
        int n = lower.length();
        for (int from = 0; from < n; ) {
            int to = from;
            while (to < n && !isRegexSpace(lower.charAt(to))) {
                to++;
            }
            String w = lower.substring(from, to);
            from = to + 1;
            w = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
            if (w.startsWith("al-") || w.startsWith("el-")) {
                w = w.substring(3);
            }
            w = w.replace(".", "");
            if (w.isEmpty() || w.equals("al") || w.equals("el") || w.equals("mr") || w.equals("mrs")
                    || w.equals("ms")) {
                continue;
            }
            out.append(out.length() > 0 ? " " : "").append(w);
        }
        return out.toString();
    }

    /** The characters regex {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String initials(String[] words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (!CONNECTORS.contains(w) && !w.equals("and") && !w.equals("the")) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    /** Spelling variants of a first name: same first letter, at most two edits apart. */
    private static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0) || Math.min(a.length(), b.length()) < 4) {
            return false;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1),
                        prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()] <= 2;
    }

    static boolean capitalized(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean nameLike(String w) {
        return capitalized(w) || (w.startsWith("al-") || w.startsWith("el-")) && w.length() > 3
                && Character.isUpperCase(w.charAt(3));
    }

    private static boolean isAcronym(String w) {
        String letters = w.replace(".", "");
        return letters.length() >= 2 && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static boolean allCaps(List<Token> t, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!isAcronym(bare(t.get(k).text()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean possessive(String w) {
        return w.endsWith("'s") || w.endsWith("’s");
    }

    /** The word without a possessive ending. */
    static String bare(String w) {
        return possessive(w) ? w.substring(0, w.length() - 2) : w;
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** Abbreviations that open a place name with their dot: "St. Aubin", "Mt. Kenya", "Ft. Worth". */
    private static final Set<String> ABBREVIATED = Set.of("St", "Mt", "Ft");

    /**
     * Whether only spaces separate two tokens: a comma, quote or bracket ends a name. The dot of an
     * {@link #ABBREVIATED} word and the apostrophe of a plural possessive do not.
     */
    private static boolean joined(String body, Token a, Token b) {
        int from = a.start() + a.text().length();
        if (from < b.start() && (ABBREVIATED.contains(a.text()) && body.charAt(from) == '.'
                || a.text().endsWith("s") && (body.charAt(from) == '\'' || body.charAt(from) == '’'))) {
            from++; // "St. Aubin", "Dockworkers' Union"
        }
        for (int k = from; k < b.start(); k++) {
            if (body.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }
}
