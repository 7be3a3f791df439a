package org.newsum.model;

import java.util.List;

/**
 * A direct quotation and every article that carries it (small wording differences allowed).
 *
 * @param text       the quotation as the first carrying article has it, without quote marks
 * @param speaker    who said it, by the fullest name the cluster uses (or the description the text gives, "the
 *                   port's spokesman", when no name fits); {@code null} when unattributed
 * @param reason     why it is unattributed; {@code null} exactly when it has a speaker
 * @param partial    whether it is a fragment of a few words woven into a sentence, not a full quote
 * @param mentions   every span that carries it, in article order
 * @param centrality how much of the cluster's shared content it holds, 0 to 1
 */
public record Quote(String text, String speaker, Unattributed reason, boolean partial, List<Mention> mentions, double centrality) {

    public Quote {
        mentions = List.copyOf(mentions);
        if ((speaker == null) == (reason == null)) {
            throw new IllegalArgumentException("a quote has a speaker or a reason why not, never both");
        }
    }

    /** The ids of the carrying articles, without repeats. */
    public List<String> articles() {
        return mentions.stream().map(Mention::articleId).distinct().toList();
    }
}
