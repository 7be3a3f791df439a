package org.newsum.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsum.model.Article;
import org.newsum.model.NewsumException;
import org.newsum.model.SourceEntry;
import org.newsum.model.Story;
import org.newsum.model.StoryArticle;
import org.newsum.model.StoryOptions;
import org.newsum.model.StoryVerdict;
import org.newsum.story.Preparation;
import org.newsum.story.StoryClusterer;
import org.newsum.story.StreamArticles;

/**
 * Measures the story stage on a stream with gold labels: each article's {@code "story"} field, read here and never
 * given to the clusterer, which sees the articles through the stream reader as any stream's. Prints nothing:
 * gives the scores, the predicted stories and the speed.
 */
public final class StoryEvaluation {

    /** The outcome of a run. */
    public record Report(StoryScores scores, List<Story> stories, List<StoryVerdict> verdicts, List<String> errors,
                         int articles, double seconds) {

        public double articlesPerSecond() {
            return seconds > 0 ? articles / seconds : 0;
        }

        /** How many articles were reported as not clustered, by kind. */
        public long count(StoryVerdict.Kind kind) {
            return verdicts.stream().filter(v -> v.kind() == kind).count();
        }
    }

    private StoryEvaluation() {
    }

    /** The gold story of every article of a stream file (gzipped or not): article id to its {@code "story"}. */
    public static Map<String, String> gold(Path stream) throws NewsumException {
        Map<String, String> gold = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream raw = Files.newInputStream(stream);
             InputStream in = stream.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                if (!node.hasNonNull("id") || !node.hasNonNull("story")) {
                    throw new NewsumException(stream + ":" + number + ": no \"id\" and \"story\" (the gold label)");
                }
                gold.put(node.get("id").asText(), node.get("story").asText());
            }
        } catch (IOException e) {
            throw new NewsumException(stream + ": cannot read (" + NewsumException.reason(e) + ")", e);
        }
        return gold;
    }

    /**
     * Clusters the stream's entries (as {@code Newsum.readStream} gives them) with the pipeline's clean and text
     * stages on {@code threads} threads and the story stage, and scores the stories against {@code gold}.
     */
    public static Report run(Pipeline pipeline, Iterator<SourceEntry> entries, Map<String, String> gold,
                             StoryOptions options, int threads) {
        long start = System.nanoTime();
        List<String> errors = new ArrayList<>();
        Iterator<Article> articles = StreamArticles.of(entries, errors::add);
        StoryClusterer clusterer = new StoryClusterer(options);
        List<StoryVerdict> verdicts = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        int count = 0;
        try (Preparation<Article, StoryArticle> prepared =
                     new Preparation<>(articles, a -> pipeline.storyArticle(a, 0), threads)) {
            while (prepared.hasNext()) {
                StoryArticle a = prepared.next();
                verdicts.add(clusterer.add(a));
                stories.addAll(clusterer.takeClosed());
                count++;
            }
        }
        stories.addAll(clusterer.finish());
        double seconds = (System.nanoTime() - start) / 1e9;
        List<List<String>> predicted = stories.stream().map(Story::articles).toList();
        Map<String, String> scored = new LinkedHashMap<>(gold);
        return new Report(StoryScores.of(scored, predicted), stories, verdicts, errors, count, seconds);
    }
}
