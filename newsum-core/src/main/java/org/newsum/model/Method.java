package org.newsum.model;

/**
 * A summarization method as a caller names it: what {@code --method}, {@code "method"} and
 * {@code GET /api/methods} show, and what the façade's options carry; the method itself stays inside the pipeline.
 *
 * @param name        the name, e.g. {@code centroid}
 * @param description one line for help and {@code GET /api/methods}
 */
public record Method(String name, String description) {

    public Method {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(description, "description");
    }

    /** The method of this name among {@code methods} (in any case, without surrounding space), if there is one. */
    public static java.util.Optional<Method> named(String name, java.util.List<Method> methods) {
        String wanted = name == null ? null : name.strip();
        return methods.stream().filter(m -> m.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
