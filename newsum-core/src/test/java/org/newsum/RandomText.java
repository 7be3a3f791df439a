package org.newsum;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generator of hostile text for the randomized invariant tests: prose-like sentences of words,
 * numbers, sums of money, quotations and punctuation, mixed with what scraped input really holds
 * (CJK and right-to-left script, emoji and lone surrogates, combining marks, whitespace runs, NUL and
 * control characters, HTML tags and broken markup). One seed always gives the same text, so a failing
 * case is reproduced from the seed in its message.
 */
public final class RandomText {

    private static final List<String> WORDS = List.of("the", "a", "of", "and", "to", "in", "said", "was", "were",
            "people", "killed", "injured", "arrested", "police", "officials", "city", "river", "bridge", "council",
            "report", "more", "than", "at", "least", "about", "over", "nearly", "up", "some", "dollars", "percent",
            "euros", "yen", "lifeboats", "homes", "votes", "years", "days", "ago", "later", "old", "two", "three",
            "fifty-nine", "dozens", "hundreds", "thousands", "millions", "billion", "million", "hundred", "of",
            "don't", "it's", "U.S.", "U.S", "e.g.", "Mr.", "Dr.", "St.", "No.", "Inc.", "p.m.", "al-Rashid",
            "Harlow", "Velmor", "Brandt", "Ostby", "Governor", "Minister", "Monday", "April", "he", "she", "they",
            "It", "This", "We", "I", "told", "says", "added", "between", "and", "to", "per", "cent", "who", "what");
    private static final List<String> NUMBERS = List.of("0", "1", "7", "12", "100", "1,200", "3.5", "1,20", "12,0000",
            "2026", "9/11", "3:30", "737", "40%", "5-7", "$300-$400", "10.000", "٣٤", "１２", "½", "1e9", "00",
            "99999999999999999999999", "1.2.3", ",5", "5,", "-3", "+4", "#1");
    private static final List<String> CURRENCY = List.of("$", "£", "€", "¥", "US$", "₹", "$$");
    private static final List<String> PUNCTUATION = List.of(".", ",", ";", ":", "!", "?", "...", "…", "-", "–",
            "—", "(", ")", "[", "]", "/", "'", "’s", "&", "*", "•", "|", "|||||", "..", "?!", "\\");
    private static final List<String> QUOTES = List.of("\"", "“", "”", "‘", "’", "«", "»", "「", "」", "'", "„");
    private static final List<String> SCRIPTS = List.of("中文新闻", "北京。", "他说：“我们会回来。”", "東京で地震があった。",
            "ニュース", "ひらがな", "서울에서", "한국어 문장입니다.", "مرحبا", "السلام عليكم.", "שלום", "עולם.",
            "\u200f", "\u200e", "\u202e", "Ελλάδα", "Москва", "हिन्दी", "ไทย", "𠀀𠀁", "𝐀𝐁𝐂");
    private static final List<String> SYMBOLS = List.of("😀", "👍🏽", "👨‍👩‍👧", "🇺🇸", "\ud83d", "\ude00", "\udc00\ud800",
            "e\u0301", "\u0301", "a\u0308\u0323", "\u20dd", "\ufe0f", "\ufffd", "\ufeff", "\u200b", "\u00ad", "™", "©");
    private static final List<String> SPACE = List.of(" ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u00a0",
            "\u2028", "\u2029", "\u3000", "\u000b", "\f", "\u0085", "   \n \t ");
    private static final List<String> CONTROL = List.of("\u0000", "\u0001", "\u0007", "\u001b", "\u001b[31m",
            "\u007f", "\u009b", "\u0008");
    private static final List<String> MARKUP = List.of("<p>", "</p>", "<div class=\"story\">", "</div>", "<br>",
            "<br/>", "<b>", "</b>", "<a href=\"/x\">", "</a>", "<script>var a = '</p>';</script>", "<style>p{}</style>",
            "<!--", "-->", "<!-- note -->", "<p <b>", "</", "<", ">", "<a href='", "&amp;", "&nbsp;", "&#x27;",
            "&#0;", "&#xD800;", "&bogus;", "&", "<h1>", "</h1>", "<li>", "<ul>", "</ul>", "<table><tr><td>",
            "<article>", "</article>", "<nav>", "</nav>", "<![CDATA[", "]]>", "<?xml version=\"1.0\"?>",
            "<!DOCTYPE html>", "<meta charset=\"utf-8\">", "<title>", "</title>", "<img src=x alt=\"", "<iframe>",
            "<noscript>", "<template>", "<svg><text>", "<math>", "<p>".repeat(20), "</div>".repeat(20));

    /** Not java.util.Random: its first draws for neighbouring seeds are nearly the same. */
    private final SplittableRandom random;

