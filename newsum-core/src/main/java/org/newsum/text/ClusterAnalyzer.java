package org.newsum.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsum.model.Cancellation;
import org.newsum.model.Article;
import org.newsum.model.Budget;
import org.newsum.model.CleanCluster;
import org.newsum.model.Cluster;
import org.newsum.model.Sentence;
import org.newsum.model.Token;

/**
 * The text stage: segments each clean body into paragraphs (one per line) and sentences with
 * offsets, analyses every token once (lower case, Porter stem, stop word), and runs the sentence checks
 * ({@link SentenceChecker}) on every sentence once. Whether an article's text carries case
 * ({@link LetterCase}) is judged once per article, for the splitter and the checks. Not thread-safe: use one per
 * thread.
 */
public final class ClusterAnalyzer {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();
    private final Stemmer stemmer = new Stemmer();
    /** Analyses by surface form: news text repeats its words, so most tokens are a lookup. */
    private final Map<String, Word> words = new HashMap<>();
    /**
     * The analyses the current cluster has used: a few thousand words, where {@link #words} grows to
     * {@value #MAX_WORDS} over a batch and a lookup in a table that size misses the processor's caches (the
     * costliest line of a batch, by profile). Emptied at each cluster.
     */
    private final Map<String, Word> recent = new HashMap<>();

    /** What the analysis makes of one surface form. */
    private record Word(String lower, String stem, boolean stop) {
    }

    private static final int MAX_WORDS = 200_000;

    /** Segments and tokenizes every article of the cluster. */
    public Cluster analyze(CleanCluster clean) {
        recent.clear();
        List<Sentence> sentences = new ArrayList<>();
        List<Article> articles = clean.articles();
        for (int a = 0; a < articles.size(); a++) {
            Cancellation.check();
            String body = articles.get(a).text();
            boolean cased = LetterCase.carried(body);
            int paragraph = 0;
            int position = 0;
            int lineStart = 0;
            while (lineStart <= body.length()) {
                int lineEnd = body.indexOf('\n', lineStart);
                if (lineEnd < 0) {
                    lineEnd = body.length();
                }
                String line = body.substring(lineStart, lineEnd);
                if (!line.isBlank()) {
                    for (int[] span : splitter.split(line, cased)) {
                        int start = lineStart + span[0];
                        int end = lineStart + span[1];
                        String text = body.substring(start, end);
                        List<Token> tokens = tokens(text, start);
                        int words = Budget.countWords(text);
                        sentences.add(new Sentence(sentences.size(), a, paragraph, position, start, end, text,
                                words, tokens, SentenceChecker.check(text, words, position, tokens, cased)));
                        position++;
                    }
                    paragraph++;
                }
                lineStart = lineEnd + 1;
            }
        }
        return new Cluster(clean.id(), articles, sentences, clean.removals(), clean.notices());
    }

    /** Tokens of one sentence, offsets shifted to the article body. */
    public List<Token> tokens(String text, int offset) {
        List<Tokenizer.Span> spans = tokenizer.tokenize(text);
        List<Token> tokens = new ArrayList<>(spans.size());
        for (Tokenizer.Span span : spans) {
            Word word = recent.get(span.text());
            if (word == null) {
                word = words.get(span.text());
                if (word == null) {
                    word = analyze(span.text());
                    if (words.size() >= MAX_WORDS) {
                        words.clear();
                    }
                    words.put(span.text(), word);
                }
                if (recent.size() >= MAX_WORDS) {
                    recent.clear();
                }
                recent.put(span.text(), word);
            }
            tokens.add(new Token(span.text(), offset + span.start(), word.lower(), word.stem(), word.stop()));
        }
        return tokens;
    }

    private Word analyze(String surface) {
        String lower = surface.toLowerCase(Locale.ROOT).replace('’', '\'');
        String key = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
        boolean stop = StopWords.contains(lower) || StopWords.contains(key);
        return new Word(lower, stemmer.stem(key), stop);
    }
}
