package org.newsum.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import org.newsum.model.Budget;

/**
 * Names the language of an article's text with OpenNLP's language-detector model (103 languages,
 * shipped in a jar on the classpath), or none when the text is too short or the model unsure.
 *
 * <p>The rule for "too short or unsure": a text of fewer than {@value #MIN_WORDS} words is not
 * judged, because a headline-length text shares too many character n-grams across languages; a
 * longer one is judged on its first {@value #SAMPLE_CHARS} characters (enough for a clear answer,
 * and the cost stays flat for long articles), and only when the best language is at least
 * {@value #MIN_LEAD} times as probable as the runner-up.
 *
 * <p>Most input is English news, so a sample in which at least a quarter of the words are common
 * English function words ("the", "of", "said", ...) is English without asking the model: English news
 * runs at about a third (median 35% on Multi-News and DUC 2003), other languages near a tenth or
 * below (they share few of these words), and the
 * model's n-gram scoring costs about half a millisecond an article, which would otherwise be paid
 * for every article of every cluster. Thread-safe: the model is loaded once, on first use, and
 * shared; each thread has its own detector.
 */
public final class LanguageIdentifier {

    /** Texts with fewer words than this are not judged. */
    public static final int MIN_WORDS = 15;
    /** How much of a text is read: about a hundred words. */
    static final int SAMPLE_CHARS = 600;
    /** How many times more probable than the runner-up the best language must be. */
    static final double MIN_LEAD = 2.0;
    static final String MODEL = "/langdetect-183.bin";
    /** The share of English function words from which a sample is English without the model. */
    static final double ENGLISH_SHARE = 0.25;
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "and", "to", "a", "in", "is",
            "that", "for", "it", "was", "on", "with", "he", "as", "at", "by", "said", "from", "his", "an", "be",
            "has", "have", "are", "they", "this", "not", "but", "who", "their", "were", "had", "been", "which",
            "she", "her", "will", "would", "its", "after", "we", "or", "about", "more", "than", "also");

    /**
     * A language named by its ISO 639-1 code where it has one ({@code "en"}), else ISO 639-3, and the
     * model's confidence (1 for English recognized by its function words).
     */
    public record Identified(String code, double confidence) {
    }

    /** The model is 10 MB and takes a moment to read: only runs that clean text pay for it, and only once. */
    private static final class Model {
        static final LanguageDetectorModel SHARED = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL + " is not on the classpath");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read language model " + MODEL, e);
            }
        }
    }

    /** Built when the model first names a language: most clusters pass the function-word test and never need it. */
    private static final class TwoLetter {
        static final Map<String, String> CODES = twoLetterCodes();
    }

    // LanguageDetectorME is not documented as thread-safe; a detector per thread over the shared model is cheap.
    private final ThreadLocal<LanguageDetectorME> detectors =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(Model.SHARED));

    /** The language of a text, or empty when it is too short to judge or the model is unsure. */
    public Optional<Identified> identify(String text) {
        return identify(text, Budget.countWords(text));
    }

    /** {@link #identify(String)} of a text whose {@link Budget#countWords} is already known. */
    Optional<Identified> identify(String text, int words) {
        if (words < MIN_WORDS) {
            return Optional.empty();
        }
        String sample = text.length() <= SAMPLE_CHARS ? text : text.substring(0, cutAt(text));
        if (englishShare(sample) >= ENGLISH_SHARE) {
            return Optional.of(new Identified("en", 1.0));
        }
        Language[] ranked = detectors.get().predictLanguages(sample);
        if (ranked.length == 0) {
            return Optional.empty();
        }
        Language best = ranked[0];
        if (ranked.length > 1 && best.getConfidence() < MIN_LEAD * ranked[1].getConfidence()) {
            return Optional.empty();
        }
        return Optional.of(new Identified(code(best.getLang()), best.getConfidence()));
    }

    /** The share of a text's words (runs of letters) that are common English function words. */
    static double englishShare(String text) {
        int words = 0;
        int english = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words++;
                if (i - start <= 5 && ENGLISH_FUNCTION_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    english++;
                }
                start = -1;
            }
        }
        return words == 0 ? 0 : (double) english / words;
    }

    /** The end of the sample: the last space before {@link #SAMPLE_CHARS}, so no word is cut in half. */
    private static int cutAt(String text) {
        int space = text.lastIndexOf(' ', SAMPLE_CHARS);
        return space > SAMPLE_CHARS / 2 ? space : SAMPLE_CHARS;
    }

    /** The ISO 639-1 code of an ISO 639-3 code ({@code "deu"} to {@code "de"}), or the code itself. */
    static String code(String iso3) {
        return TwoLetter.CODES.getOrDefault(iso3, iso3);
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                codes.putIfAbsent(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // a language without a three-letter code keeps none
            }
        }
        // The model names these by their macrolanguage's individual code.
        codes.put("cmn", "zh");
        codes.put("pes", "fa");
        codes.put("zsm", "ms");
        return Map.copyOf(codes);
    }
}
