package org.newsum.model;

import java.util.List;

/**
 * A direct quotation and every article that carries it (small wording differences allowed).
 *
 * @param text       the quotation as the first carrying article has it, without quote marks
 * @param speaker    who said it, by the fullest name the cluster uses; {@code null} when unattributed
 * @param partial    whether it is a fragment of a few words woven into a sentence, not a full quote
 * @param mentions   one span per carrying article, in article order
 * @param centrality how much of the cluster's shared content it holds, 0 to 1
 */
public record Quote(String text, String speaker, boolean partial, List<Mention> mentions, double centrality) {

    public Quote {
        mentions = List.copyOf(mentions);
    }

    /** The ids of the carrying articles, without repeats. */
    public List<String> articles() {
        return mentions.stream().map(Mention::articleId).distinct().toList();
    }
}
