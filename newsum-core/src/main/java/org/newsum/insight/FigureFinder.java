package org.newsum.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsum.model.Article;
import org.newsum.model.Cluster;
import org.newsum.model.Figure;
import org.newsum.model.Mention;
import org.newsum.model.Sentence;
import org.newsum.model.Token;

/**
 * Finds the figures several articles report, grouped by the quantity they count, and flags those the
 * articles report differently. A number is a figure only with a plural noun after it that says what it
 * counts ("12 rescue boats", "41 deaths", "40 percent", "$3 billion"); counts of people also need a
 * word saying what happened to them (killed, injured, arrested...). Two numbers are one quantity only
 * when they count the same noun, share two words of context (one for people, who already share what happened to them; three for
 * percentages and money), are not in one sentence, and lie within
 * a factor of 1.5 of each other; and two values disagree only if no single article gives both:
 * precision before recall, so that a reported disagreement is one a reader would call real.
 */
public final class FigureFinder {

    /** Nouns that count people: what happened to them decides the quantity. */
    private static final Set<String> PEOPLE = Set.of("people", "persons", "civilians", "residents", "victims",
            "individuals", "others", "deaths", "dead", "fatalities", "casualties", "lives", "bodies");
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women", "police",
            "personnel", "staff", "feet", "cattle", "sheep", "fish", "deer", "dead", "percent", "yen", "yuan");
    private static final Set<String> MONEY_WORDS = Set.of("dollars", "euros", "pounds", "yuan", "yen", "rupees");
    /** What happened to counted people, by word stem prefix, nearest wins. */
    private static final Map<String, String> EVENTS = eventWords();
    private static final Set<String> TIME_RELATIONS = Set.of("ago", "later", "earlier", "old", "after", "before",
            "since", "older", "younger");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> DETERMINERS = Set.of("the", "our", "their", "its", "his", "her", "these",
            "those", "both", "my", "your", "all", "first", "last", "next", "top");
    /** Context words too common to show two numbers count the same thing. */
    private static final Set<String> WEAK_CONTEXT = Set.of("said", "say", "told", "report", "accord", "also",
            "year", "time", "new", "last", "first", "includ", "least", "more", "than", "about");
    /** Tokens either side of a number that count as its context. */
    private static final int WINDOW = 4;
    /** Tokens either side of a count of people searched for what happened to them ("killed ... 40 passengers"). */
    private static final int EVENT_WINDOW = 8;
    private static final double MAX_RATIO = 1.5;

    private final NumberReader numbers = new NumberReader();

    private static Map<String, String> eventWords() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String w : List.of("kill", "dead", "die", "death", "fatal", "lost their li", "perish", "slain", "murder")) {
            m.put(w, "killed");
        }
        for (String w : List.of("injur", "wound", "hurt", "hospital")) {
            m.put(w, "injured");
        }
        for (String w : List.of("arrest", "detain", "jail", "imprison")) {
            m.put(w, "arrested");
        }
        for (String w : List.of("evacu", "displac", "fled", "flee", "homeless")) {
            m.put(w, "displaced");
        }
        for (String w : List.of("sicken", "infect", "ill", "poison")) {
            m.put(w, "sickened");
        }
        m.put("missing", "missing");
        m.put("rescu", "rescued");
        return m;
    }

    /** One number that counts something, in one sentence. */
    private record Count(int article, int sentence, Mention mention, NumberReader.Reading reading, String key, String measure,
                         Set<String> context, int needShared) {
    }

    /** The figures several articles report, disputed ones first, then the most widely reported. */
    public List<Figure> find(Cluster cluster) {
        List<Count> counts = new ArrayList<>();
        for (Sentence s : cluster.sentences()) {
            Article article = cluster.articles().get(s.articleIndex());
            for (NumberReader.Reading r : numbers.read(s.tokens())) {
                Count c = count(s, article, r);
                if (c != null) {
                    counts.add(c);
                }
            }
        }
        Map<String, List<Count>> byKey = new LinkedHashMap<>();
        for (Count c : counts) {
            byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
        }
        List<Figure> figures = new ArrayList<>();
        for (List<Count> same : byKey.values()) {
            for (List<Count> group : link(same)) {
                Figure f = figure(group);
                if (f.articles().size() >= 2) {
                    figures.add(f);
                }
            }
        }
        figures.sort(Comparator.comparing((Figure f) -> !f.disputed())
                .thenComparingInt(f -> -f.articles().size()).thenComparing(Figure::measure));
        return List.copyOf(figures);
    }

    /** What a count counts: the key counts are grouped by, and the measure figures show. */
    private record Measure(String key, String measure) {
    }

    /** The number read at {@code r} as a count of something, or null when it counts nothing comparable. */
    private Count count(Sentence s, Article article, NumberReader.Reading r) {
        List<Token> t = s.tokens();
        String body = article.text();
        Token number = t.get(r.number());
        if (r.low() == r.high() && r.low() <= 1 || dateNameOrReference(t, r)) {
            return null;
        }
        int numberEnd = number.start() + number.text().length();
        char before = number.start() > 0 ? body.charAt(number.start() - 1) : ' ';
        char after = numberEnd < body.length() ? body.charAt(numberEnd) : ' ';
        // A currency sign written before the number belongs to the mention; "dollars" after it makes it
        // money too, but then there is no sign to include.
        boolean sign = "$£€".indexOf(before) >= 0;
        if (!standsAlone(body, number, r, before, after, sign) || endOfRange(t, r)) {
            return null;
        }
        List<String> phrase = new ArrayList<>();
        String head;
        if (after == '%') {
            head = "percent";
            phrase.add("percent");
        } else {
            head = pluralAfter(body, t, r, phrase);
        }
        boolean money = sign;
        if (money && head == null) {
            head = "dollars";
        } else if (head != null && MONEY_WORDS.contains(head)) {
            money = true;
        }
        if (head == null) {
            return null;
        }
        if (head.equals("per") || head.equals("cent")) {
            head = "percent";
        }
        int headIndex = Math.min(t.size() - 1, r.last() + phrase.size());
        if (headIndex + 1 < t.size() && TIME_RELATIONS.contains(t.get(headIndex + 1).lower())
                && Set.of("years", "months", "weeks", "days", "hours", "minutes", "decades").contains(head)) {
            return null; // "three days later", "45 years old": a time relation, not a quantity reported
        }
        Measure what = measure(head, event(t, r, headIndex), money, before, phrase);
        if (what == null) {
            return null;
        }
        // Counts of people share their event word already; what else they share may stand further off
        // ("a storm that capsized the ferry ... and killed more than 40 passengers").
        Set<String> context = context(t, r, headIndex, PEOPLE.contains(head) ? EVENT_WINDOW : WINDOW);
        Mention mention = mention(article, t, r, sign && r.first() == r.number(), after == '%' ? numberEnd + 1 : -1);
        // Percentages and sums of money describe anything: two need more context in common to be one figure.
        return new Count(s.articleIndex(), s.index(), mention, r, what.key(), what.measure(), context,
                money || head.equals("percent") ? 3 : PEOPLE.contains(head) ? 1 : 2);
    }

    /**
     * Dates, times, names and codes: "April 4", "Boeing 737". After a determiner ("the two countries",
     * "our two nations") a number word refers back to a set rather than reports a count.
     */
    private static boolean dateNameOrReference(List<Token> t, NumberReader.Reading r) {
        if (r.number() == 0) {
            return false;
        }
        Token number = t.get(r.number());
        Token prev = t.get(r.number() - 1);
        if (r.first() == r.number() && !Character.isDigit(number.text().charAt(0))
                && (DETERMINERS.contains(prev.lower()) || prev.lower().endsWith("'s") || prev.lower().endsWith("’s"))) {
            return true;
        }
        return MONTHS.contains(prev.lower()) || r.first() == r.number() && Character.isUpperCase(prev.text().charAt(0))
                && !prev.stop();
    }

    /**
     * Whether the number stands as a quantity in the text: not the second half of a range written with a
     * dash ("$300-$400 billion"), not a time, fraction or code ("3:30", "9/11"), and after a space, a
     * bracket or a quote unless a currency sign precedes it.
     */
    private static boolean standsAlone(String body, Token number, NumberReader.Reading r, char before, char after,
                                       boolean sign) {
        char beforeSymbol = sign && number.start() > 1 ? body.charAt(number.start() - 2) : ' ';
        if (before == '-' || before == '–' || beforeSymbol == '-' || beforeSymbol == '–') {
            return false; // neither end of "$300-$400 billion" is the figure
        }
        return !(!sign && " \n(\"“‘".indexOf(before) < 0 || after == ':' || after == '/' || after == '-'
                && r.last() == r.number());
    }

    /** Either end of a range ("5 to 7 inches", "between 10 and 18"), which is not a figure on its own. */
    private static boolean endOfRange(List<Token> t, NumberReader.Reading r) {
        return r.first() > 1 && Set.of("to", "and").contains(t.get(r.first() - 1).lower())
                && NumberReader.value(t.get(r.first() - 2).lower()) != null
                || r.last() + 2 < t.size() && Set.of("to", "and").contains(t.get(r.last() + 1).lower())
                && NumberReader.value(t.get(r.last() + 2).lower()) != null;
    }

    /**
     * The plural noun a few words after the number that says what it counts ("12 lifeboats", "41 people"),
     * or null; the words up to it are added to {@code phrase}.
     */
    private static String pluralAfter(String body, List<Token> t, NumberReader.Reading r, List<String> phrase) {
        Token prev = t.get(r.last());
        for (int k = r.last() + 1; k < t.size() && k <= r.last() + 4; k++) {
            Token w = t.get(k);
            if (!spaceBetween(body, prev, w) || NumberReader.value(w.lower()) != null
                    || w.stop() && !Character.isUpperCase(w.text().charAt(0))) {
                break;
            }
            phrase.add(w.lower());
            if (plural(w.lower()) && !Character.isUpperCase(w.text().charAt(0))) {
                return w.lower();
            }
            prev = w;
        }
        return null;
    }

    /**
     * What a count with this head noun measures; null for people counted without saying what happened to
     * them, too vague to compare. Money is one key whatever the currency; the measure names it.
     */
    private static Measure measure(String head, String event, boolean money, char before, List<String> phrase) {
        if (PEOPLE.contains(head)) {
            if (Set.of("deaths", "dead", "fatalities", "bodies").contains(head)) {
                event = "killed";
            } else if (event == null) {
                return null;
            }
            return new Measure("people " + event, "people " + event);
        }
        // What happened to things is too loose a cue ("rescuers launched 12 lifeboats"): the noun decides.
        String stem = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
        return new Measure(money ? "money" : stem, money ? (before == '£' ? "pounds" : before == '€' ? "euros"
                : head.equals("dollars") ? "dollars" : head) : String.join(" ", phrase));
    }

    /** The content stems within {@code window} tokens of the number and its head, but for both and other numbers. */
    private static Set<String> context(List<Token> t, NumberReader.Reading r, int headIndex, int window) {
        Set<String> context = new HashSet<>();
        for (int k = Math.max(0, r.first() - window); k < Math.min(t.size(), headIndex + 1 + window); k++) {
            Token w = t.get(k);
            if (k != headIndex && (k < r.first() || k > r.last()) && !w.stop() && w.lower().length() > 2
                    && NumberReader.value(w.lower()) == null && !WEAK_CONTEXT.contains(w.stem())
                    && !Character.isDigit(w.stem().charAt(0))) {
                context.add(w.stem());
            }
        }
        return context;
    }

    /**
     * Where the count is written: from its first word (and a currency sign before it) to its last, without a
     * trailing "of"; {@code percentEnd}, when not -1, is just past a "%" sign the mention must hold.
     */
    private static Mention mention(Article article, List<Token> t, NumberReader.Reading r, boolean withSign,
                                   int percentEnd) {
        Token last = t.get(r.last());
        int end = r.last() == r.number() || !last.lower().equals("of") ? last.start() + last.text().length()
                : t.get(r.last() - 1).start() + t.get(r.last() - 1).text().length();
        int start = t.get(r.first()).start() - (withSign ? 1 : 0);
        end = Math.max(end, percentEnd);
        return new Mention(article.id(), start, end, article.text().substring(start, end));
    }

    /** The nearest word in the sentence that says what happened to what is counted, or null. */
    private static String event(List<Token> t, NumberReader.Reading r, int headIndex) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = Math.max(0, r.first() - EVENT_WINDOW); k < Math.min(t.size(), headIndex + 1 + EVENT_WINDOW); k++) {
            if (k >= r.first() && k <= headIndex && k != headIndex) {
                continue;
            }
            int distance = k < r.first() ? r.first() - k : k - headIndex;
            if (distance >= bestDistance) {
                continue; // only a nearer word can change the answer: the event words are not tried
            }
            String lower = t.get(k).lower();
            for (Map.Entry<String, String> e : EVENTS.entrySet()) {
                if (lower.startsWith(e.getKey())) {
                    bestDistance = distance;
                    best = e.getValue();
                    break;
                }
            }
        }
        return best;
    }

    /** Groups counts of the same noun: linked when they share context and are of the same order. */
    private static List<List<Count>> link(List<Count> counts) {
        int n = Math.min(counts.size(), 2_000);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Count a = counts.get(i);
                Count b = counts.get(j);
                // Two numbers in one sentence are two quantities: "12 hours at sea, 3 hours in the lifeboats".
                if (a.sentence() != b.sentence() && close(a.reading(), b.reading())
                        && shared(a.context(), b.context()) >= a.needShared()) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Count>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(counts.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Whether two values are of one order: the numbers as written at most twice apart. Compared as written,
     * not as ranges, since "at least 150" overlaps "hundreds" but is not the same count.
     */
    private static boolean close(NumberReader.Reading a, NumberReader.Reading b) {
        double small = Math.min(a.value(), b.value());
        double large = Math.max(a.value(), b.value());
        return small > 0 && large / small <= MAX_RATIO;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private static Figure figure(List<Count> group) {
        Map<String, List<Count>> byValue = new LinkedHashMap<>();
        for (Count c : group) {
            byValue.computeIfAbsent(c.reading().low() + "/" + c.reading().high(), k -> new ArrayList<>()).add(c);
        }
        List<Figure.Value> values = new ArrayList<>();
        for (List<Count> same : byValue.values()) {
            NumberReader.Reading r = same.get(0).reading();
            List<Mention> mentions = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Count c : same) {
                if (seen.add(c.mention().articleId())) {
                    mentions.add(c.mention());
                }
            }
            values.add(new Figure.Value(reading(same.get(0).mention().text()), r.low(), r.high(), mentions));
        }
        values.sort(Comparator.comparingDouble(Figure.Value::low).thenComparingDouble(Figure.Value::high));
        boolean disputed = false;
        for (int i = 0; i < values.size() && !disputed; i++) {
            for (int j = i + 1; j < values.size() && !disputed; j++) {
                Figure.Value a = values.get(i);
                Figure.Value b = values.get(j);
                if (!a.compatible(b) && fromDifferentArticles(a, b)) {
                    disputed = true;
                }
            }
        }
        return new Figure(measure(group), values, disputed);
    }

    /** The longest ending of the counted noun phrases that at least half the mentions share: "rescue boats". */
    private static String measure(List<Count> group) {
        Map<String, Integer> suffixes = new LinkedHashMap<>();
        for (Count c : group) {
            String[] words = c.measure().split(" ");
            for (int k = 0; k < words.length; k++) {
                suffixes.merge(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)), 1, Integer::sum);
            }
        }
        int need = Math.max(1, (group.size() + 1) / 2);
        String best = group.get(0).measure();
        int bestWords = -1;
        for (Map.Entry<String, Integer> e : suffixes.entrySet()) {
            int words = e.getKey().split(" ").length;
            if (e.getValue() >= need && words > bestWords) {
                best = e.getKey();
                bestWords = words;
            }
        }
        return best;
    }

    /**
     * Whether one article gives one value and another the other, and no article gives both: an article
     * that reports both is telling two quantities apart, not contradicting itself.
     */
    private static boolean fromDifferentArticles(Figure.Value a, Figure.Value b) {
        for (String x : a.articles()) {
            if (b.articles().contains(x)) {
                return false;
            }
        }
        return !a.articles().isEmpty() && !b.articles().isEmpty();
    }

    private static String reading(String reading) {
        return reading.isEmpty() ? reading : Character.toLowerCase(reading.charAt(0)) + reading.substring(1);
    }

    private static boolean plural(String w) {
        if (IRREGULAR_PLURALS.contains(w)) {
            return true;
        }
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("'s") && w.chars().allMatch(Character::isLetter);
    }

    private static boolean spaceBetween(String body, Token a, Token b) {
        for (int k = a.start() + a.text().length(); k < b.start(); k++) {
            char c = body.charAt(k);
            if (c != ' ' && c != '-') {
                return false;
            }
        }
        return true;
    }
}
