package org.newsum.eval;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer of the ROUGE-1.5.5 script ({@code -m}), rule for rule: Martin Porter's Perl
 * "Release 1" (with its {@code -bli → -ble} and {@code -logi → -log}) as the script ships it, including
 * its author's change to step 4 (02/14/2004): a word ending in {@code -ement} is not offered
 * {@code -ment} or {@code -ent} in the same test; instead three fixed checks follow each other once —
 * the suffix list without {@code -ment}/{@code -ent}, then {@code -ment}, then {@code -ent} or else
 * {@code (s|t)ion} — so {@code agreement → agreem} and {@code environmental → environ}, while
 * {@code accelerate → acceler} (no second pass removes {@code -er}). The rules are the script's regular
 * expressions, so its treatment of {@code y} and of digits is kept too. Kept apart from the pipeline's
 * stemmer so that scores match the official script exactly. Stateless and thread-safe.
 */
final class PorterStemmer {

    private static final String C1 = "[^aeiou]";                 // consonant
    private static final String V1 = "[aeiouy]";                 // vowel
    private static final String CS = C1 + "[^aeiouy]*";          // consonant sequence
    private static final String VS = V1 + "[aeiou]*";            // vowel sequence

    private static final Pattern MGR0 = Pattern.compile("^(" + CS + ")?" + VS + CS);              // m > 0
    private static final Pattern MEQ1 = Pattern.compile("^(" + CS + ")?" + VS + CS + "(" + VS + ")?$"); // m = 1
    private static final Pattern MGR1 = Pattern.compile("^(" + CS + ")?" + VS + CS + VS + CS);    // m > 1
    private static final Pattern VOWEL_IN_STEM = Pattern.compile("^(" + CS + ")?" + V1);
    private static final Pattern SHORT_CVC = Pattern.compile("^" + CS + V1 + "[^aeiouwxy]$");

    private static final Pattern STEP1A_SSES_IES = Pattern.compile("(ss|i)es$");
    private static final Pattern STEP1A_S = Pattern.compile("([^s])s$");
    private static final Pattern STEP1B_EED = Pattern.compile("eed$");
    private static final Pattern STEP1B_ED_ING = Pattern.compile("(ed|ing)$");
    private static final Pattern STEP1B_AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
    private static final Pattern STEP1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern STEP1C_Y = Pattern.compile("y$");
    private static final Pattern STEP2 = Pattern.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli"
            + "|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern STEP4_LIST = Pattern.compile(
            "(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern STEP4_MENT = Pattern.compile("ment$");
    private static final Pattern STEP4_ENT = Pattern.compile("ent$");
    private static final Pattern STEP4_ION = Pattern.compile("(s|t)(ion)$");
    private static final Pattern STEP5_E = Pattern.compile("e$");
    private static final Pattern STEP5_LL = Pattern.compile("ll$");

    private static final Map<String, String> STEP2_LIST = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"), Map.entry("alli", "al"),
            Map.entry("entli", "ent"), Map.entry("eli", "e"), Map.entry("ousli", "ous"), Map.entry("ization", "ize"),
            Map.entry("ation", "ate"), Map.entry("ator", "ate"), Map.entry("alism", "al"),
            Map.entry("iveness", "ive"), Map.entry("fulness", "ful"), Map.entry("ousness", "ous"),
            Map.entry("aliti", "al"), Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Map<String, String> STEP3_LIST = Map.of("icate", "ic", "ative", "", "alize", "al",
            "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    private PorterStemmer() {
    }

    /** The stem of a lower-case word. */
    static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        // An initial y becomes Y so that the patterns never take it for a vowel.
        boolean initialY = word.charAt(0) == 'y';
        String w = initialY ? "Y" + word.substring(1) : word;
        Matcher m;

        // Step 1a
        if ((m = STEP1A_SSES_IES.matcher(w)).find()) {
            w = before(w, m) + m.group(1);
        } else if ((m = STEP1A_S.matcher(w)).find()) {
            w = before(w, m) + m.group(1);
        }
        // Step 1b
        if ((m = STEP1B_EED.matcher(w)).find()) {
            if (MGR0.matcher(before(w, m)).find()) {
                w = chop(w);
            }
        } else if ((m = STEP1B_ED_ING.matcher(w)).find()) {
            String stem = before(w, m);
            if (VOWEL_IN_STEM.matcher(stem).find()) {
                w = stem;
                if (STEP1B_AT_BL_IZ.matcher(w).find()) {
                    w += "e";
                } else if (STEP1B_DOUBLE.matcher(w).find()) {
                    w = chop(w);
                } else if (SHORT_CVC.matcher(w).find()) {
                    w += "e";
                }
            }
        }
        // Step 1c
        if ((m = STEP1C_Y.matcher(w)).find()) {
            String stem = before(w, m);
            if (VOWEL_IN_STEM.matcher(stem).find()) {
                w = stem + "i";
            }
        }
        // Steps 2 and 3
        w = replaceSuffix(w, STEP2, STEP2_LIST);
        w = replaceSuffix(w, STEP3, STEP3_LIST);
        // Step 4: the script's three checks, each once, in this order
        w = dropSuffix(w, STEP4_LIST);
        w = dropSuffix(w, STEP4_MENT);
        if (STEP4_ENT.matcher(w).find()) {
            w = dropSuffix(w, STEP4_ENT);
        } else if ((m = STEP4_ION.matcher(w)).find()) {
            String stem = before(w, m) + m.group(1);
            if (MGR1.matcher(stem).find()) {
                w = stem;
            }
        }
        // Step 5
        if ((m = STEP5_E.matcher(w)).find()) {
            String stem = before(w, m);
            if (MGR1.matcher(stem).find() || MEQ1.matcher(stem).find() && !SHORT_CVC.matcher(stem).find()) {
                w = stem;
            }
        }
        if (STEP5_LL.matcher(w).find() && MGR1.matcher(w).find()) {
            w = chop(w);
        }
        return initialY ? "y" + w.substring(1) : w;
    }

    /** Steps 2 and 3: the suffix replaced by its table entry when the stem before it has m > 0. */
    private static String replaceSuffix(String w, Pattern suffixes, Map<String, String> replacements) {
        Matcher m = suffixes.matcher(w);
        if (m.find()) {
            String stem = before(w, m);
            if (MGR0.matcher(stem).find()) {
                return stem + replacements.get(m.group(1));
            }
        }
        return w;
    }

    /** One check of step 4: the suffix removed when the stem before it has m > 1. */
    private static String dropSuffix(String w, Pattern suffix) {
        Matcher m = suffix.matcher(w);
        if (m.find()) {
            String stem = before(w, m);
            if (MGR1.matcher(stem).find()) {
                return stem;
            }
        }
        return w;
    }

    /** Perl's {@code $`}: the text before the match. */
    private static String before(String w, Matcher m) {
        return w.substring(0, m.start());
    }

    /** Perl's {@code chop}: the word without its last character. */
    private static String chop(String w) {
        return w.substring(0, w.length() - 1);
    }
}
