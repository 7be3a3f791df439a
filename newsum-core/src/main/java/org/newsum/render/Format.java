package org.newsum.render;

/** The output formats, each with its renderer. */
public enum Format {
    TEXT(new TextRenderer()),
    MARKDOWN(new MarkdownRenderer()),
    JSON(new JsonRenderer(true)),
    HTML(new HtmlRenderer());

    private final Renderer renderer;

    Format(Renderer renderer) {
        this.renderer = renderer;
    }

    public Renderer renderer() {
        return renderer;
    }
}
