package org.newsum.order;

import java.util.ArrayList;
import java.util.List;

import org.newsum.model.Cancellation;
import org.newsum.model.Cluster;
import org.newsum.model.Citation;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Selection;
import org.newsum.model.Sentence;
import org.newsum.model.SummarySentence;
import org.newsum.text.TermIndex;

/**
 * Finds every article that carries a chosen sentence: the article it came from, and each other
 * article with a sentence that holds most of its content (the same sentence, a near-copy, or a
 * longer sentence that contains it). Candidates come from the term index's postings, so the cost
 * is the sentences that share a word, not the whole cluster.
 */
public final class CitationFinder {

    /** Share of a sentence's idf-weighted content another sentence must hold to carry it. */
    public static final double MIN_COVERAGE = 0.7;
    /** Sentences with fewer content terms are too short to match reliably; they cite only their own article. */
    private static final int MIN_TERMS = 3;

    /** The chosen sentences with their citations, in selection order. */
    public List<SummarySentence> cite(Cluster cluster, TermIndex terms, Selection selection) {
        List<SummarySentence> cited = new ArrayList<>();
        for (ScoredSentence chosen : selection.chosen()) {
            Cancellation.check();
            Sentence s = cluster.sentences().get(chosen.sentence());
            cited.add(new SummarySentence(s.index(), s.text(), chosen.score(), citations(cluster, terms, s)));
        }
        return cited;
    }

    /** The citations of one sentence: its own article first, then the others by article order. */
    public List<Citation> citations(Cluster cluster, TermIndex terms, Sentence sentence) {
        List<Citation> citations = new ArrayList<>();
        citations.add(new Citation(cluster.articles().get(sentence.articleIndex()).id(), sentence.start(),
                sentence.end(), 1.0));
        if (terms.size(sentence.index()) < MIN_TERMS) {
            return citations;
        }
        for (TermIndex.Match m : terms.carriers(sentence.index(), MIN_COVERAGE)) {
            Sentence o = cluster.sentences().get(m.sentence());
            citations.add(new Citation(cluster.articles().get(m.article()).id(), o.start(), o.end(),
                    Math.round(m.coverage() * 1000) / 1000.0));
        }
        return citations;
    }
}
