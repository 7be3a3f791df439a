package org.newsum.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsum.clean.LineFilter;
import org.newsum.model.Budget;
import org.newsum.model.Reason;
import org.newsum.model.Scripts;
import org.newsum.model.SentenceChecks;
import org.newsum.model.Token;

/**
 * The sentence checks, run once per sentence as the text stage makes it, so that selection reads their
 * verdicts ({@link org.newsum.model.Sentence#checks()}) and never judges a sentence itself.
 *
 * <p>The strict checks say which sentences may stand in a summary. A candidate is a whole declarative
 * sentence of reasonable length that a reader can follow on its own: it starts like a sentence (a capital
 * letter or a digit, after an opening quote or bracket if any; any letter where the article's text carries no
 * case ({@link LetterCase}), as in lower-cased text and scripts without capitals), ends with a full stop, an
 * exclamation mark or a closing quote (the ideographic {@code 。} and the danda too), is not site furniture
 * (the clean stage's line rules, applied to the sentence) and holds no photo credit, is not a question, has
 * balanced quotation marks, does not open with a transcript speaker label, a list number fused to its text, a
 * dangling reference like "It denies it" or an unquoted first person, and does not quote someone known only as
 * "he" or "she".
 *
 * <p>The relaxed checks are what a summary falls back on when no candidate fits: prose of at least
 * {@value #MIN_WORDS} words, most of them words of letters rather than numbers or symbols, that is not site
 * furniture (a heading's shape aside). Case, closing punctuation, quotation marks, length and openers are
 * not judged: lower-cased run-on text, a quotation left open, a sentence of 120 words are still the sources'
 * own prose, and better than an empty summary.
 */
public final class SentenceChecker {

    /** Fewer words than this is a fragment, not a summary sentence. */
    public static final int MIN_WORDS = 6;
    /** More words than this is usually a run-on of scraped text without punctuation. */
    public static final int MAX_WORDS = 90;

