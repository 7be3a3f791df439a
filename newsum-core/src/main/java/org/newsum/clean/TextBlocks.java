package org.newsum.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Third extraction pass: reads an element as a list of {@link TextBlock}s, one per paragraph,
 * heading, list item or table row; table cells are kept apart by spaces so that their words do not
 * run together.
 */
final class TextBlocks {

    private static final Set<String> CELLS = Set.of("td", "th");

    private TextBlocks() {
    }

    static List<TextBlock> of(Element root) {
        List<TextBlock> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        int[] linkDepth = {0};
        int[] inPre = {0};
        List<String> tags = new ArrayList<>();
        Runnable flush = () -> {
            String t = collapse(text);
            if (!t.isEmpty()) {
                int visible = t.replace("\n", "").replace(" ", "").length();
                String tag = tags.isEmpty() ? "div" : tags.get(tags.size() - 1);
                blocks.add(new TextBlock(t, tag, visible == 0 ? 0 : Math.min(1.0, linkChars[0] / (double) visible)));
            }
            text.setLength(0);
            linkChars[0] = 0;
        };
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    // Line breaks in the source are layout, except in preformatted text; <br> breaks lines.
                    text.append(inPre[0] > 0 ? s : s.replace('\n', ' ').replace('\r', ' '));
                    if (linkDepth[0] > 0) {
                        for (int i = 0; i < s.length(); i++) {
                            if (!Character.isWhitespace(s.charAt(i))) {
                                linkChars[0]++;
                            }
                        }
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("pre")) {
                        inPre[0]++;
                    }
                    if (tag.equals("a")) {
                        linkDepth[0]++;
                    } else if (tag.equals("br")) {
                        text.append('\n');
                    } else if (CELLS.contains(tag)) {
                        text.append(' ');
                    } else if (ContentLocator.BLOCKS.contains(tag)) {
                        flush.run();
                        tags.add(tag);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("pre")) {
                        inPre[0]--;
                    }
                    if (tag.equals("a")) {
                        linkDepth[0]--;
                    } else if (CELLS.contains(tag)) {
                        text.append(' ');
                    } else if (ContentLocator.BLOCKS.contains(tag)) {
                        flush.run();
                        tags.remove(tags.size() - 1);
                    }
                }
            }
        }, root);
        flush.run();
        return blocks;
    }

    /** Collapses spaces and tabs, keeps single line breaks, trims each line and drops empty lines. */
    static String collapse(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        boolean lineStart = true;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                if (!lineStart) {
                    out.append('\n');
                    lineStart = true;
                }
                space = false;
            } else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                space = !lineStart;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
                lineStart = false;
            }
        }
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == '\n') {
            len--;
        }
        out.setLength(len);
        return out.toString();
    }
}
