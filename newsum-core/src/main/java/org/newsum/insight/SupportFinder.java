package org.newsum.insight;

import java.util.ArrayList;
import java.util.List;

import org.newsum.model.Summary;
import org.newsum.model.SummarySentence;
import org.newsum.model.Support;

/**
 * How widely each summary sentence is carried. The summary's citations already hold every article with
 * a sentence of the same content, as {@link org.newsum.order.CitationFinder} found them (the same
 * sentence, a near-copy, or a longer sentence holding most of its content); support reads them rather
 * than matching again, so the two can never disagree.
 */
public final class SupportFinder {

    /** One entry per summary sentence, in summary order. */
    public List<Support> find(Summary summary) {
        List<Support> support = new ArrayList<>();
        for (SummarySentence s : summary.sentences()) {
            support.add(new Support(s.sentence(), s.text(), s.citations()));
        }
        return List.copyOf(support);
    }
}