    /** Furniture inside a prose paragraph ("Click here to ...") is caught sentence by sentence too. */
    private static final LineFilter FURNITURE = new LineFilter();
    private static final Pattern SPEAKER_LABEL = Pattern.compile("^[\\p{Lu}][\\p{Lu} .'\\-]{2,40}:\\s");
    /**
     * A photo credit that scraped text glued into the sentence: "( photo: Jane Roe ) the pier ...", "Reuters/Jane Roe
     * the pier ...". The sentence mixes caption and prose, and a reader sees the credit.
     */
    private static final Pattern GLUED_CREDIT = Pattern.compile(
            "\\(\\s*(?:photo|photos|image|images|picture|credit)\\s*:|^(?:reuters|ap|afp|getty images)/\\S|\\bphoto: ",
            Pattern.CASE_INSENSITIVE);
    /** A list item's number fused to its text by extraction: {@code 2The council ...}. */
    private static final Pattern FUSED_LIST_NUMBER = Pattern.compile("^\\d{1,2}\\p{Lu}\\p{Ll}");
    /**
     * A capital or a digit, after an opening mark if any (detokenized text spaces it: {@code " The}); or any
     * letter of a script without capitals (Chinese, Arabic, Hindi...).
     */
    private static final Pattern STARTS = Pattern.compile("^(?:[\"“‘'(「『（]\\s?)?[\\p{Lu}\\p{Lo}\\p{N}]");
    /** In text without case a capital says nothing: any letter or digit starts a sentence. */
    private static final Pattern STARTS_CASELESS = Pattern.compile("^(?:[\"“‘'(「『（]\\s?)?[\\p{L}\\p{N}]");
    /** A quotation attributed only to a pronoun: the reader cannot tell who is speaking. */
    private static final Pattern PRONOUN_SPEAKER = Pattern.compile(
            "([\"”’,]\\s*|^)(he|she|they)\\s+(" + SpeechVerbs.alternation(SpeechVerbs.QUOTING) + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** Pronouns whose referent is in the sentence before; a short sentence opening with one leans on it. */
    private static final Set<String> WEAK_OPENERS = Set.of("it", "this", "that", "these", "those", "they",
            "he", "she", "him", "her", "them", "such");
    /** A demonstrative standing for the previous sentence when a verb follows it: "This comes as ...". */
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    private static final Set<String> LINKING_VERBS = Set.of("is", "was", "are", "were", "comes", "came", "means",
            "meant", "marks", "marked", "follows", "followed", "has", "had", "will", "would", "could", "may", "might");
    /** First-person openers: outside quotation marks, the reader cannot tell who "I" or "we" is. */
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our"); // not "us": "US officials"
    private static final Set<String> REFERRING_OPENERS = Set.of("it", "its", "they", "their", "them", "he", "his",
            "she", "her");

    private SentenceChecker() {
    }

    /**
     * The verdicts of both checks on a sentence of {@code text} and {@code tokens} at 0-based {@code position}
     * in its article, whose text carries case or not ({@link LetterCase#carried}). The line rules, the costliest
     * check, run at most once for both.
     */
    public static SentenceChecks check(String text, int position, List<Token> tokens, boolean cased) {
        return check(text, Budget.countWords(text), position, tokens, cased);
    }

    /** {@link #check(String, int, List, boolean)} of a sentence whose {@link Budget#countWords} is already known. */
    static SentenceChecks check(String text, int words, int position, List<Token> tokens, boolean cased) {
        if (words < MIN_WORDS) {
            return SentenceChecks.of(false, false);
        }
        if (words > MAX_WORDS || !readsAlone(text, position, tokens, words, cased)) {
            // Most clusters never ask for the relaxed verdict: the line rules wait until one does.
            return SentenceChecks.deferred(false, () -> relaxed(text, tokens, words, FURNITURE.classify(text, words)));
        }
        Reason furniture = FURNITURE.classify(text, words);
        boolean strict = furniture == null && !quotesPronoun(text) && !gluedCredit(text);
        return SentenceChecks.of(strict, relaxed(text, tokens, words, furniture));
    }

    /**
     * The relaxed verdict: prose, and not furniture but by a line rule of shape alone. A short line without a full
     * stop is a heading on a page, but a sentence cut off where a scraped text was truncated here.
     */
    private static boolean relaxed(String text, List<Token> tokens, int words, Reason furniture) {
        return mostlyWords(tokens, words) && (furniture == null || furniture == Reason.HEADING);
    }

    /** Whether at least {@value #MIN_WORDS} of the words, and most of them, hold a letter. */
    private static boolean mostlyWords(List<Token> tokens, int words) {
        int lettered = 0;
        for (Token t : tokens) {
            if (hasLetter(t.text())) {
                lettered++;
            }
        }
        return lettered >= MIN_WORDS && 2 * lettered >= words;
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.isLetter(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The strict checks that look at the text's shape and a token or two, before the line rules and the speaker search. */
    private static boolean readsAlone(String text, int position, List<Token> tokens, int words, boolean cased) {
        if (!(cased ? STARTS : STARTS_CASELESS).matcher(text).lookingAt()
                || SPEAKER_LABEL.matcher(text).lookingAt() || FUSED_LIST_NUMBER.matcher(text).lookingAt()) { // all ^
            return false;
        }
        if (!endsLikeStatement(text) || isQuestion(text)) {
            return false;
        }
        return balancedQuotes(text) && !wholeQuotation(text) && !danglingShortSentence(tokens, words)
                && !opensWithReference(position, tokens) && !unattributedFirstPerson(text, tokens);
    }

    /**
     * "We want to express our sadness ..." lifted from a statement or letter: unquoted, its speaker is
     * unknown to the summary's reader. Quoted first person ("'We will rebuild,' the mayor said") is fine.
     */
    private static boolean unattributedFirstPerson(String text, List<Token> tokens) {
        return !tokens.isEmpty() && FIRST_PERSON.contains(tokens.get(0).lower())
                && !text.startsWith("\"") && !text.startsWith("“");
    }

    /**
     * A sentence after its article's first that opens with a pronoun ("It followed a long night of talks ..."):
     * its referent is in the sentence before, which the summary may not hold; another sentence of the
     * cluster usually says the same with the name.
     */
    private static boolean opensWithReference(int position, List<Token> tokens) {
        if (position == 0 || tokens.isEmpty()) {
            return false;
        }
        String first = tokens.get(0).lower();
        return REFERRING_OPENERS.contains(first)
                || DEMONSTRATIVES.contains(first) && tokens.size() > 1 && LINKING_VERBS.contains(tokens.get(1).lower());
    }

    /**
     * Whether {@link #PRONOUN_SPEAKER} matches. Most sentences hold none of its verbs, and looking
     * for them is several times cheaper than the case-insensitive search at every position.
     */
    private static boolean quotesPronoun(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String verb : SpeechVerbs.QUOTING) {
            if (lower.contains(verb)) {
                return PRONOUN_SPEAKER.matcher(text).find();
            }
        }
        return false;
    }

    /** Whether {@link #GLUED_CREDIT} matches; most sentences hold no colon or slash, which is cheaper to look for. */
    private static boolean gluedCredit(String text) {
        return (text.indexOf(':') >= 0 || text.indexOf('/') >= 0) && GLUED_CREDIT.matcher(text).find();
    }

    /** Short sentences that lean on the one before: "It blames the weather." */
    private static boolean danglingShortSentence(List<Token> tokens, int words) {
        if (tokens.isEmpty() || words > 9) {
            return false;
        }
        return WEAK_OPENERS.contains(tokens.get(0).lower());
    }

    /** A sentence that is nothing but a quotation, its speaker named elsewhere. */
    static boolean wholeQuotation(String text) {
        if (text.length() < 2 || "\"“".indexOf(text.charAt(0)) < 0) {
            return false;
        }
        int closes = QuoteMarks.of(text, 1, text.length()).closers();
        char last = text.charAt(text.length() - 1);
        return closes == 1 && (last == '”' || last == '"' || text.endsWith("\".") || text.endsWith("”."));
    }

    static boolean endsLikeStatement(String text) {
        int i = text.length() - 1;
        // closing marks, spaced in detokenized text ("... a sad day. \"")
        while (i >= 0 && ("\"'”’)] ".indexOf(text.charAt(i)) >= 0 || Scripts.isCjkCloser(text.charAt(i)))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '.' || text.charAt(i) == '!' || Scripts.isOtherStatementEnd(text.charAt(i)))
                && !text.endsWith("...") && !text.endsWith("…");
    }

    /** Whether the sentence asks something: a question mark anywhere, in any script. */
    private static boolean isQuestion(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?' || Scripts.isOtherQuestionMark(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean balancedQuotes(String text) {
        return QuoteMarks.of(text).balanced();
    }
}
