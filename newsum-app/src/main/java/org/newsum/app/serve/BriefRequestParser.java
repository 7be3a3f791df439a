package org.newsum.app.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsum.Newsum;
import org.newsum.model.ArticleInput;
import org.newsum.model.Budget;
import org.newsum.model.Insights;
import org.newsum.model.Method;

/**
 * Reads a {@code POST /api/briefs} body into a {@link BriefRequest}, or says which field is wrong: malformed
 * or invalid input is a 400, more articles or words than the limits a 413. Unknown fields are errors too, so
 * a misspelt {@code "budjet"} is not silently ignored.
 */
final class BriefRequestParser {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> TOP_FIELDS = Set.of("id", "articles", "budget", "method", "insights");
    private static final Set<String> ARTICLE_FIELDS = Set.of("text", "html", "url", "title", "source");
    private static final Map<String, Budget.Unit> UNITS = Map.of("words", Budget.Unit.WORDS,
            "sentences", Budget.Unit.SENTENCES, "chars", Budget.Unit.CHARS);

    private final ServiceLimits limits;

    BriefRequestParser(ServiceLimits limits) {
        this.limits = limits;
    }

    BriefRequest parse(byte[] body) throws ApiException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            String column = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw ApiException.badRequest(null, "malformed JSON" + column + ": " + problem(e));
        } catch (IOException e) {
            throw ApiException.badRequest(null, "cannot read the request body");
        }
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest(null, "the body must be a JSON object with \"articles\" and \"budget\"");
        }
        unknownFields(root, TOP_FIELDS, "");
        String id = optionalText(root, "id", "id");
        List<ArticleInput> articles = articles(root.get("articles"));
        Budget budget = budget(root.get("budget"));
        Method method = method(root.get("method"));
        return new BriefRequest(id == null ? "brief" : id, articles, budget, method, insights(root.get("insights")));
    }

    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.)' \\(code \\d+\\)\\)");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']{0,40})");

    /** What is wrong with the JSON, in our words: the parser's own messages name its classes and features. */
    private static String problem(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        java.util.regex.Matcher unexpected = UNEXPECTED.matcher(m);
        java.util.regex.Matcher unrecognized = UNRECOGNIZED.matcher(m);
        if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException || m.startsWith("Unexpected end-of-input")) {
            return "the JSON ends before every object, list and string is closed";
        }
        if (m.contains("Trailing token")) {
            return "more follows the end of the JSON object";
        }
        if (m.contains("Invalid UTF-8")) {
            return "the body is not valid UTF-8";
        }
        if (m.contains("Illegal unquoted character")) {
            return "a control character in a string must be escaped (e.g. \\n)";
        }
        if (m.contains("Unrecognized character escape")) {
            return "a backslash in a string starts an escape that JSON does not have";
        }
        if (unexpected.find()) {
            char c = unexpected.group(1).charAt(0);
            return c == '\'' ? "strings and names must be in double quotes" : "unexpected character '" + c + "'";
        }
        if (unrecognized.find()) {
            return "unrecognized word '" + unrecognized.group(1) + "' (strings must be in double quotes)";
        }
        return "the body is not valid JSON";
    }

    /** "none", "brief" or "full" as on the command line (true and false mean brief and none); brief when absent. */
    private static Insights.Level insights(JsonNode node) throws ApiException {
        if (node == null || node.isNull()) {
            return Insights.Level.BRIEF;
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? Insights.Level.BRIEF : Insights.Level.NONE;
        }
        if (node.isTextual()) {
            for (Insights.Level level : Insights.Level.values()) {
                if (level.name().equalsIgnoreCase(node.asText())) {
                    return level;
                }
            }
        }
        throw ApiException.badRequest("insights", "\"insights\" must be \"none\", \"brief\" or \"full\"");
    }

    private List<ArticleInput> articles(JsonNode node) throws ApiException {
        if (node == null || node.isNull()) {
            throw ApiException.badRequest("articles", "\"articles\" is missing: give a list of {\"text\"|\"html\"|\"url\"}");
        }
        if (!node.isArray()) {
            throw ApiException.badRequest("articles", "\"articles\" must be a list");
        }
        if (node.isEmpty()) {
            throw ApiException.badRequest("articles", "\"articles\" is empty: give at least one article");
        }
        if (node.size() > limits.maxArticles()) {
            throw ApiException.tooLarge("articles", node.size() + " articles, more than the limit of "
                    + limits.maxArticles());
        }
        List<ArticleInput> articles = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            articles.add(article(node.get(i), "articles[" + i + "]"));
        }
        return articles;
    }

    /**
     * One article as the client sent it. Its text is checked as a file's is (binary data refused, control characters
     * removed) when the brief's source is read, which names it by its field.
     */
    private ArticleInput article(JsonNode node, String field) throws ApiException {
        if (node.isTextual()) {
            throw ApiException.badRequest(field, field + " must be an object such as {\"text\": \"...\"}");
        }
        if (!node.isObject()) {
            throw ApiException.badRequest(field, field + " must be an object with \"text\", \"html\" or \"url\"");
        }
        unknownFields(node, ARTICLE_FIELDS, field + ".");
        List<ArticleInput.Kind> given = new ArrayList<>();
        for (ArticleInput.Kind kind : ArticleInput.Kind.values()) {
            if (node.hasNonNull(key(kind))) {
                given.add(kind);
            }
        }
        if (given.size() != 1) {
            throw ApiException.badRequest(field, field + " must have exactly one of \"text\", \"html\" or \"url\""
                    + (given.isEmpty() ? "" : ", not " + given.size()));
        }
        ArticleInput.Kind kind = given.get(0);
        String valueField = field + "." + key(kind);
        String value = optionalText(node, key(kind), valueField);
        if (value.isBlank()) {
            throw ApiException.badRequest(valueField, valueField + " is empty");
        }
        if (kind == ArticleInput.Kind.URL) {
            String lower = value.strip().toLowerCase(Locale.ROOT);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                throw ApiException.badRequest(valueField, valueField + ": only http and https URLs are fetched");
            }
        } else {
            int words = words(value, kind == ArticleInput.Kind.HTML);
            if (words > limits.maxArticleWords()) {
                throw ApiException.tooLarge(valueField, valueField + " has " + words + " words, more than the limit of "
                        + limits.maxArticleWords());
            }
        }
        return new ArticleInput(kind, value, optionalText(node, "title", field + ".title"),
                optionalText(node, "source", field + ".source"), valueField);
    }

    /** Elements whose content is not text a reader sees. */
    private static final String[] RAW_TEXT = {"script", "style"};

    /** Whether the tag at {@code at} opens the element {@code name} (in any case, followed by no word character). */
    private static boolean opens(String html, int at, String name) {
        int after = at + 1 + name.length();
        return html.regionMatches(true, at + 1, name, 0, name.length())
                && (after >= html.length() || !(Character.isLetterOrDigit(html.charAt(after)) || html.charAt(after) == '_'));
    }

    /** The index just past {@code </name>} (white space allowed before the {@code >}) from {@code from}, or -1. */
    private static int endOf(String html, int from, String name) {
        String close = "</" + name;
        for (int j = from; j + close.length() <= html.length(); j++) {
            if (html.regionMatches(true, j, close, 0, close.length())) {
                int k = j + close.length();
                while (k < html.length() && Character.isWhitespace(html.charAt(k))) {
                    k++;
                }
                if (k < html.length() && html.charAt(k) == '>') {
                    return k + 1;
                }
            }
        }
        return -1;
    }

    /** Words a person would count: for HTML, outside tags, scripts and styles. */
    static int words(String text, boolean html) {
        return Budget.countWords(html ? outsideTags(text) : text);
    }

    /**
     * The text outside tags, scripts and styles, each replaced by a space; a {@code <} that no {@code >} follows is
     * text, and so is a script that never ends. One linear pass: a regular expression for the same backtracks
     * quadratically on a page of unclosed {@code <} (1.5 MB of them held a request thread for minutes, before any
     * time limit).
     */
    static String outsideTags(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int lastClose = html.lastIndexOf('>');
        // Where a search for the end of a script (style) started and found none: no later search can find one.
        int[] noEndFrom = {Integer.MAX_VALUE, Integer.MAX_VALUE};
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c != '<' || i > lastClose) {
                out.append(c);
                i++;
                continue;
            }
            int tagEnd = html.indexOf('>', i);
            out.append(' ');
            int next = tagEnd + 1;
            for (int k = 0; k < RAW_TEXT.length; k++) {
                if (tagEnd + 1 < noEndFrom[k] && opens(html, i, RAW_TEXT[k])) {
                    int end = endOf(html, tagEnd + 1, RAW_TEXT[k]);
                    if (end < 0) {
                        noEndFrom[k] = tagEnd + 1;
                    } else {
                        next = end;
                    }
                }
            }
            i = next;
        }
        return out.toString();
    }

    private static String key(ArticleInput.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static Budget budget(JsonNode node) throws ApiException {
        if (node == null || node.isNull()) {
            return Budget.DEFAULT;
        }
        if (!node.isObject() || node.size() != 1) {
            throw ApiException.badRequest("budget", "\"budget\" must be one of {\"words\": N}, {\"sentences\": N}"
                    + " or {\"chars\": N}");
        }
        Map.Entry<String, JsonNode> only = node.fields().next();
        Budget.Unit unit = UNITS.get(only.getKey());
        if (unit == null) {
            throw ApiException.badRequest("budget." + only.getKey(), "unknown budget unit \"" + only.getKey()
                    + "\"; use words, sentences or chars");
        }
        JsonNode n = only.getValue();
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1) {
            throw ApiException.badRequest("budget." + only.getKey(), "budget." + only.getKey()
                    + " must be a whole number from 1 to " + Integer.MAX_VALUE + ", not " + n);
        }
        return new Budget(unit, n.asInt());
    }

    private static Method method(JsonNode node) throws ApiException {
        if (node == null || node.isNull()) {
            return Newsum.defaultMethod();
        }
        if (!node.isTextual()) {
            throw ApiException.badRequest("method", "\"method\" must be a method name (GET /api/methods)");
        }
        try {
            return Newsum.method(node.asText());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("method", e.getMessage());
        }
    }

    private static String optionalText(JsonNode node, String key, String field) throws ApiException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest(field, field + " must be a string");
        }
        return value.asText();
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix) throws ApiException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw ApiException.badRequest(prefix + name, "unknown field \"" + prefix + name + "\"; expected "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }
}
