package org.newsum.model;

import java.util.List;
import java.util.Map;

/**
 * Everything the story stage must remember to continue a stream in a later run: its clock, what it learned of
 * the stream's words, and its open stories.
 *
 * @param seen           how many articles of the stream it has read (the next article's position)
 * @param clock          the latest date it has read as an epoch day, or {@link Long#MIN_VALUE} before any date
 * @param nextStory      the number of the next story it starts ({@code s<nextStory>})
 * @param news           how many news articles the document frequencies count
 * @param documentFrequency how many news articles of the stream held each stem
 * @param open           the open stories, least recently grown first
 */
public record StoryState(long seen, long clock, long nextStory, long news, Map<String, Integer> documentFrequency,
                         List<OpenStory> open) {

    /** A stream not begun. */
    public static final StoryState EMPTY = new StoryState(0, Long.MIN_VALUE, 1, 0, Map.of(), List.of());

    public StoryState {
        documentFrequency = Map.copyOf(documentFrequency);
        open = List.copyOf(open);
    }

    /**
     * One open story as the clusterer holds it.
     *
     * @param story        what it is so far
     * @param lastDay      the clock when it last grew (an epoch day, or {@link Long#MIN_VALUE})
     * @param lastPosition the stream position of its last article
     * @param centroid     the sum of its articles' unit TF-IDF vectors, stem to weight (its strongest terms)
     * @param names        the names its articles mention, with how many articles mention each
     * @param shingles     each article's sampled 5-gram hashes (see {@link ArticleTerms#shingles}), by article id
     */
    public record OpenStory(Story story, long lastDay, long lastPosition, Map<String, Double> centroid,
                            Map<String, Integer> names, Map<String, long[]> shingles) {

        public OpenStory {
            centroid = Map.copyOf(centroid);
            names = Map.copyOf(names);
            shingles = Map.copyOf(shingles);
        }
    }
}