    public RandomText(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A number in [0, bound). */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A fair coin. */
    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    /** One element of {@code options}. */
    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** Text of a few prose-like sentences laced with hostile pieces; may be empty. */
    public String prose(int maxSentences) {
        StringBuilder out = new StringBuilder();
        int sentences = random.nextInt(maxSentences + 1);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                out.append(random.nextInt(4) == 0 ? pick(SPACE) : " ");
            }
            sentence(out);
        }
        return out.toString();
    }

    /** Anything at all: a run of pieces from every family, no prose structure. */
    public String noise(int maxPieces) {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(maxPieces + 1);
        for (int i = 0; i < pieces; i++) {
            out.append(piece(true));
        }
        return out.toString();
    }

    /** An HTML page, more or less well formed, whose text is prose and noise. */
    public String html() {
        StringBuilder out = new StringBuilder();
        if (random.nextBoolean()) {
            out.append("<!DOCTYPE html><html><head><title>").append(headline()).append("</title></head><body>");
        }
        int blocks = random.nextInt(12);
        for (int b = 0; b < blocks; b++) {
            switch (random.nextInt(6)) {
                case 0 -> out.append("<p>").append(prose(4)).append(random.nextBoolean() ? "</p>" : "");
                case 1 -> out.append(pick(MARKUP));
                case 2 -> out.append("<div>").append(noise(20)).append("</div>");
                case 3 -> out.append("<nav><a href=\"/a\">").append(pick(WORDS)).append("</a> <a href=\"/b\">")
                        .append(pick(WORDS)).append("</a></nav>");
                case 4 -> out.append("<article><h1>").append(prose(1)).append("</h1><p>").append(prose(5))
                        .append("</p></article>");
                default -> out.append(prose(3));
            }
        }
        if (random.nextBoolean()) {
            out.append("</body></html>");
        }
        return out.toString();
    }

    /** Numbers and long words of ordinary prose, for {@link #plainParagraph}. */
    private static final List<String> PLAIN_EXTRAS = List.of("12", "1,200", "3.5", "2026", "40%", "$300", "1998",
            "telecommunications", "counterintelligence", "well-known", "twenty-five", "long-running", "Calder",
            "Dunmore", "Ashby", "Jane", "Doe");

    /**
     * A paragraph of plain prose, nothing hostile: sentences that start with a capital and end with their
     * mark, of words, names, abbreviations, numbers and hyphenated words, with commas and quotations.
     */
    public String plainParagraph(int maxSentences) {
        StringBuilder out = new StringBuilder();
        int sentences = 1 + random.nextInt(maxSentences);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                out.append(' ');
            }
            boolean quoted = random.nextInt(8) == 0;
            out.append(quoted ? "“" : "");
            int words = 3 + random.nextInt(random.nextInt(6) == 0 ? 60 : 22);
            for (int w = 0; w < words; w++) {
                String word = random.nextInt(6) == 0 ? pick(PLAIN_EXTRAS) : pick(WORDS);
                out.append(w > 0 ? " " : "").append(w == 0 ? capitalize(word) : word);
                if (w + 1 < words && random.nextInt(10) == 0) {
                    out.append(',');
                }
            }
            int mark = random.nextInt(20);
            out.append(mark == 0 ? "!" : mark < 3 ? "?" : ".").append(quoted ? "”" : "");
        }
        return out.toString();
    }

    /** A few words, no markup: a title is raw text in HTML, and markup in it is text. */
    public String headline() {
        StringBuilder out = new StringBuilder();
        int words = 1 + random.nextInt(10);
        for (int w = 0; w < words; w++) {
            out.append(w > 0 ? " " : "").append(random.nextInt(5) == 0 ? pick(SCRIPTS) : pick(WORDS));
        }
        return out.toString();
    }

    private void sentence(StringBuilder out) {
        if (random.nextInt(5) == 0) {
            out.append(pick(QUOTES));
        }
        int words = 1 + random.nextInt(random.nextInt(8) == 0 ? 120 : 20);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                out.append(random.nextInt(12) == 0 ? pick(SPACE) : " ");
            }
            String piece = random.nextInt(4) == 0 ? piece(false) : pick(WORDS);
            out.append(w == 0 && random.nextBoolean() ? capitalize(piece) : piece);
        }
        out.append(switch (random.nextInt(10)) {
            case 0 -> "";
            case 1 -> "?";
            case 2 -> "!";
            case 3 -> ".\"";
            case 4 -> ".”";
            case 5 -> "。";
            default -> ".";
        });
    }

    private String piece(boolean withSpace) {
        int family = random.nextInt(withSpace ? 11 : 9);
        return switch (family) {
            case 0, 1 -> pick(NUMBERS);
            case 2 -> pick(CURRENCY) + pick(NUMBERS);
            case 3 -> pick(PUNCTUATION);
            case 4 -> pick(QUOTES) + pick(WORDS);
            case 5 -> pick(SCRIPTS);
            case 6 -> pick(SYMBOLS);
            case 7 -> random.nextInt(3) == 0 ? pick(CONTROL) : pick(WORDS) + pick(SYMBOLS);
            case 8 -> pick(MARKUP);
            case 9 -> pick(SPACE);
            default -> pick(WORDS) + " ";
        };
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * A failure message built only when a check fails: the seed, any details, and the input escaped.
     * Checks run for every token of thousands of inputs; escaping the input each time would cost more
     * than the checks.
     */
    public static java.util.function.Supplier<String> where(long seed, String input, Object... details) {
        return () -> "seed " + seed + (details.length == 0 ? "" : " " + java.util.Arrays.toString(details)) + ": "
                + escape(input);
    }

    /** The text with control and non-ASCII characters escaped, for a failure message. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }
}
