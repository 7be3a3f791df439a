package org.newsum.render;

import org.newsum.model.Brief;
import org.newsum.model.SummarySentence;

/**
 * Plain text: one summary sentence per line, as ROUGE tools expect, then the insight sections (if any)
 * after a blank line.
 */
public final class TextRenderer implements Renderer {

    private static final InsightSections.Style STYLE = new InsightSections.Style(text -> text,
            ids -> "[" + String.join(", ", ids) + "]");

    /** A text on one line: line breaks and other control characters (a file name may hold them) become spaces. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString();
    }

    @Override
    public String render(Brief brief, boolean explain) {
        StringBuilder out = new StringBuilder();
        for (SummarySentence s : brief.summary().sentences()) {
            out.append(s.text()).append('\n');
        }
        out.append(InsightSections.write(InsightSections.of(brief, STYLE), "", "  - "));
        if (explain) {
            out.append('\n').append(Explanation.of(brief, "", "  ", TextRenderer::oneLine));
        }
        return out.toString();
    }
}
