package org.newsum.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Hard-wraps a paragraph for the tests as Python's {@code textwrap.fill} does: words go on a line while
 * it stays within the width; a compound word may break after its hyphen; a word longer than the width
 * has a line of its own.
 */
final class GreedyWrapper {

    private GreedyWrapper() {
    }

    /** The paragraph's lines at {@code width}, the first one indented by {@code firstIndent}, the others by {@code indent}. */
    static List<String> wrap(String paragraph, int width, String firstIndent, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(firstIndent);
        boolean empty = true;
        for (String word : paragraph.split(" ")) {
            List<String> pieces = new ArrayList<>();
            int from = 0;
            for (int i = 1; i + 1 < word.length(); i++) {
                if (word.charAt(i) == '-' && Character.isLetter(word.charAt(i - 1))
                        && Character.isLetter(word.charAt(i + 1))) {
                    pieces.add(word.substring(from, i + 1));
                    from = i + 1;
                }
            }
            pieces.add(word.substring(from));
            for (int k = 0; k < pieces.size(); k++) {
                String piece = (k == 0 && !empty ? " " : "") + pieces.get(k);
                if (!empty && line.codePointCount(0, line.length()) + piece.codePointCount(0, piece.length()) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(indent).append(pieces.get(k));
                } else {
                    line.append(piece);
                }
                empty = false;
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The paragraph wrapped at {@code width}, lines joined by {@code \n}. */
    static String fill(String paragraph, int width) {
        return String.join("\n", wrap(paragraph, width, "", ""));
    }
}
