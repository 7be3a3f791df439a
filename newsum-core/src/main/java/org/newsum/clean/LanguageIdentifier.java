package org.newsum.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
 * {@value #MIN_LEAD} times as probable as the runner-up. Thread-safe: the model is loaded once, on
 * first use, and shared; each thread has its own detector.
 */
public final class LanguageIdentifier {

    /** Texts with fewer words than this are not judged. */
    public static final int MIN_WORDS = 15;
    /** How much of a text is read: about a hundred words. */
    static final int SAMPLE_CHARS = 600;
    /** How many times more probable than the runner-up the best language must be. */
    static final double MIN_LEAD = 2.0;
    static final String MODEL = "/langdetect-183.bin";

    /** A language named by its ISO 639-1 code where it has one ({@code "en"}), else ISO 639-3, and the model's confidence. */
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

    private static final Map<String, String> TWO_LETTER = twoLetterCodes();

    // LanguageDetectorME is not documented as thread-safe; a detector per thread over the shared model is cheap.
    private final ThreadLocal<LanguageDetectorME> detectors =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(Model.SHARED));

    /** The language of a text, or empty when it is too short to judge or the model is unsure. */
    public Optional<Identified> identify(String text) {
        if (Budget.countWords(text) < MIN_WORDS) {
            return Optional.empty();
        }
        String sample = text.length() <= SAMPLE_CHARS ? text : text.substring(0, cutAt(text));
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

    /** The end of the sample: the last space before {@link #SAMPLE_CHARS}, so no word is cut in half. */
    private static int cutAt(String text) {
        int space = text.lastIndexOf(' ', SAMPLE_CHARS);
        return space > SAMPLE_CHARS / 2 ? space : SAMPLE_CHARS;
    }

    /** The ISO 639-1 code of an ISO 639-3 code ({@code "deu"} to {@code "de"}), or the code itself. */
    static String code(String iso3) {
        return TWO_LETTER.getOrDefault(iso3, iso3);
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
