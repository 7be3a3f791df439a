package org.newsum.render;

import org.newsum.model.Brief;

/**
 * Writes a brief in one output format. Formats never change content: every renderer shows the same
 * sentences and sources; {@code explain} adds why (scores, removed lines, notices).
 */
public interface Renderer {

    /** The brief as text in this format. */
    String render(Brief brief, boolean explain);
}
