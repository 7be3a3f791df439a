package org.newsum.model;

/**
 * One input of a batch: a cluster as read, or why it could not be read. A JSON Lines dataset gives one per
 * non-blank line; folders, files, URLs and standard input given together give one for the cluster they form.
 *
 * @param line   the line number, from 1 (1 for an input that is not a dataset)
 * @param id     the cluster's id when the line had one (or its cluster was read), else {@code null}
 * @param source the cluster, or {@code null} when the input could not be read
 * @param error  why the input could not be read (naming the file and line), or {@code null}
 */
public record SourceEntry(int line, String id, Source source, String error) {

    /** An entry whose id, if any, is its cluster's. */
    public SourceEntry(int line, Source source, String error) {
        this(line, source == null ? null : source.id(), source, error);
    }

    /** The id, or {@code line-N} for a line that had none: how messages and outputs name the entry. */
    public String name() {
        return id != null ? id : "line-" + line;
    }
}
