package org.newsum.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A summarization method as a caller names it: what {@code --method}, {@code "method"} and
 * {@code GET /api/methods} show, and what the façade's options carry; the method itself stays inside the pipeline.
 *
 * @param name        the name, e.g. {@code centroid}
 * @param description one line for help and {@code GET /api/methods}
 */
public record Method(String name, String description) {

    public Method {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }

    /** The method of this name among {@code methods} (in any case, without surrounding space), if there is one. */
    public static Optional<Method> named(String name, List<Method> methods) {
        String wanted = name == null ? null : name.strip();
        return methods.stream().filter(m -> m.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /**
     * The method of this name among {@code methods}, as {@link #named}; else an {@link IllegalArgumentException}
     * that says so and names the methods there are, for a command line or a request to show as it is.
     */
    public static Method byName(String name, List<Method> methods) {
        return named(name, methods).orElseThrow(() -> new IllegalArgumentException("unknown method '" + name
                + "'; choose one of " + String.join(", ", methods.stream().map(Method::name).toList())));
    }
}
