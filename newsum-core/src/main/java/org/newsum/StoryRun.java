package org.newsum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newsum.model.Article;
import org.newsum.model.SourceEntry;
import org.newsum.model.Story;
import org.newsum.model.StoryArticle;
import org.newsum.model.StoryVerdict;

/**
 * One run of a stream through the story stage, as {@code newsum stories} and the Spark stories job drive it: it
 * keeps each article as read until its story closes (a brief summarizes the articles as read, not as cleaned),
 * remembers which articles each story holds, and counts the verdicts. Errors (an unreadable line, an article that
 * failed) go to {@code errors} as one line each and are counted; they never end the run. Not thread-safe except
 * for {@link #articles}, whose iterator may be drained by a preparing thread while {@link #add} runs.
 */
public final class StoryRun {

    private final Newsum.StoryStream stream;
    private final boolean keep;
    private final Consumer<String> errors;
    /** Articles read but not yet clustered, by id. */
    private final Map<String, Article> raw = new HashMap<>();
    /** The articles as read, of the open stories. */
    private final Map<String, Article> kept;
    /** Which articles each open story holds, in the order they joined. */
    private final Map<String, List<String>> members = new HashMap<>();
    private long articles;
    private long stories;
    private long duplicates;
    private long notNews;
    private long failed;

    /**
     * @param kept the articles as read of the stream's open stories (a continued run's saved articles), or empty
     * @param keep whether to keep articles for briefs or a saved state; without it only ids are remembered
     */
    public StoryRun(Newsum.StoryStream stream, Map<String, Article> kept, boolean keep, Consumer<String> errors) {
        this.stream = stream;
        this.kept = new HashMap<>(kept);
        this.keep = keep;
        this.errors = errors;
        for (Story s : stream.open()) {
            members.put(s.id(), new ArrayList<>(s.articles()));
        }
    }

    public Newsum.StoryStream stream() {
        return stream;
    }

    /** The stream's articles; a line that cannot be read is reported and counted. */
    public Iterator<Article> articles(Iterator<SourceEntry> entries) {
        Iterator<Article> list = Newsum.streamArticles(entries, this::unreadable);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return list.hasNext();
            }

            @Override
            public Article next() {
                Article a = list.next();
                synchronized (raw) {
                    raw.put(a.id(), a);
                }
                return a;
            }
        };
    }

    /**
     * Reports and counts a line of the stream that could not be read, for a caller that reads the stream itself
     * rather than through {@link #articles} (the Spark stories job reads and prepares it on its executors).
     */
    public void unreadable(String error) {
        errors.accept(error);
        failed++;
    }

    /** Takes the next prepared article of the stream (read through {@link #articles}) and says what became of it. */
    public StoryVerdict add(StoryArticle a) {
        Article read;
        synchronized (raw) {
            read = raw.remove(a.id());
        }
        return add(read, a);
    }

    /**
     * Takes the next article of the stream, prepared by the caller ({@link Newsum#storyArticle}) from {@code read},
     * the article as read, and says what became of it: for a caller that reads and prepares the stream itself.
     */
    public StoryVerdict add(Article read, StoryArticle a) {
        StoryVerdict v = stream.add(a);
        switch (v.kind()) {
            case STARTED -> {
                stories++;
                articles++;
            }
            case JOINED -> articles++;
            case DUPLICATE -> {
                articles++;
                duplicates++;
            }
            case NOT_NEWS -> {
                articles++;
                notNews++;
            }
            case FAILED -> {
                failed++;
                errors.accept(a.id() + ": " + v.detail());
            }
        }
        if (v.inStory() && keep && read != null) {
            kept.put(a.id(), read);
            members.computeIfAbsent(v.story(), k -> new ArrayList<>()).add(a.id());
        }
        return v;
    }

    /** The articles as read of a story, in the order they joined (those kept). */
    public List<Article> articlesOf(Story story) {
        List<Article> list = new ArrayList<>();
        for (String id : members.getOrDefault(story.id(), List.of())) {
            Article a = kept.get(id);
            if (a != null) {
                list.add(a);
            }
        }
        return list;
    }

    /** Forgets a closed story's articles; an open story keeps them. */
    public void release(Story story) {
        if (!story.open()) {
            List<String> ids = members.remove(story.id());
            if (ids != null) {
                ids.forEach(kept::remove);
            }
        }
    }

    /** The articles as read of the open stories, by id, for a saved state. */
    public Map<String, Article> openArticles() {
        Map<String, Article> m = new LinkedHashMap<>();
        for (Story s : stream.open()) {
            for (String id : members.getOrDefault(s.id(), List.of())) {
                Article a = kept.get(id);
                if (a != null) {
                    m.put(id, a);
                }
            }
        }
        return m;
    }

    public long articles() {
        return articles;
    }

    public long stories() {
        return stories;
    }

    public long duplicates() {
        return duplicates;
    }

    public long notNews() {
        return notNews;
    }

    public long failed() {
        return failed;
    }
}
