package org.newsum.model;

/**
 * Why the clean stage removed something: the catalogue of {@link Removal} reasons, each with a stable code
 * ({@link Code}). The furniture reasons ({@code R1xx}) are one vocabulary for every scope that judges
 * furniture: page elements (by tag and class), text blocks of the page and lines of text, so that a share bar
 * is a {@link #SHARE_PROMPT} whichever pass finds it. Whole-article reasons are {@code R2xx}.
 *
 * <p>Add a reason at the end of its range with the next free code; never renumber or reuse one.
 */
public enum Reason implements Code {

    // Site furniture: page elements, text blocks and lines.
    NAVIGATION("R101", "navigation"),
    RELATED_LINKS("R102", "related links"),
    LINK_LIST("R103", "link list"),
    TEASER("R104", "teaser for other content"),
    TEASER_LIST("R105", "teaser list"),
    ADVERTISEMENT("R106", "advertisement"),
    SHARE_PROMPT("R107", "share or social prompt"),
    SUBSCRIPTION_PROMPT("R108", "subscription prompt"),
    LOGIN_PROMPT("R109", "login or paywall prompt"),
    COOKIE_NOTICE("R110", "cookie notice"),
    COMMENTS("R111", "comments"),
    COPYRIGHT_NOTICE("R112", "copyright notice"),
    PHOTO_CAPTION("R113", "photo credit or caption"),
    PHOTO_GALLERY("R114", "photo gallery"),
    PLAYER_OR_WIDGET("R115", "player or widget text"),
    BYLINE("R116", "byline"),
    DATELINE("R117", "dateline"),
    BYLINE_OR_DATELINE("R118", "byline or dateline"),
    SOURCE_CREDIT("R119", "source credit"),
    AUTHOR_CONTACT("R120", "author contact"),
    EDITORS_NOTE("R121", "editor's note"),
    TAGS("R122", "tags or topics"),
    /** A short line without sentence punctuation, or an element whose class names a heading. */
    HEADING("R123", "heading or label"),
    /** The page's {@code <h1>}, left out of the text blocks (the page's metadata gives the title). */
    HEADLINE("R124", "headline"),
    /** The first heading line of a text without a title, which becomes its title. */
    TITLE("R125", "headline (kept as the title)"),
    BARE_HEADING("R126", "heading with nothing under it"),
    NAME_ALONE("R127", "name alone on a line"),
    SEPARATOR("R128", "separator"),
    WEB_ARCHIVE_TEXT("R129", "web-archive notice"),
    ERROR_PAGE_TEXT("R130", "error page"),
    SCRIPT_OR_STYLE("R131", "script or style"),
    FORM("R132", "form or button"),
    POP_UP("R133", "pop-up"),
    SIDEBAR("R134", "sidebar"),
    PAGE_HEADER_OR_FOOTER("R135", "page header or footer"),
    HIDDEN("R136", "hidden on the page"),
    FEEDBACK_PROMPT("R137", "feedback or rating prompt"),
    MARKED_NOT_CONTENT("R138", "marked as not content"),
    REPEATED_BLOCK("R139", "repeated block"),
    OUTSIDE_MAIN_TEXT("R140", "outside the main text"),
    /** The last entry of a page's list of removed blocks, counting those not listed. */
    TOO_MANY_TO_LIST("R141", "too many to list"),
    /** A press release's closing "About the company" paragraphs and media contacts. */
    PRESS_BOILERPLATE("R142", "press release boilerplate"),

    // Whole articles.
    EMPTY_ARTICLE("R201", "empty article"),
    NO_TEXT_LEFT("R202", "no article text after cleaning"),
    /** An HTML page with no block of prose. */
    NO_MAIN_TEXT("R203", "no main text"),
    PAGE_NOT_FOUND("R204", "page not found"),
    ARCHIVE_NOTICE("R205", "archive notice"),
    LOGIN_WALL("R206", "login wall or paywall"),
    COOKIE_WALL("R207", "cookie wall"),
    EMBED_ONLY("R208", "embedded player or widget"),
    /** See {@link Removal#otherLanguage}. */
    OTHER_LANGUAGE("R209", "language: {language} (cluster is {cluster})"),
    /** See {@link Removal#duplicate}. */
    DUPLICATE("R210", "duplicate of article {original} ({percent}% the same)");

    private final String code;
    private final String template;

    Reason(String code, String template) {
        this.code = code;
        this.template = template;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String template() {
        return template;
    }

    /** The message of a reason without parameters; the others are rendered by {@link Removal}'s factories. */
    public String message() {
        return Code.render(this);
    }
}
