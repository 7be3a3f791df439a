package org.newsum.model;

/**
 * Why a quote has no speaker: the catalogue's {@code Q1xx} codes ({@link Code}), one per quote that the
 * insight stage could not attribute, so that a reader knows whether the text is silent or newsum could not tell.
 *
 * <p>Add a reason at the end with the next free code; never renumber or reuse one.
 */
public enum Unattributed implements Code {

    /** No speech verb, "according to" or colon after a name stands beside the quote or in its sentences. */
    NO_CUE("Q101", "no speaker is named beside the quote"),
    /** A cue was found but its subject is "he", "she" or "they" with no compatible person named before it. */
    PRONOUN("Q102", "the speaker is a pronoun with no person named before it to point to"),
    /** A cue was found but its subject names no one (an "it", a thing, a clause). */
    NOT_A_PERSON("Q103", "the words beside the quote name no person");

    private final String code;
    private final String template;

    Unattributed(String code, String template) {
        this.code = code;
        this.template = template;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String template() {
        return template;
    }
}
