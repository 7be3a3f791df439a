package org.newsum.model;

import java.util.List;

/**
 * The select stage's output: which sentences go into the summary, in the order they were chosen.
 *
 * @param method the name of the method that chose them
 * @param budget the budget they fit in
 * @param chosen the chosen sentences, most important first
 */
public record Selection(String method, Budget budget, List<ScoredSentence> chosen) {

    public Selection {
        chosen = List.copyOf(chosen);
    }
}
