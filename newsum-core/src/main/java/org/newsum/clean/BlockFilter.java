package org.newsum.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsum.model.Reason;

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

    /**
     * Short lines that are page furniture, matched against the lower-cased line. Each alternative is a
     * named group, so the one that matched names the reason ({@link #REASONS}) at no extra cost.
     */
    private static final Pattern FURNITURE_LINE = Pattern.compile(String.join("|",
            "(?<ad>^(advertisement|advertising|advert|ad|sponsored( content)?|story continues below.*|continue reading.*)$)",
            "(?<share>^(share|tweet|email|print|pin|whatsapp)( (this|on|via|article|story|the article).*)?$)",
            "(?<related>^(read more|related|see also|more|also read|read also|recommended|watch|listen|more from|you may also like|"
                    + "you might also like|most read|most popular|trending|up next|next|previous)\\b.*)",
            "(?<credit>^(photo|photos|image|images|picture|video|credit|source|illustration|graphic)s?( credit)?\\s*:.*"
                    + "|^\\(?(image|photo|picture)( credit)?:.*"
                    + "|.*(getty images|shutterstock|ap photo|afp|reuters|istock|alamy|epa)\\)?\\.?$)",
            "(?<byline>^(by|posted by|written by|words by|reporting by|von|par|por)\\s+\\S+.*)",
            "(?<date>^(updated|published|posted|last updated|first published|last modified|created)\\b.*)",
            "(?<comments>^(\\d+\\s+)?comments?$|^(leave|post|add|show|view|load) (a |the )?(comment|reply|comments).*)",
            "(?<prompt>^(sign up|subscribe|follow us|follow|click here|tap here|join|download|get the|log in|sign in|register)\\b.*)",
            "(?<copyright>^(copyright|©|\\(c\\)).*|.*all rights reserved\\.?$)",
            "(?<tags>^(tags?|topics?|filed under|categories|category)\\s*:.*)",
            "(?<player>^(this (slideshow|video|content|article) (requires|is|was)).*)",
            "(?<navigation>^(home|news|menu|search|close|back to top|skip to.*)$)"));

    /** The reason reported for each named group of {@link #FURNITURE_LINE}, in the pattern's order. */
    private static final List<Map.Entry<String, Reason>> REASONS = List.of(
            Map.entry("ad", Reason.ADVERTISEMENT),
            Map.entry("share", Reason.SHARE_PROMPT),
            Map.entry("related", Reason.RELATED_LINKS),
            Map.entry("credit", Reason.PHOTO_CAPTION),
            Map.entry("byline", Reason.BYLINE),
            Map.entry("date", Reason.DATELINE),
            Map.entry("comments", Reason.COMMENTS),
            Map.entry("prompt", Reason.SUBSCRIPTION_PROMPT),
            Map.entry("copyright", Reason.COPYRIGHT_NOTICE),
            Map.entry("tags", Reason.TAGS),
            Map.entry("player", Reason.PLAYER_OR_WIDGET),
            Map.entry("navigation", Reason.NAVIGATION));

    /** Tags of list entries and table cells' rows: a schedule's dates, a calendar's days. */
    private static final java.util.Set<String> LISTED = java.util.Set.of("li", "dd", "dt", "tr", "td", "th");

    /** A line that is only a date or a time, in a few common shapes. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^[\\p{L}\\d ,.:/\\-|]*\\b(\\d{1,2}:\\d{2}|\\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\\p{L}\\d ,.:/\\-|]*$");

    private BlockFilter() {
    }

    static List<TextBlock> filter(List<TextBlock> blocks) {
        return filter(blocks, new DroppedTextLog());
    }

    /** The blocks that are article prose; each one dropped is recorded in {@code log} with its reason. */
    static List<TextBlock> filter(List<TextBlock> blocks, DroppedTextLog log) {
        List<TextBlock> kept = new ArrayList<>();
        int linkedItems = 0;
        for (int i = 0; i < blocks.size(); i++) {
            linkedItems += isLinkedItem(blocks, i) ? 1 : 0;
        }
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            Reason reason = furnitureReason(b);
            if (linkedItems >= MIN_LINKED_ITEMS && isLinkedItem(blocks, i)) {
                reason = null; // a roundup's items, each named by a link over its description, are the article
            }
            if (reason == null) {
                kept.add(b);
            } else {
                log.add(b.text(), reason);
            }
        }
        return dropBareHeadings(dropPressBoilerplate(dropRepeats(kept, log), log), log);
    }

    /** A press release's heading over its closing boilerplate: "About Harbour Instruments". */
    private static final Pattern ABOUT_HEADING = Pattern.compile("^about\\s+\\S.{0,60}$", Pattern.CASE_INSENSITIVE);
    /** How a company's boilerplate paragraph opens: "Harbour Instruments is a global provider of ...". */
    private static final Pattern COMPANY_OPENING = Pattern.compile(
            "^(?!(?:He|She|It|They|This|That|There|We|I|You|Our|His|Her|Their|Its)\\b)"
                    + "(?:\\p{Lu}[\\p{L}\\p{N}&.'’\\-]*(?: (?:\\p{Lu}[\\p{L}\\p{N}&.'’\\-]*|of|and|&))*)(?:,? (?:inc|ltd|plc|ag|sa|gmbh|llc)\\.?)?"
                    + "(?:,[^,]{1,80},)? (?:is|are) (?:a|an|the|one of the)\\b"
                    + "|^(?:\\p{Lu}[\\p{L}\\p{N}&.'’\\-]*(?: \\p{Lu}[\\p{L}\\p{N}&.'’\\-]*)*) (?:is headquartered|was founded|employs|is listed"
                    + "|has (?:offices|subsidiaries))\\b"
                    + "|^(?:media|press|investor) (?:contact|relations|enquiries|inquiries)\\b");
    /** Facts only a company's boilerplate states about it. */
    private static final Pattern CORPORATE_FACT = Pattern.compile(
            "\\b(headquartered|founded in|employs|employees|listed on|stock exchange|nasdaq|nyse|subsidiaries"
                    + "|offices in|for more information,? (please )?visit|www\\.)", Pattern.CASE_INSENSITIVE);

    /**
     * Drops a press release's closing boilerplate: from an "About <company>" heading in the text's second half to
     * the end, or else the run of last paragraphs that open as a company describes itself ("X is a global provider
     * of …", "X is headquartered in …") when they state a corporate fact (where it is based, listed, how many it
     * employs). News that ends on a company's background opens it otherwise, or states no such fact.
     */
    private static List<TextBlock> dropPressBoilerplate(List<TextBlock> blocks, DroppedTextLog log) {
        int total = 0;
        for (TextBlock b : blocks) {
            total += b.words();
        }
        int from = blocks.size();
        int before = 0;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (before * 2 >= total && b.words() <= 8 && !LineFilter.hasSentenceEnd(b.text())
                    && ABOUT_HEADING.matcher(b.text().strip()).matches()) {
                from = i;
                break;
            }
            before += b.words();
        }
        if (from == blocks.size()) {
            int start = blocks.size();
            boolean fact = false;
            while (start > 1 && COMPANY_OPENING.matcher(blocks.get(start - 1).text().strip()).find()) {
                start--;
                fact |= CORPORATE_FACT.matcher(blocks.get(start).text()).find();
            }
            if (fact) {
                from = start;
            }
        }
        if (from == blocks.size()) {
            return blocks;
        }
        for (TextBlock b : blocks.subList(from, blocks.size())) {
            log.add(b.text(), Reason.PRESS_BOILERPLATE);
        }
        return List.copyOf(blocks.subList(0, from));
    }

    /** A roundup (a deals article, a buying guide) has at least this many items; one is an inline teaser. */
    static final int MIN_LINKED_ITEMS = 3;

    /** Whether block {@code i} is a heading that is a link, over prose. */
    private static boolean isLinkedItem(List<TextBlock> blocks, int i) {
        TextBlock b = blocks.get(i);
        return b.isHeading() && b.linkDensity() > MAX_LINK_DENSITY && i + 1 < blocks.size() && isProse(blocks.get(i + 1));
    }

    /** A block of prose: not a heading, mostly not links, and longer than a furniture line. */
    private static boolean isProse(TextBlock b) {
        return !b.isHeading() && b.linkDensity() <= MAX_LINK_DENSITY && b.words() > 8;
    }

    static boolean isFurniture(TextBlock b) {
        return furnitureReason(b) != null;
    }

    /** Why a block is not article prose ({@link Reason#LINK_LIST}, {@link Reason#BYLINE}…), or {@code null}. */
    static Reason furnitureReason(TextBlock b) {
        if (b.tag().equals("h1")) {
            return Reason.HEADLINE;
        }
        if (!hasWord(b.text())) {
            return Reason.SEPARATOR;
        }
        // Link lists and teasers; a lone "get it here" link in the prose goes too, which costs less than it saves.
        if (b.linkDensity() > MAX_LINK_DENSITY) {
            return Reason.LINK_LIST;
        }
        if (b.words() > SHORT_WORDS) {
            return null;
        }
        String line = b.text().toLowerCase(Locale.ROOT).strip();
        Matcher m = FURNITURE_LINE.matcher(line);
        if (m.matches()) {
            for (Map.Entry<String, Reason> group : REASONS) {
                if (m.start(group.getKey()) >= 0) {
                    return group.getValue();
                }
            }
        }
        // A date in a list or a table is an entry of a calendar or a schedule, not the page's dateline.
        return isDateLine(line) && !LISTED.contains(b.tag()) ? Reason.DATELINE : null;
    }

    static boolean isDateLine(String lower) {
        return lower.length() <= 60 && DATE_LINE.matcher(lower).matches() && lower.chars().filter(Character::isDigit).count() >= 2
                && !lower.endsWith(".");
    }

    /** Sites repeat a block (a caption shown twice, a teaser repeating the first line); once is enough. */
    private static List<TextBlock> dropRepeats(List<TextBlock> blocks, DroppedTextLog log) {
        List<TextBlock> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TextBlock b : blocks) {
            if (b.words() < 8 || seen.add(b.text())) {
                out.add(b);
            } else {
                log.add(b.text(), Reason.REPEATED_BLOCK);
            }
        }
        return out;
    }

    /** A heading followed by another heading or by the end heads a section whose content was furniture. */
    private static List<TextBlock> dropBareHeadings(List<TextBlock> blocks, DroppedTextLog log) {
        List<TextBlock> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            boolean bare = b.isHeading() && (i + 1 == blocks.size() || blocks.get(i + 1).isHeading());
            if (!bare) {
                out.add(b);
            } else {
                log.add(b.text(), Reason.BARE_HEADING);
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
