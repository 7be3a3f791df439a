package org.newsum.select;

import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Selection;
import org.newsum.text.TermIndex;

/**
 * One way of choosing a cluster's summary sentences under a budget. Implementations are pure and
 * deterministic: the same cluster and budget give the same selection. Register new ones in
 * {@link Methods}.
 */
public interface SelectionMethod {

    /** The name used on the command line, e.g. {@code centroid}. */
    String name();

    /** One line for {@code --help} and {@code GET /api/methods}. */
    String description();

    /** Chooses sentences of {@code cluster} whose total cost fits {@code budget}. */
    Selection select(Cluster cluster, TermIndex terms, Budget budget);
}
