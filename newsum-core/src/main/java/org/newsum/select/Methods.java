package org.newsum.select;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of selection methods by name; the first entry is the default: concept coverage with the
 * learned sentence salience ({@code learned}), the best on Multi-News validation clusters and DUC 2003
 * ({@code newsum bench}).
 */
public final class Methods {

    /**
     * The most salient sentence weighs half the heaviest sentence's concepts in {@code learned}: chosen on
     * Multi-News validation clusters (0.1 to 2.5 tried), and it also does best of those on DUC 2003.
     */
    static final double LEARNED_SALIENCE_WEIGHT = 0.5;

    /**
     * The learned salience already ranks the candidates well, so the exact search needs only the 50 best
     * (half the time of 150, the same ROUGE on Multi-News validation clusters and DUC 2003).
     */
    static final ConceptCoverageMethod.Options LEARNED_SEARCH = new ConceptCoverageMethod.Options(
            ConceptWeights.Options.DEFAULT, 50, 5_000, 3_000, 200_000);

    private static final Map<String, SelectionMethod> METHODS = new LinkedHashMap<>();
    private static final SelectionMethod RELAXED_FALLBACK = new LeadMethod(true);

    static {
        register(new ConceptCoverageMethod("learned", "concept coverage plus a sentence salience learned on Multi-News "
                + "(default)", LEARNED_SEARCH, LearnedSalience.bundled()::scores,
                LEARNED_SALIENCE_WEIGHT));
        register(new ConceptCoverageMethod());
        register(new CentroidMethod());
        register(new LeadMethod());
        register(new FirstSentencesMethod());
        register(LexRankMethod.continuous());
        register(LexRankMethod.threshold());
        register(new MmrMethod());
        register(new SubmodularMethod());
    }

    private Methods() {
    }

    private static void register(SelectionMethod method) {
        METHODS.put(method.name(), method);
    }

    /** The method used when none is named. */
    public static SelectionMethod defaultMethod() {
        return METHODS.values().iterator().next();
    }

    /**
     * The method with this name, if there is one. Names are matched in any case and without surrounding space, as
     * the other options' values are ({@code --method LEAD}, {@code "method": "Lead"}).
     */
    public static Optional<SelectionMethod> byName(String name) {
        return name == null ? Optional.empty()
                : Optional.ofNullable(METHODS.get(name.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * What the façade falls back on when a method chooses nothing (no sentence passes the sentence
     * checks and fits the budget): the lead of the sentences that pass the relaxed checks. Not a
     * method to choose, so not among {@link #all()}.
     */
    public static SelectionMethod relaxedFallback() {
        return RELAXED_FALLBACK;
    }

    /** Reads the models the methods share (the learned salience's) now, on a thread with time to spare. */
    public static void loadModels() {
        LearnedSalience.loadBundled();
    }

    /** All methods, the default first. */
    public static List<SelectionMethod> all() {
        return List.copyOf(METHODS.values());
    }

    /** All method names, the default first. */
    public static List<String> names() {
        return List.copyOf(METHODS.keySet());
    }
}
