package org.newsum.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Fourth extraction pass: drops the blocks inside the article element that are not article prose —
 * the headline, link lists, "read more" and share lines, photo credits, bylines and datelines — and
 * headings left with nothing under them.
 */
final class BlockFilter {

    /** A block that is more than this share link text is a link list or a teaser, not prose. */
    static final double MAX_LINK_DENSITY = 0.5;
    /** Furniture lines are short; longer blocks are prose whatever they start with. */
    static final int SHORT_WORDS = 15;

    /** Short lines that are page furniture, matched against the lower-cased line. */
    private static final Pattern FURNITURE_LINE = Pattern.compile(String.join("|",
            "^(advertisement|advertising|advert|ad|sponsored( content)?|story continues below.*|continue reading.*)$",
            "^(share|tweet|email|print|pin|whatsapp)( (this|on|via|article|story|the article).*)?$",
            "^(read more|related|see also|more|also read|read also|recommended|watch|listen|more from|you may also like|"
                    + "you might also like|most read|most popular|trending|up next|next|previous)\\b.*",
            "^(photo|photos|image|images|picture|video|credit|source|illustration|graphic)s?( credit)?\\s*:.*",
            "^\\(?(image|photo|picture)( credit)?:.*",
            ".*(getty images|shutterstock|ap photo|afp|reuters|istock|alamy|epa)\\)?\\.?$",
            "^(by|posted by|written by|words by|reporting by|von|par|por)\\s+\\S+.*",
            "^(updated|published|posted|last updated|first published|last modified|created)\\b.*",
            "^(\\d+\\s+)?comments?$|^(leave|post|add|show|view|load) (a |the )?(comment|reply|comments).*",
            "^(sign up|subscribe|follow us|follow|click here|tap here|join|download|get the|log in|sign in|register)\\b.*",
            "^(copyright|©|\\(c\\)).*|.*all rights reserved\\.?$",
            "^(tags?|topics?|filed under|categories|category)\\s*:.*",
            "^(this (slideshow|video|content|article) (requires|is|was)).*",
            "^(home|news|menu|search|close|back to top|skip to.*)$"));

    /** A line that is only a date or a time, in a few common shapes. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^[\\p{L}\\d ,.:/\\-|]*\\b(\\d{1,2}:\\d{2}|\\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\\p{L}\\d ,.:/\\-|]*$");

    private BlockFilter() {
    }

    static List<TextBlock> filter(List<TextBlock> blocks) {
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (!isFurniture(b)) {
                kept.add(b);
            }
        }
        return dropBareHeadings(dropRepeats(kept));
    }

    static boolean isFurniture(TextBlock b) {
        if (b.tag().equals("h1") || !hasWord(b.text())) {
            return true;
        }
        // Link lists and teasers; a lone "get it here" link in the prose goes too, which costs less than it saves.
        if (b.linkDensity() > MAX_LINK_DENSITY) {
            return true;
        }
        if (b.words() > SHORT_WORDS) {
            return false;
        }
        String line = b.text().toLowerCase(Locale.ROOT).strip();
        return FURNITURE_LINE.matcher(line).matches() || isDateLine(line);
    }

    static boolean isDateLine(String lower) {
        return lower.length() <= 60 && DATE_LINE.matcher(lower).matches() && lower.chars().filter(Character::isDigit).count() >= 2
                && !lower.endsWith(".");
    }

    /** Sites repeat a block (a caption shown twice, a teaser repeating the first line); once is enough. */
    private static List<TextBlock> dropRepeats(List<TextBlock> blocks) {
        List<TextBlock> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TextBlock b : blocks) {
            if (b.words() < 8 || seen.add(b.text())) {
                out.add(b);
            }
        }
        return out;
    }

    /** A heading followed by another heading or by the end heads a section whose content was furniture. */
    private static List<TextBlock> dropBareHeadings(List<TextBlock> blocks) {
        List<TextBlock> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            boolean bare = b.isHeading() && (i + 1 == blocks.size() || blocks.get(i + 1).isHeading());
            if (!bare) {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean hasWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
