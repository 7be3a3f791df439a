package org.newsum.render;

import java.util.Locale;
import java.util.Optional;

/** The output formats, each with its renderer and the media type it is served as. */
public enum Format {
    TEXT(new TextRenderer(), "text/plain; charset=utf-8"),
    MARKDOWN(new MarkdownRenderer(), "text/markdown; charset=utf-8"),
    JSON(new JsonRenderer(true), "application/json; charset=utf-8"),
    HTML(new HtmlRenderer(), "text/html; charset=utf-8");

    private final Renderer renderer;
    private final String mediaType;

    Format(Renderer renderer, String mediaType) {
        this.renderer = renderer;
        this.mediaType = mediaType;
    }

    public Renderer renderer() {
        return renderer;
    }

    /** The HTTP Content-Type of a brief in this format, e.g. {@code text/markdown; charset=utf-8}. */
    public String mediaType() {
        return mediaType;
    }

    /** The format of this name ({@code json}, {@code Markdown}…), in any case and without surrounding space. */
    public static Optional<Format> byName(String name) {
        for (Format f : values()) {
            if (name != null && f.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The name as users write it, e.g. {@code markdown}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
