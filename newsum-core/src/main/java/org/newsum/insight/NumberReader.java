package org.newsum.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.newsum.model.Token;

/**
 * Reads the numbers of a sentence's tokens: digits ({@code 59}, {@code 1,200}, {@code 3.5 million}),
 * number words ({@code fifty-nine}, {@code two hundred}), vague counts ({@code dozens}, {@code hundreds of})
 * and the qualifier before them ({@code at least}, {@code more than}, {@code almost}), each as the range of
 * values it allows. Pure and thread-safe.
 */
public final class NumberReader {

    /**
     * One number in a sentence.
     *
     * @param first   index of its first token (the qualifier's, if any)
     * @param number  index of the number's own first token
     * @param last    index of its last token (a multiplier such as {@code million}, or {@code of})
     * @param low     the least value it allows
     * @param high    the greatest value it allows
     * @param value   the number as written, or the middle of a vague count: its size, for comparing orders
     * @param reading the words of the qualifier and the number, e.g. {@code "more than 80"}
     */
    public record Reading(int first, int number, int last, double low, double high, double value, String reading) {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12));
    private static final Map<String, Integer> ONES = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9);
    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12);
    private static final Pattern DIGITS = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    /** Vague plurals, read as the range a reader would grant them. */
    private static final Map<String, double[]> VAGUE = Map.of("dozens", new double[] {24, 99},
            "scores", new double[] {40, 99}, "hundreds", new double[] {200, 999},
            "thousands", new double[] {2_000, 9_999}, "millions", new double[] {2e6, 9.99e6},
            "billions", new double[] {2e9, 9.99e9});

    /** Qualifiers by their words, lower case, with how they widen an exact value n: low = a*n, high = b*n. */
    private static final List<Qualifier> QUALIFIERS = List.of(
            new Qualifier(List.of("at", "least"), 1, Double.POSITIVE_INFINITY),
            new Qualifier(List.of("more", "than"), 1, Double.POSITIVE_INFINITY),
            new Qualifier(List.of("upwards", "of"), 1, Double.POSITIVE_INFINITY),
            new Qualifier(List.of("over"), 1, Double.POSITIVE_INFINITY),
            new Qualifier(List.of("nearly"), 0.85, 1),
            new Qualifier(List.of("almost"), 0.85, 1),
            new Qualifier(List.of("up", "to"), 0, 1),
            new Qualifier(List.of("as", "many", "as"), 0, 1),
            new Qualifier(List.of("at", "most"), 0, 1),
            new Qualifier(List.of("fewer", "than"), 0, 1),
            new Qualifier(List.of("less", "than"), 0, 1),
            new Qualifier(List.of("under"), 0, 1),
            new Qualifier(List.of("about"), 0.85, 1.15),
            new Qualifier(List.of("around"), 0.85, 1.15),
            new Qualifier(List.of("roughly"), 0.85, 1.15),
            new Qualifier(List.of("approximately"), 0.85, 1.15),
            new Qualifier(List.of("some"), 0.85, 1.15),
            new Qualifier(List.of("estimated"), 0.85, 1.15));

    private record Qualifier(List<String> words, double low, double high) {
    }

    /** The numbers of a sentence, left to right; {@code one} and {@code a} are not read as counts. */
    public List<Reading> read(List<Token> tokens) {
        List<Reading> readings = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Reading r = readAt(tokens, i);
            if (r == null) {
                i++;
            } else {
                readings.add(r);
                i = r.last() + 1;
            }
        }
        return readings;
    }

    private Reading readAt(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        double low;
        double high;
        double size;
        int last = i;
        double[] vague = VAGUE.get(w);
        if (vague != null) {
            low = vague[0];
            high = vague[1];
            size = Math.sqrt(low * high);
            if (last + 1 < tokens.size() && tokens.get(last + 1).lower().equals("of")) {
                last++;
            }
        } else {
            Double value = value(w);
            if (value == null) {
                return null;
            }
            // "two hundred", "3.5 million", "fifty thousand"
            while (last + 1 < tokens.size() && SCALES.containsKey(tokens.get(last + 1).lower())) {
                value *= SCALES.get(tokens.get(last + 1).lower());
                last++;
            }
            low = value;
            high = value;
            size = value;
        }
        int first = i;
        for (Qualifier q : QUALIFIERS) {
            int n = q.words().size();
            if (i - n < 0) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < n && match; k++) {
                match = tokens.get(i - n + k).lower().equals(q.words().get(k));
            }
            if (match) {
                first = i - n;
                double exact = low;
                low = q.low() * exact;
                high = q.high() == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : q.high() * high;
                break;
            }
        }
        StringBuilder reading = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (k == last && k > i && tokens.get(k).lower().equals("of")) {
                break;
            }
            reading.append(k > first ? " " : "").append(tokens.get(k).text());
        }
        return new Reading(first, i, last, low, high, size, reading.toString());
    }

    /**
     * The value of ASCII digits: the same double {@link Double#parseDouble} gives for up to 15 of them (exact below
     * 2^53), without its general parser, which was a hot line of the insight pass.
     */
    private static long integer(String digits) {
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            v = v * 10 + (digits.charAt(i) - '0');
        }
        return v;
    }

    /** The value of one token: digits with thousands separators or a decimal point, or number words. */
    static Double value(String w) {
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            String digits = w.replace(",", "");
            if (!DIGITS.matcher(digits).matches()) {
                return null;
            }
            // "1,20" or "12,0000" are not thousands separators: likely not a count at all
            if (w.contains(",") && !THOUSANDS.matcher(w).matches()) {
                return null;
            }
            return digits.length() <= 15 && digits.indexOf('.') < 0 ? (double) integer(digits)
                    : Double.parseDouble(digits);
        }
        Integer unit = UNITS.get(w);
        if (unit != null) {
            return (double) unit;
        }
        int dash = w.indexOf('-');
        if (dash > 0) { // "fifty-nine"
            Integer tens = UNITS.get(w.substring(0, dash));
            Integer ones = ONES.get(w.substring(dash + 1));
            if (tens != null && tens >= 20 && tens % 10 == 0 && ones != null) {
                return (double) (tens + ones);
            }
        }
        return null;
    }
}
