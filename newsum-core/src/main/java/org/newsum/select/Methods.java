package org.newsum.select;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of selection methods by name; the first entry is the default: concept coverage
 * ({@code ilp}), the best on Multi-News validation clusters and DUC 2003 ({@code newsum bench}).
 */
public final class Methods {

    private static final Map<String, SelectionMethod> METHODS = new LinkedHashMap<>();

    static {
        register(new ConceptCoverageMethod());
        register(new CentroidMethod());
        register(new LeadMethod());
        register(new FirstSentencesMethod());
        register(LexRankMethod.continuous());
        register(LexRankMethod.threshold());
        register(new MmrMethod());
        register(new SubmodularMethod());
        register(new LearnedMethod(SentenceModel.bundled()));
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

    /** The method with this name, if there is one. */
    public static Optional<SelectionMethod> byName(String name) {
        return Optional.ofNullable(METHODS.get(name));
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
