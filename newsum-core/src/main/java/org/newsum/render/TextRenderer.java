package org.newsum.render;

import org.newsum.model.Brief;
import org.newsum.model.SummarySentence;

/** Plain text: one summary sentence per line, as ROUGE tools expect. */
public final class TextRenderer implements Renderer {

    @Override
    public String render(Brief brief, boolean explain) {
        StringBuilder out = new StringBuilder();
        for (SummarySentence s : brief.summary().sentences()) {
            out.append(s.text()).append('\n');
        }
        if (explain) {
            out.append('\n').append(Explanation.of(brief, "", "  "));
        }
        return out.toString();
    }
}
