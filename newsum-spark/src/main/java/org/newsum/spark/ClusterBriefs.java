package org.newsum.spark;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsum.Newsum;
import org.newsum.model.Brief;
import org.newsum.model.ClusterFailure;
import org.newsum.model.NewsumException;
import org.newsum.model.Source;
import org.newsum.render.JsonRenderer;

/**
 * What the briefs job makes of one line: the brief of its cluster as {@code newsum summarize --format json} writes it
 * in a dataset, or its error line {@code {"id", "line", "error"}}. Whatever the line holds, the answer is a row,
 * never an exception, so a bad cluster cannot fail the job.
 */
final class ClusterBriefs {

    /** One Newsum per executor JVM: it is thread-safe, and loading its models costs more than many clusters. */
    private static final class Shared {
        static final Newsum NEWSUM = new Newsum();
    }

    /** The executor's Newsum. */
    static Newsum shared() {
        return Shared.NEWSUM;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The output of one line.
     *
     * @param id    the cluster's id ({@code line-N} without one), or null when not even that could be read
     * @param line  the line number (from 1) in the input as read
     * @param json  the brief as {@code summarize --format json} writes it, or null
     * @param error why there is no brief, or null
     */
    record Result(String id, long line, String json, String error) {
        /** The JSON Lines output: the brief, or the error line summarize writes in its place. */
        String jsonLine() {
            if (json != null) {
                return json;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            if (id != null) {
                m.put("id", id);
            }
            m.put("line", line);
            m.put("error", error);
            try {
                return JSON.writeValueAsString(m);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final Newsum newsum = Shared.NEWSUM;
    private final BriefSettings settings;
    private final Newsum.Options options;

    ClusterBriefs(BriefSettings settings) {
        this.settings = settings;
        this.options = settings.options();
    }

    /** The brief of one JSON line of {@code input} (its line number {@code line}), as summarize gives it. */
    Result brief(String text, String input, long line) {
        return brief(text, input + ":" + line, "line-" + line, line);
    }

    /** The brief of one JSON line, {@code where} naming it in errors, {@code fallback} its id when it has none. */
    Result brief(String text, String where, String fallback, long line) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Source source;
        try {
            source = Newsum.parseCluster(body, where, fallback, settings.limits());
        } catch (NewsumException e) {
            return new Result(idOf(body), line, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(idOf(body), line, null, where + ": cannot read the line (" + e + ")");
        }
        try {
            Brief brief = newsum.summarize(source, options);
            if (brief.emptyReason().isPresent()) {
                return new Result(source.id(), line, null,
                        "nothing to summarize (" + brief.emptyReason().get().message() + ")");
            }
            return new Result(source.id(), line, new JsonRenderer(false).render(brief, false).strip(), null);
        } catch (RuntimeException | StackOverflowError e) {
            // summarize stops the dataset only for a fault of newsum's own; a job cannot stop, so the row says so.
            String why = ClusterFailure.isClusterFailure(e) ? ClusterFailure.message(e) : "newsum failed: " + e;
            return new Result(source.id(), line, null, why);
        }
    }

    /** The id of a line that could not be read, when its JSON gets that far. */
    private static String idOf(String line) {
        try {
            var node = JSON.readTree(line);
            return node != null && node.isObject() && node.hasNonNull("id") && node.get("id").isValueNode()
                    ? node.get("id").asText() : null;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }
}
