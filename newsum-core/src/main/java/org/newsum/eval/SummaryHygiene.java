package org.newsum.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.Citation;
import org.newsum.model.SummarySentence;
import org.newsum.text.StopWords;

/**
 * Counts what ROUGE cannot see in summaries: readability faults a reader notices, sentence by sentence. Each
 * detector is a measurement written on its own, from the summary's text (and, for openers, where each sentence
 * stood in its article), not the splitter's or the checks' rules asserting themselves: a fault those rules miss
 * is counted here.
 */
public final class SummaryHygiene {

    /** A kind of fault, counted once per summary sentence that shows it. */
    public enum Fault {
        /** Two sentences kept as one: {@code ...a delay.But the...}, {@code ...version 4. The next...}. */
        GLUED("glued sentences"),
        /** A photo caption or credit: {@code Above, ...}, {@code Pictured: ...}, {@code (AP Photo/...)}. */
        CAPTION("captions"),
        /** A first person outside quotation marks, whose speaker the reader does not know. */
        FIRST_PERSON("unquoted first person"),
        /** A list number fused to the text: {@code 2The ...}. */
        FUSED_NUMBER("fused list numbers"),
        /** A definite or demonstrative reference whose noun only a later summary sentence introduces. */
        EARLY_REFERENCE("reference before antecedent"),
        /** A discourse opener ({@code But}, {@code However,}) without the sentence it leans on before it. */
        DANGLING_OPENER("dangling openers");

        private final String label;

        Fault(String label) {
            this.label = label;
        }

        /** What a table calls it. */
        public String label() {
            return label;
        }
    }

    /**
     * The faults of one or more summaries.
     *
     * @param summaries how many summaries were read
     * @param sentences how many sentences they hold
     * @param faults    per kind, how many sentences show it
     */
    public record Counts(int summaries, int sentences, Map<Fault, Integer> faults) {

        public static final Counts NONE = new Counts(0, 0, Map.of());

        public Counts {
            EnumMap<Fault, Integer> all = new EnumMap<>(Fault.class);
            for (Fault f : Fault.values()) {
                all.put(f, faults.getOrDefault(f, 0));
            }
            faults = Collections.unmodifiableMap(all);
        }

        /** The sum of both. */
        public Counts plus(Counts other) {
            Map<Fault, Integer> sum = new EnumMap<>(Fault.class);
            for (Fault f : Fault.values()) {
                sum.put(f, faults.get(f) + other.faults.get(f));
            }
            return new Counts(summaries + other.summaries, sentences + other.sentences, sum);
        }

        public int count(Fault fault) {
            return faults.get(fault);
        }
    }

    private static final Pattern LOWER_END_UPPER = Pattern.compile("\\p{Ll}{2}[.!?][\"”’)]?[\"“]?(?:\\p{Lu}\\p{Ll}|I\\b)");
    /** Words that end with a period inside a sentence, in any case: titles, months, states, firms, references. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "messrs", "vs",
            "v", "approx", "ca", "cf", "al", "ed", "eds", "vol", "pp", "no", "nos", "esp", "incl", "viz", "fig", "op",
            "calif", "mass", "conn", "wash", "ariz", "colo", "corp", "sept", "gov", "gen", "gens", "sen", "rep", "inc",
            "ltd", "co", "bros", "ave", "blvd", "jan", "feb", "aug", "oct", "nov", "dec", "mich", "minn", "tenn", "penn",
            "okla", "nev", "wis", "fla", "ill", "ind", "del", "neb", "kan", "kans", "nebr", "ore", "tex", "miss", "ala",
            "ark", "md", "va", "mont", "wyo", "dak", "prof", "rev", "hon", "capt", "col", "lt", "sgt", "cpl", "maj",
            "adm", "supt", "det", "insp", "pres", "univ", "dept", "assn", "est", "mt", "ft", "ch", "cmdr", "cdr", "atty",
            "sens", "reps");
    private static final Pattern CAPTION_START = Pattern.compile("(?i)^[\"“(\\[]?\\s*(?:(?:above|below|left|right|top"
            + "|bottom|inset|pictured|main (?:image|picture)|from left|clockwise from (?:top )?left)\\s*[,:]"
            + "|pictured\\b|(?:photo|photos|photograph|image|picture|caption|credit|file photo|video)\\s*:"
            + "|(?:in )?(?:this|these|an?) (?:\\S+ ){0,3}?(?:photo|photograph|image|picture|screenshot|screen grab"
            + "|frame grab|video still)s?\\b(?: \\S+)? (?:taken|provided|released|made|shows?|from|of|dated)\\b)");
    private static final Pattern CREDIT = Pattern.compile("(?i)(?:\\bap photo\\b|\\bgetty images\\b|\\bafp/|reuters/"
            + "|image copyright|photo credit|\\bphoto: |\\((?:ap|afp|epa|reuters|getty|photo|image|credit)\\b[^)]*\\)"
            + "\\s*[.]?\\s*$)");
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "(?<![\\p{L}'’])(?:(?:I|i)(?:['’](?:m|ve|d|ll))?|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e(?:['’](?:re|ve|d|ll))?"
                    + "|us|[Oo]ur|[Oo]urs|[Oo]urselves|WE|MY|OUR)(?![\\p{L}'’])");
    /** A number of one or two digits, a full stop or bracket if any, and a word: stuck to it or after a space. */
    private static final Pattern FUSED_NUMBER = Pattern.compile("^[\"“(]?\\d{1,2}(?:[.)]\\s*)?(\\p{L}+)");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "my", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "in", "on", "at",
            "when", "while", "after", "before", "if", "but", "and", "as", "for", "one", "there", "what", "who", "how",
            "why", "with", "some", "many", "most", "all", "no", "not", "so", "yet", "then", "once", "since", "even");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "those");
    /** Nouns that a demonstrative makes a time, not a reference: {@code this week}. */
    private static final Set<String> TIMES = Set.of("week", "weeks", "year", "years", "month", "months", "morning",
            "afternoon", "evening", "night", "weekend", "summer", "spring", "fall", "autumn", "winter", "season",
            "time", "day", "days", "decade", "century", "past", "point", "way", "era", "holiday", "term", "session");
    private static final Set<String> PREPOSITIONS = Set.of("to", "of", "in", "on", "at", "for", "from", "by", "with",
            "after", "before", "about", "over", "since", "during", "against", "despite", "following", "amid", "under");
    private static final Pattern OPENER = Pattern.compile("(?i)^[\"“]?(?:(?:but|and|yet|or|then)[\\s,]"
            + "|so(?:,|\\s+(?:the|he|she|it|they|we|i|this|that|a|an)\\b)"
            + "|(?:however|meanwhile|still|also|instead|moreover|furthermore|nevertheless|nonetheless|in addition"
            + "|additionally|separately|likewise|similarly|thus|therefore|hence|consequently|as a result|besides"
            + "|even so|indeed|otherwise|in turn|by contrast|in contrast|on the other hand|at the same time"
            + "|in the meantime|afterwards?|later|too|plus|again|elsewhere|even then|for (?:his|her|their|its) part)\\s*,)");

    private SummaryHygiene() {
    }

    /**
     * The faults of a brief's summary: openers are judged by where each sentence stood, from its own citation
     * (the first) into the brief's articles.
     */
    public static Counts of(Brief brief) {
        List<SummarySentence> sentences = brief.summary().sentences();
        Map<String, Article> articles = new HashMap<>();
        brief.articles().forEach(a -> articles.put(a.id(), a));
        List<String> texts = new ArrayList<>();
        boolean[] follows = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            texts.add(sentences.get(i).text());
            follows[i] = i > 0 && followsInArticle(sentences.get(i - 1), sentences.get(i), articles);
        }
        return of(texts, follows);
    }

    /** Whether {@code next} stood right after {@code previous} in the same article, only space between them. */
    private static boolean followsInArticle(SummarySentence previous, SummarySentence next, Map<String, Article> articles) {
        if (previous.citations().isEmpty() || next.citations().isEmpty()) {
            return false;
        }
        Citation a = previous.citations().get(0);
        Citation b = next.citations().get(0);
        Article article = articles.get(a.articleId());
        if (article == null || !a.articleId().equals(b.articleId()) || b.start() < a.end()
                || b.start() > article.text().length()) {
            return false;
        }
        return article.text().substring(a.end(), b.start()).isBlank();
    }

    /**
     * The faults of one summary's sentences in order; {@code followsInSource[i]} says whether sentence {@code i}
     * stood right after sentence {@code i - 1} in its article.
     */
    public static Counts of(List<String> sentences, boolean[] followsInSource) {
        Map<Fault, Integer> faults = new EnumMap<>(Fault.class);
        Map<String, String> stems = new HashMap<>();
        List<List<String>> words = new ArrayList<>();
        for (String s : sentences) {
            words.add(RougeTokens.tokens(s, false, stems));
        }
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            count(faults, Fault.GLUED, glued(s));
            count(faults, Fault.CAPTION, caption(s));
            count(faults, Fault.FIRST_PERSON, unquotedFirstPerson(s));
            count(faults, Fault.FUSED_NUMBER, fusedNumber(s));
            count(faults, Fault.EARLY_REFERENCE, earlyReference(words, i, stems));
            count(faults, Fault.DANGLING_OPENER, OPENER.matcher(s).lookingAt()
                    && (i == 0 || followsInSource == null || !followsInSource[i]));
        }
        return new Counts(1, sentences.size(), faults);
    }

    private static void count(Map<Fault, Integer> faults, Fault fault, boolean found) {
        if (found) {
            faults.merge(fault, 1, Integer::sum);
        }
    }

    /**
     * Whether the sentence holds the end of one sentence and the start of another outside quotation marks: a
     * lower-case word or a number, its end mark, then a capitalized word, with or without a space between.
     */
    static boolean glued(String sentence) {
        String[] pieces = sentence.trim().split("\\s+");
        int quotes = 0; // straight and curly marks that open or close, counted as they come
        boolean curlyOpen = false;
        for (int k = 0; k < pieces.length; k++) {
            String w = pieces[k];
            boolean url = w.contains("://") || w.contains("www.") || w.contains("@");
            boolean outside = quotes % 2 == 0 && !curlyOpen;
            if (!url && outside && k > 0 && LOWER_END_UPPER.matcher(w).find()) {
                return true;
            }
            for (char c : w.toCharArray()) {
                if (c == '"') {
                    quotes++;
                } else if (c == '“') {
                    curlyOpen = true;
                } else if (c == '”') {
                    curlyOpen = false;
                }
            }
            outside = quotes % 2 == 0 && !curlyOpen;
            // the first piece ending so is a list number ("1. The"), counted as one
            if (outside && k > 0 && k + 1 < pieces.length && endsSentence(w) && startsSentence(pieces[k + 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A whitespace piece that ends a sentence: a lower-case word, a capitalized word that is not an abbreviation, or
     * a number, then its end mark and closing marks.
     */
    private static boolean endsSentence(String piece) {
        String w = piece.replaceAll("[\"”’)\\]]+$", "");
        if (w.endsWith("...") || w.endsWith("…") || w.length() < 2) {
            return false;
        }
        char mark = w.charAt(w.length() - 1);
        if (mark != '.' && mark != '!' && mark != '?') {
            return false;
        }
        String word = w.substring(0, w.length() - 1).replaceAll("^[\"“(\\[]+", "");
        if (word.matches("\\d+")) {
            return true;
        }
        return (word.matches("\\p{Ll}{2,}") || word.matches("\\p{Lu}\\p{Ll}{2,}"))
                && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A whitespace piece that starts a sentence: a capitalized word after an opening mark, if any. */
    private static boolean startsSentence(String piece) {
        return piece.matches("[\"“(]?\\p{Lu}\\p{Ll}+.*");
    }

    /** Whether the sentence is a photo caption or carries a photo credit. */
    static boolean caption(String sentence) {
        String s = sentence.strip();
        return CAPTION_START.matcher(s).lookingAt() || CREDIT.matcher(s).find();
    }

    /** Whether a first-person word stands outside quotation marks. */
    static boolean unquotedFirstPerson(String sentence) {
        Matcher m = FIRST_PERSON.matcher(outsideQuotations(sentence));
        while (m.find()) {
            if (!romanNumeral(sentence, m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }

    /** "I" after a name inside the sentence is a numeral: {@code World War I}, {@code Park I}. */
    private static boolean romanNumeral(String sentence, int start, int end) {
        if (end - start != 1 || sentence.charAt(start) != 'I') {
            return false;
        }
        int i = start - 1;
        while (i >= 0 && sentence.charAt(i) == ' ') {
            i--;
        }
        int wordEnd = i + 1;
        while (i >= 0 && Character.isLetter(sentence.charAt(i))) {
            i--;
        }
        return wordEnd > i + 1 && i >= 0 && Character.isUpperCase(sentence.charAt(i + 1));
    }

    /** The sentence with every quotation blanked out; an unclosed one runs to the end. */
    static String outsideQuotations(String sentence) {
        StringBuilder out = new StringBuilder(sentence.length());
        boolean inStraight = false;
        int curly = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '"') {
                inStraight = !inStraight;
                out.append(' ');
            } else if (c == '“') {
                curly++;
                out.append(' ');
            } else if (c == '”') {
                curly = Math.max(0, curly - 1);
                out.append(' ');
            } else {
                out.append(inStraight || curly > 0 ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Whether the sentence opens with a list number: fused to its first word ({@code 2The}) or not ({@code 3. When}). */
    static boolean fusedNumber(String sentence) {
        Matcher m = FUSED_NUMBER.matcher(sentence.strip());
        return m.lookingAt() && FUNCTION_WORDS.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether sentence {@code i} refers to something only a later sentence introduces: a demonstrative noun phrase
     * ({@code this plan}, {@code to that attack}, not a time such as {@code this week}) whose noun no earlier sentence
     * holds and a later one does. Definite phrases ({@code the attack}) are not judged: a lead names known things
     * with "the" and later sentences often say "a" of others.
     */
    static boolean earlyReference(List<List<String>> words, int i, Map<String, String> stems) {
        List<String> w = words.get(i);
        Set<String> before = new HashSet<>();
        for (int j = 0; j < i; j++) {
            for (String t : words.get(j)) {
                before.add(stem(t, stems));
            }
        }
        for (int k = 0; k + 1 < w.size(); k++) {
            String det = w.get(k);
            boolean demonstrative = DEMONSTRATIVES.contains(det)
                    || det.equals("that") && k > 0 && PREPOSITIONS.contains(w.get(k - 1));
            if (demonstrative) {
                String head = w.get(k + 1);
                if (content(head) && !before.contains(stem(head, stems)) && laterMentions(words, i, head, stems)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a sentence after {@code i} holds {@code head}. */
    private static boolean laterMentions(List<List<String>> words, int i, String head, Map<String, String> stems) {
        String stem = stem(head, stems);
        for (int j = i + 1; j < words.size(); j++) {
            for (String t : words.get(j)) {
                if (stem(t, stems).equals(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A noun a demonstrative may point back with: a content word that is not a time. */
    private static boolean content(String word) {
        return word.length() >= 3 && word.chars().allMatch(Character::isLetter) && !StopWords.contains(word)
                && !FUNCTION_WORDS.contains(word) && !PREPOSITIONS.contains(word) && !TIMES.contains(word);
    }

    private static String stem(String word, Map<String, String> stems) {
        return stems.computeIfAbsent(word, PorterStemmer::stem);
    }
}
