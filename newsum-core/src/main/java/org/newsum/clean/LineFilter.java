package org.newsum.clean;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsum.model.Reason;
import org.newsum.model.Scripts;

/**
 * Tells article prose from site furniture, one line of scraped text at a time: navigation, error
 * pages, web-archive notices, login walls and paywalls, subscription, share and cookie prompts,
 * copyright lines, photo credits and captions, bylines, names and datelines standing alone, and headings.
 *
 * <p>Each kind of furniture is one named {@link Rule}; the first rule that matches gives the reason.
 * A page with no prose left is named after its furniture by {@link #pageReason}.
 */
public final class LineFilter {

    /** One kind of furniture: a test on a line and the reason reported when it matches. */
    record Rule(Reason reason, Predicate<Line> test) {
    }

    /**
     * A line with the forms the rules look at, computed once. {@code pairs} marks the pairs of adjacent
     * characters of the lower-cased line (see {@link #holds}); {@code letters} is its words joined by
     * single spaces, cut one character past the longest navigation label: enough to look it up, and no
     * work spent on the rest of a long line.
     */
    record Line(String text, String lower, long[] pairs, String letters, int words) {

        static Line of(String text) {
            return of(text, org.newsum.model.Budget.countWords(text));
        }

        /** {@link #of(String)} of a text whose {@link org.newsum.model.Budget#countWords} is known (stripping keeps it). */
        static Line of(String text, int words) {
            String stripped = text.strip();
            String lower = stripped.toLowerCase(Locale.ROOT);
            return new Line(stripped, lower, LineFilter.pairs(lower),
                    LineFilter.letters(lower, LONGEST_NAVIGATION + 1), words);
        }

        /**
         * Whether the lower-cased line holds {@code cue}. A cue is there only if each pair of adjacent
         * characters in it is, so testing a few bits of {@link #pairs} rules out most cues before a search.
         */
        boolean holds(String cue) {
            for (int i = 1; i < cue.length(); i++) {
                int bit = pair(cue.charAt(i - 1), cue.charAt(i));
                if ((pairs[bit >>> 6] & (1L << bit)) == 0) {
                    return false;
                }
            }
            return lower.contains(cue);
        }

        boolean contains(Pattern pattern) {
            return pattern.matcher(text).find();
        }

        /** Whether the pattern matches, trying the regex only when the line holds one of its cue words. */
        boolean contains(Cued cued) {
            for (String cue : cued.cues()) {
                if (holds(cue)) {
                    return cued.pattern().matcher(text).find();
                }
            }
            return false;
        }

        /** Whether the pattern matches at the start; for patterns of which every alternative begins with ^. */
        boolean startsWith(Pattern pattern) {
            return pattern.matcher(text).lookingAt();
        }
    }

    /**
     * A pattern and cue words (lower case) of which every match holds at least one. Most lines hold
     * none, and looking for a few words is far cheaper than a case-insensitive regex search at every
     * position, so the cues are tried first. Keep them in step when the pattern changes.
     */
    record Cued(Pattern pattern, String... cues) {

        static Cued of(Pattern pattern, String... cues) {
            return new Cued(pattern, cues);
        }
    }

    private static final int PAIR_BITS = 1024;

    /** The pairs of adjacent characters of a text, each hashed to one of {@value #PAIR_BITS} bits. */
    static long[] pairs(String text) {
        long[] bits = new long[PAIR_BITS / 64];
        for (int i = 1; i < text.length(); i++) {
            int bit = pair(text.charAt(i - 1), text.charAt(i));
            bits[bit >>> 6] |= 1L << bit;
        }
        return bits;
    }

    private static int pair(char first, char second) {
        return (first * 31 + second) & (PAIR_BITS - 1);
    }

    /** Words of a lower-cased line (runs of letters and digits) joined by single spaces. */
    static String letters(String lower) {
        return letters(lower, Integer.MAX_VALUE);
    }

    /** {@link #letters(String)}, stopping once it is at least {@code limit} characters long. */
    static String letters(String lower, int limit) {
        StringBuilder out = new StringBuilder(Math.min(lower.length(), limit));
        boolean gap = false;
        for (int i = 0; i < lower.length() && out.length() < limit; ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (isLetterOrNumber(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** {@code [\\p{L}\\p{N}]}: a letter, or a number of any kind (digits, numerals, fractions). */
    static boolean isLetterOrNumber(int c) {
        if (c < 0x80) { // ASCII, most of the text: no Unicode tables needed
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * Line reasons that say what a whole page is when nothing else is left on it, in order of
     * precedence: a missing page is missing even behind a cookie banner, and an archived copy of a
     * paywalled page is an archive notice first.
     */
    private static final List<Map.Entry<Reason, Reason>> PAGE_REASONS = List.of(
            Map.entry(Reason.ERROR_PAGE_TEXT, Reason.PAGE_NOT_FOUND),
            Map.entry(Reason.WEB_ARCHIVE_TEXT, Reason.ARCHIVE_NOTICE),
            Map.entry(Reason.LOGIN_PROMPT, Reason.LOGIN_WALL),
            Map.entry(Reason.COOKIE_NOTICE, Reason.COOKIE_WALL),
            // Tweet, video and audio embeds scraped without their content: "JavaScript is disabled", ...
            Map.entry(Reason.PLAYER_OR_WIDGET, Reason.EMBED_ONLY));

    /**
     * What a page without prose was, from the reasons its lines were removed: {@link Reason#PAGE_NOT_FOUND},
     * {@link Reason#ARCHIVE_NOTICE}, {@link Reason#LOGIN_WALL}, {@link Reason#COOKIE_WALL} or
     * {@link Reason#EMBED_ONLY}; {@code null} when none of its lines says.
     */
    public Reason pageReason(Collection<Reason> lineReasons) {
        for (Map.Entry<Reason, Reason> e : PAGE_REASONS) {
            if (lineReasons.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * The most words any length-bounded furniture rule removes a line of; a longer line is removed
     * only for a cue somewhere inside it ({@link #isGlued}).
     */
    public static final int LONG_LINE_WORDS = 60;

    /** Reasons of furniture that scraped text glues into a paragraph: a photo caption, a player's label. */
    private static final Set<Reason> GLUED = Set.of(Reason.PHOTO_CAPTION, Reason.PLAYER_OR_WIDGET);

    /**
     * Whether a line removed for {@code reason} may be prose around the furniture: a line of over
     * {@link #LONG_LINE_WORDS} words removed for a caption or a player label found inside it, as a
     * scraped one-paragraph article with its photo caption. Page notices (an archive or error page)
     * are not glued: they say what the whole page is.
     */
    public static boolean isGlued(Reason reason, String line) {
        return GLUED.contains(reason) && org.newsum.model.Budget.countWords(line) > LONG_LINE_WORDS;
    }

    private static final Set<String> NAVIGATION = Set.of(
            "skip to main content", "skip to content", "skip to navigation", "skip navigation", "main menu",
            "most popular", "most read", "most viewed", "most shared", "load more", "show more", "see more",
            "see all video", "see all videos", "discuss this article", "read more", "read full story",
            "advertisement", "ad", "sponsored", "sponsored content", "story continued below",
            "continue reading", "continue reading the main story", "advertisement continue reading the main story",
            "related", "related stories", "related articles", "related coverage", "related content",
            "recommended", "recommended for you", "trending", "trending now", "top stories", "more stories",
            "more from", "more news", "latest news", "also", "also read", "see also", "exclusive", "photo",
            "photos", "video", "videos", "watch", "watch video", "gallery", "share", "share this",
            "tweet", "email", "print", "comments", "comment", "leave a comment", "view comments",
            "show comments", "menu", "search", "home", "next", "previous", "next article", "previous article",
            "back to top", "text size", "reset", "play", "facebook", "twitter", "instagram", "linkedin",
            "whatsapp", "reddit", "pinterest", "youtube", "more information", "close", "open", "log in",
            "login", "sign in", "register", "subscribe", "toggle navigation", "expand", "collapse",
            "click here", "full coverage", "get the app", "listen", "listen to this article");

    private static final int LONGEST_NAVIGATION = NAVIGATION.stream().mapToInt(String::length).max().orElse(0);

    private static final Cued ARCHIVE = Cued.of(Pattern.compile(
            "alexa internet|internet archive|wayback machine|these crawls are part of an effort"
                    + "|crawl data|the seed for \\S+ was|archive pages as they are created|\\bthis crawl\\b"
                    + "|crawl start date|seed list for|crawl of outlinks|seedlist|crawler configuration"
                    + "|distributed crawling|repeated crawls|wide crawls?\\b|have crawled|not have crawled",
            Pattern.CASE_INSENSITIVE),
            "alexa", "archive", "wayback", "crawl", "seed");
    private static final Cued ERROR_PAGE = Cued.of(Pattern.compile(
            "^(error )?404\\b|page not found|content you requested does not exist|page (you|you're|you are)"
                    + " (requested|looking for)|(this|the) page (is|was) (no longer|not) available"
                    + "|sorry,? (but )?(the|this) page|we can(no|')t find (the|that) page",
            Pattern.CASE_INSENSITIVE),
            "404", "page", "requested");
    /** Walls in front of the article: "Log in to continue", "You have reached your limit of free articles". */
    private static final Cued PAYWALL = Cued.of(Pattern.compile(
            "\\b(log ?in|sign ?in|subscribe|register) to (continue|read|view|access|keep reading|see the)"
                    + "|\\balready (a subscriber|have an account)|\\bsubscribers? only\\b"
                    + "|\\b(available|reserved|exclusive) (to|for) (paying )?subscribers\\b"
                    + "|\\bfree articles?( left| remaining| this month| per month)|reached your (\\w+ )?(limit|free)"
                    + "|\\bcreate a free account\\b|\\bunlock (this|the full|full) (article|story)",
            Pattern.CASE_INSENSITIVE),
            "log in", "login", "sign in", "signin", "subscribe", "register", "already", "subscriber",
            "free article", "reached your", "free account", "unlock");
    private static final Cued COOKIE = Cued.of(Pattern.compile("\\bcookies?\\b.*\\b(use|policy|accept|consent|settings)"
            + "|\\b(use|accept|consent)\\b.*\\bcookies?\\b", Pattern.CASE_INSENSITIVE),
            "cookie");
    private static final Cued SUBSCRIBE = Cued.of(Pattern.compile(
            "\\b(subscribe|subscription|newsletters?|sign up|signing up|unsubscribe|in your inbox"
                    + "|to your inbox|email address|breaking news alerts|download (the|our) .{0,30}app"
                    + "|support (our|independent) journalism|become a member)\\b",
            Pattern.CASE_INSENSITIVE),
            "subscri", "newsletter", "sign up", "signing up", "your inbox", "email address", "news alerts",
            "download the", "download our", "journalism", "become a member");
    /** A pointer to other content: "For more on the election, our reporter spoke with ..." */
    private static final Pattern TEASER = Pattern.compile(
            "^for more (on|about|information|details|coverage)\\b.{0,200}\\b(spoke|speaks|talked|talks|joins?"
                    + "|watch|read|visit|click|see|go to|follow|listen)\\b"
                    + "|^(test your knowledge|take (our|the|this) quiz)\\b", Pattern.CASE_INSENSITIVE);
    // Not "the" or "it" after the verb: "Like the rest of the county, ..." and "Like it or not, ..." are prose.
    private static final Pattern SHARE_PROMPT = Pattern.compile(
            "^(share|tweet|pin|email|follow|like)( (this|on|us)\\b| (article|story|page|video)\\b)"
                    + "|^follow .{1,40} on (twitter|facebook|instagram)|^(share|post) (on|to) "
                    + "|^join the (conversation|discussion)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Cued SOCIAL_LINK = Cued.of(Pattern.compile("pic\\.twitter\\.com|\\(@\\w+\\)|\\bfollow us (on|at)\\b",
            Pattern.CASE_INSENSITIVE), "pic.twitter.com", "(@", "follow us");
    /** How to reach the writer: "Jane Doe can be reached at ...", "Email her at ...". */
    private static final Cued CONTACT = Cued.of(Pattern.compile(
            "\\bcan be (reached|contacted|emailed) (at|on|via)\\b|^(e-?mail|contact|reach) (him|her|them|the (author|reporter|writer))"
                    + " (at|on|via)\\b", Pattern.CASE_INSENSITIVE),
            "can be", "mail", "contact", "reach");
    /**
     * A wire-photo caption: a present-tense scene ("poses with", "is seen", "X, left, and Y listen")
     * dated with a full date and year, as photo agencies write them. Prose gives the year of a date
     * rarely and describes a scene in the present tense more rarely still; both together mark a caption.
     */
    private static final Cued CAPTION_DATE = Cued.of(Pattern.compile(
            ",\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\\s+)?(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|march|april"
                    + "|may|june|july|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)"
                    + "\\s+\\d{1,2},\\s+(?:19|20)\\d{2}\\b", Pattern.CASE_INSENSITIVE),
            ", 19", ", 20");
    private static final Pattern CAPTION_SCENE = Pattern.compile(
            "\\b(poses?|posing|(is|are) (seen|pictured|shown)|looks? on|gestures?|reacts?|waves?|smiles?|listens?"
                    + "|stands?|sits?|speaks? (to|with|during|at)|arrives?|attends?|holds? (up|a|an|the)|takes? part|walks?"
                    + "|delivers? (a|his|her|remarks)|pays? (respects|tribute)|(?<=, )(left|right|center|centre)(?=,))\\b",
            Pattern.CASE_INSENSITIVE);
    /** A correction or disclosure set apart in brackets: "(Disclosure: ...)", "(X provides funding for Y.)". */
    private static final Cued EDITORS_NOTE = Cued.of(Pattern.compile(
            "^\\((?:editor'?s'? note|disclosure|correction|clarification|update)\\b|^\\([^()]*\\b(?:provides? (?:financial )?support"
                    + "|provides? funding|is (?:a )?(?:sponsor|funder|donor)|has been (?:corrected|updated)|corrects|updates with)\\b[^()]*\\)$",
            Pattern.CASE_INSENSITIVE),
            "(");
    private static final Cued HASHTAG = Cued.of(Pattern.compile("(^|\\s)#[A-Za-z]\\w+"),
            "#");
    private static final Cued COPYRIGHT = Cued.of(Pattern.compile(
            "©|\\(c\\) ?\\d{4}|\\bcopyright\\b ?(©|\\(c\\))? ?\\d{4}|all rights reserved"
                    + "|may not be (re)?published, broadcast|privacy policy|terms of (use|service)|terms (and|&) conditions"
                    + "|user agreement|cookie (policy|statement)|by (using|continuing to use) (this|our) (site|website|service)",
            Pattern.CASE_INSENSITIVE),
            "©", "(c)", "copyright", "all rights reserved", "published, broadcast", "privacy policy", "terms of use",
            "terms of service", "terms and", "terms &", "user agreement", "cookie policy", "cookie statement", "by using",
            "continuing to use");
    private static final Cued WIDGET = Cued.of(Pattern.compile(
            "enable javascript|javascript (is )?(disabled|required)|your browser does not support"
                    + "|rating is available when the video|this feature is not available|please try again later"
                    + "|tweet with a location|add location information to your tweets|video (is )?not available"
                    + "|add as an interest|have a tip\\b"
                    + "|click here|share your (own )?(thoughts|views)|in the comments( section)? below"
                    + "|(see|view|in) (the |our )?(photo )?gallery\\b",
            Pattern.CASE_INSENSITIVE),
            "javascript", "your browser", "rating is available", "not available", "try again later",
            "with a location", "add location", "add as an interest", "have a tip", "click here", "share your",
            "in the comments", "gallery");
    /** Captions in the wire-photo style: "In this May 3, 2015, file photo, ...", "This photo released by ...". */
    /** Video-player and gallery labels that never occur in prose, whatever the line's length. */
    private static final Cued WIDGET_MARKER = Cued.of(Pattern.compile(
            "hide caption|skip in skip|embed x share|\\|\\s*\\d{1,2}:\\d{2}\\b", Pattern.CASE_INSENSITIVE),
            "caption", "skip in skip", "embed x share", "|");
    /**
     * A player or photo label glued to the caption that follows it: "CLOSE Votes are still ..." (a video
     * player's close button), "Image The spokeswoman said ..." (a photo). The label is case-sensitive and
     * followed by a capitalized word.
     */
    private static final Pattern LABELLED_CAPTION = Pattern.compile("^(CLOSE|Image)\\s+(?=\\p{Lu}\\p{Ll})");
    private static final Cued CAPTION = Cued.of(Pattern.compile(
            "^(in this|this|a|an)\\b.{0,60}\\b(file )?(photo|photograph|image|picture)\\b(,| (provided|released|taken|made"
                    + "|obtained|from|shows?))|^(file )?(photo|photograph)s? of\\b|^(photo|image|picture) (from|courtesy)\\b|\\bin this (\\w+ )?(file )?photo(graph)?\\b"
                    + "|\\b(photo|photograph|image) (provided|released|courtesy|obtained) (by|of)\\b",
            Pattern.CASE_INSENSITIVE),
            "photo", "image", "picture");
    /** A credit's label ("Photo: ..."), or where a caption's photo stands ("Above, a ferry at ..."). */
    private static final Pattern CREDIT_PREFIX = Pattern.compile(
            "^(photo|photos|image|images|picture|photograph|file photo|video|credit|photo credit|image credit"
                    + "|caption)\\s*[:|]|^(above|below|pictured|inset|from left|clockwise from (top )?left)\\s*[,:]\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Cued AGENCY_PHOTO = Cued.of(Pattern.compile(
            "\\b(getty images|ap photo|afp photo|reuters photo|shutterstock|epa-efe|afp via getty|photo by"
                    + "|photograph by|pictured (left|right|above|below|center))\\b|\\((ap|afp|reuters|getty)\\)$",
            Pattern.CASE_INSENSITIVE),
            "photo", "getty", "shutterstock", "epa-efe", "pictured", "(ap)", "(afp)", "(reuters)");
    /** "Jane Doe, AFP | Caption text": a credit, a bar, then the caption. */
    private static final Cued CREDIT_BAR = Cued.of(Pattern.compile("^[^.|]{2,60}\\s\\|\\s"),
            "|");
    /** "Caption text. (Jane Doe/The Daily Paper)": a caption ending in a photographer credit. */
    private static final Cued TRAILING_CREDIT = Cued.of(Pattern.compile(
            "\\((photo: ?)?[A-Z][^()/]{1,40}/[^()]{2,50}\\)\\s*$"),
            "/");
    private static final Pattern BYLINE = Pattern.compile(
            "^(by|written by|reported by|posted by|reporting by|editing by|additional reporting by)\\s+"
                    // A name is two capitalized words (case-sensitive): "By Friday, the river rose." is prose.
                    + "(?-i:\\p{Lu}[^\\s,]*\\s+\\p{Lu})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTS = Pattern.compile(
            "^[\\p{Lu}][\\p{L}’'.\\- ]{0,40}[’']s [\\p{Lu}][\\p{L}.\\-]+( [\\p{Lu}][\\p{L}.\\-]+){0,3} reports\\.?$");
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^\\(?[^()]{2,40} with (ap|afp|reuters|agencies|wires|dpa)\\)?\\.?$|contributed to this report"
                    + "|^other (reports|stories|articles|news) (by|from)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?i)(\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?"
                    + "|nov(ember)?|dec(ember)?)\\b\\.?"
                    + "|\\b(mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(day)?\\b"
                    + "|\\b(updated|published|posted|last modified|modified|am|pm|a\\.m\\.|p\\.m\\.|et|edt|est|gmt"
                    // (?!\\w), not \\b: "p.m." ends in a dot, and \\b after it fails before a space.
                    + "|bst|utc|pt|pdt|pst|ct|cdt|cst|at|on|min|mins|read|ago|hours?|minutes?)(?!\\w)"
                    + "|\\b\\d{1,4}([:/.\\-]\\d{1,4}){0,2}(st|nd|rd|th)?\\b|[,:|•·\\-–—]"
                    + ")");
    /** Name words: capitalized words, initials, particles inside names. */
    private static final Pattern NAME = Pattern.compile(
            "^(?:[•·*\\-–—]\\s*)?(?:\\p{Lu}[\\p{L}’'.\\-]*|\\p{Lu}\\.)(?:\\s+(?:\\p{Lu}[\\p{L}’'.\\-]*|\\p{Lu}\\.|de|da|van|von|del|la|le|al|bin|ibn)){0,3}$");
    private static final Pattern ONLY_SYMBOLS = Pattern.compile("^[\\p{P}\\p{S}\\s]*$");

    /** A site's footer giving its service contacts: "Our Customer Service Center can be contacted on ...". */
    private static final Cued SITE_CONTACT = Cued.of(Pattern.compile(
            "\\bcustomer (service|care|support)\\b.{0,80}\\b(contacted|reached|call|available|open|e-?mail|phone|tel"
                    + "|hotline|hours|write)\\b|\\b(contacted|reached|call|available|write)\\b.{0,80}\\bcustomer (service|care|support)\\b"
                    + "|^(contact us|call us|write to us)\\b",
            Pattern.CASE_INSENSITIVE),
            "customer", "contact us", "call us", "write to us");
    /** A notice on how comments are moderated, in a few languages: "Comments are reviewed before they appear". */
    private static final Cued MODERATION = Cued.of(Pattern.compile(
            "\\b(comments?|coment[aá]rios?|kommentare?|commentaires?)\\b.{0,100}"
                    + "(\\b(moderat\\w*|mod[eé]rateur|moderador|reviewed before|approved|aprovad\\w*|approuv\\w*)"
                    + "|\\b(will|may|must|are|is|won't|não serão|ne seront|werden)\\b.{0,40}\\b(removed|deleted|rejected|publish\\w*|publicad\\w*))"
                    + "|\\bmoderat\\w*\\b.{0,80}\\b(comments?|coment[aá]rios?|kommentare?|commentaires?)\\b",
            Pattern.CASE_INSENSITIVE),
            "comment", "coment", "komment", "moderat");
    /** An app banner: "Get the Harbour News app", "Available on the App Store and Google Play". */
    private static final Cued APP_BANNER = Cued.of(Pattern.compile(
            "\\b(get|download|install|open (this |it )?in) (the|our) (\\S+ ){0,3}app\\b"
                    + "|\\b(available|download(able)?|get it) (on|in|from) (the )?(app store|google play|play store)\\b",
            Pattern.CASE_INSENSITIVE),
            "app");

    private static final Rule SITE_CONTACT_RULE = new Rule(Reason.PAGE_HEADER_OR_FOOTER,
            l -> l.words() <= 40 && l.contains(SITE_CONTACT));
    private static final Rule MODERATION_RULE = new Rule(Reason.COMMENTS, l -> l.words() <= 60 && l.contains(MODERATION));
    private static final Rule APP_BANNER_RULE = new Rule(Reason.SUBSCRIPTION_PROMPT,
            l -> l.words() <= 40 && l.contains(APP_BANNER));

    private static final List<Rule> RULES = List.of(
            // A letter or digit first can never be a separator; most lines start so, and skip the regex.
            new Rule(Reason.SEPARATOR, l -> !Character.isLetterOrDigit(l.text().codePointAt(0))
                    && ONLY_SYMBOLS.matcher(l.text()).matches()),
            new Rule(Reason.WEB_ARCHIVE_TEXT, l -> l.contains(ARCHIVE)),
            new Rule(Reason.ERROR_PAGE_TEXT, l -> l.words() <= 30 && l.contains(ERROR_PAGE)),
            new Rule(Reason.NAVIGATION, l -> NAVIGATION.contains(l.letters())),
            new Rule(Reason.COOKIE_NOTICE, l -> l.words() <= 60 && l.contains(COOKIE)),
            new Rule(Reason.LOGIN_PROMPT, l -> l.words() <= 40 && l.contains(PAYWALL)),
            new Rule(Reason.SUBSCRIPTION_PROMPT, l -> l.words() <= 45 && l.contains(SUBSCRIBE)),
            new Rule(Reason.SHARE_PROMPT, l -> l.words() <= 60 && (l.startsWith(SHARE_PROMPT) || l.contains(SOCIAL_LINK)
                    || l.contains(HASHTAG))),
            SITE_CONTACT_RULE, // before the writer's contact: a help desk "can be contacted on" too
            new Rule(Reason.AUTHOR_CONTACT, l -> l.words() <= 40 && l.contains(CONTACT)),
            new Rule(Reason.EDITORS_NOTE, l -> l.words() <= 60 && l.contains(EDITORS_NOTE)),
            new Rule(Reason.TEASER, l -> l.words() <= 45 && l.startsWith(TEASER)),
            new Rule(Reason.COPYRIGHT_NOTICE, l -> l.words() <= 50 && l.contains(COPYRIGHT)),
            new Rule(Reason.PLAYER_OR_WIDGET, l -> l.contains(WIDGET_MARKER) || l.words() <= 50 && l.contains(WIDGET)),
            new Rule(Reason.PHOTO_CAPTION, l -> l.contains(CAPTION) || l.startsWith(CREDIT_PREFIX) || l.startsWith(LABELLED_CAPTION)
                    || l.words() <= 60 && (l.contains(AGENCY_PHOTO) || l.contains(CREDIT_BAR) || l.contains(TRAILING_CREDIT)
                    || l.contains(CAPTION_DATE) && l.contains(CAPTION_SCENE))),
            new Rule(Reason.BYLINE, l -> (l.words() <= 10 && l.contains(BYLINE)) || (l.words() <= 8 && l.contains(REPORTS))),
            new Rule(Reason.SOURCE_CREDIT, l -> l.words() <= 12 && l.contains(CREDIT_LINE)),
            MODERATION_RULE, APP_BANNER_RULE,
            new Rule(Reason.DATELINE, l -> l.words() <= 12 && isDateline(l.text())),
            new Rule(Reason.NAME_ALONE, l -> l.words() <= 4 && !hasSentenceEnd(l.text())
                    && l.contains(NAME)),
            new Rule(Reason.HEADING, l -> l.words() <= 20 && !hasSentenceEnd(l.text())));

    /** Subscription prompts by words that never serve prose: a deal's "sign up for a free trial" is the article. */
    private static final Cued NEWSLETTER = Cued.of(Pattern.compile(
            "\\b(newsletters?|unsubscribe|in your inbox|to your inbox|breaking news alerts"
                    + "|download (the|our) .{0,30}app|support (our|independent) journalism|become a member)\\b",
            Pattern.CASE_INSENSITIVE),
            "newsletter", "unsubscribe", "your inbox", "news alerts", "download the", "download our", "journalism",
            "become a member");

    /**
     * The rules for text whose lines a page's structure made (HTML extraction gives one block a line): only those
     * that name furniture by its own words, whatever the line's shape. A page's list item, table row, heading,
     * caption or embedded post is what its markup says it is, so the scraped-text rules that judge a line by its
     * shape (a heading is a short line without a stop, a name alone, a line of dates, a tweet's handle, a
     * "For more…" pointer, an agency credit) would undo the markup: on the 88 pages of the extraction benchmark
     * those rules removed 470 lines of the articles' true text and 90 of furniture.
     */
    private static final List<Rule> STRUCTURED_RULES = List.of(
            RULES.get(0), // separator
            new Rule(Reason.WEB_ARCHIVE_TEXT, l -> l.contains(ARCHIVE)),
            new Rule(Reason.ERROR_PAGE_TEXT, l -> l.words() <= 30 && l.contains(ERROR_PAGE)),
            new Rule(Reason.NAVIGATION, l -> NAVIGATION.contains(l.letters())),
            new Rule(Reason.COOKIE_NOTICE, l -> l.words() <= 60 && l.contains(COOKIE)),
            new Rule(Reason.LOGIN_PROMPT, l -> l.words() <= 40 && l.contains(PAYWALL)),
            new Rule(Reason.SUBSCRIPTION_PROMPT, l -> l.words() <= 45 && l.contains(NEWSLETTER)),
            new Rule(Reason.SHARE_PROMPT, l -> l.words() <= 60 && l.startsWith(SHARE_PROMPT)),
            SITE_CONTACT_RULE, // before the writer's contact: a help desk "can be contacted on" too
            new Rule(Reason.AUTHOR_CONTACT, l -> l.words() <= 40 && l.contains(CONTACT)),
            new Rule(Reason.COPYRIGHT_NOTICE, l -> l.words() <= 50 && l.contains(COPYRIGHT)),
            new Rule(Reason.PLAYER_OR_WIDGET, l -> l.contains(WIDGET_MARKER) || l.words() <= 50 && l.contains(WIDGET)),
            new Rule(Reason.BYLINE, l -> l.words() <= 10 && l.contains(BYLINE)),
            MODERATION_RULE, APP_BANNER_RULE);

    /** Furniture glued to the front of a prose line: widget labels and datelines, with the reason for each. */
    private static final List<Prefix> PREFIXES = List.of(
            new Prefix(Reason.PLAYER_OR_WIDGET, Pattern.compile(
                    "^(?:\\([^)]{1,20}\\)\\s*)?(?:AP\\s+)?(?:\\d+ of \\d+\\s+)?(?:CLOSE\\s+)?(?:Skip in Skip x Embed x Share"
                            + "|SHARE COPY LINK|Buy Photo|Email This|Hide Caption \\d+ of \\d+|Replay Video"
                            + "|Toggle caption|Image caption|Media caption|Photo caption|Image copyright \\S+(?: \\S+)?)\\s+(?:CLOSE\\s+)?(?=\\S)")),
            new Prefix(Reason.DATELINE, Pattern.compile(
                    "^\\p{Lu}{3,}[\\p{Lu}.'\\-]*(?:[ ,]+\\p{Lu}[\\p{L}.'\\-]*){0,3}\\s*(?:\\([^)]{1,30}\\))?\\s*[—–-]{1,2}"
                            + "\\s+(?=\\S)")));

    /** Furniture at the start of a line ("KESSHOLM — ", "Skip in Skip x Embed x Share "). */
    record Prefix(Reason reason, Pattern pattern) {
    }

    /** Furniture found at the start of a line: its text, with the space after it, and why it is furniture. */
    public record FoundPrefix(String text, Reason reason) {
    }

    /** The furniture prefix of a line of scraped text and its reason, or {@code null} if the line starts with prose. */
    public FoundPrefix prefix(String line) {
        return prefix(line, false);
    }

    /**
     * The furniture prefix of a line and its reason, or {@code null}; in a page's block ({@code structured}) only a
     * player's label, as a wire dateline ("KESSHOLM — ") opens the article's first paragraph on the page.
     */
    public FoundPrefix prefix(String line, boolean structured) {
        for (Prefix p : structured ? PREFIXES.subList(0, 1) : PREFIXES) {
            Matcher m = p.pattern().matcher(line);
            if (m.lookingAt()) { // every prefix pattern starts with ^
                return new FoundPrefix(line.substring(0, m.end()), p.reason());
            }
        }
        return null;
    }

    /** The reason a line of scraped text is furniture, or {@code null} when it is article prose. */
    public Reason classify(String line) {
        return classify(Line.of(line), false);
    }

    /** {@link #classify(String)} of a line whose {@link org.newsum.model.Budget#countWords} is already known. */
    public Reason classify(String line, int words) {
        return classify(Line.of(line, words), false);
    }

    /**
     * The reason a line is furniture, or {@code null} when it is article prose; {@code structured}: the line is a
     * block of a page's markup (a paragraph, list item, heading), judged only by furniture's own words
     * ({@link #STRUCTURED_RULES}).
     */
    public Reason classify(String line, boolean structured) {
        return classify(Line.of(line), structured);
    }

    private static Reason classify(Line l, boolean structured) {
        if (l.text().isEmpty()) {
            return null;
        }
        for (Rule rule : structured ? STRUCTURED_RULES : RULES) {
            if (rule.test().test(l)) {
                return rule.reason();
            }
        }
        return null;
    }

    /** The date and time words, for tests. */
    static Pattern dateWords() {
        return DATE_WORDS;
    }

    /** Whether a line ends like a sentence (after any closing quotes or brackets). */
    static boolean hasSentenceEnd(String text) {
        int i = text.length() - 1;
        while (i >= 0 && ("\"'”’»)]\u00a0 ".indexOf(text.charAt(i)) >= 0 || Scripts.isCjkCloser(text.charAt(i)))) {
            i--;
        }
        return i >= 0 && (".!?…:;".indexOf(text.charAt(i)) >= 0 || Scripts.isOtherStatementEnd(text.charAt(i))
                || Scripts.isOtherQuestionMark(text.charAt(i)));
    }

    /**
     * A line made only of date and time words: "March 3, 2026", "Updated 4:30 p.m. ET". Date words are
     * matched one after another from the start, so an ordinary line fails at its first word.
     */
    static boolean isDateline(String text) {
        // Equivalent to removing every DATE_WORDS match and finding only whitespace left: matches
        // never start on whitespace, so each non-space character must begin or lie in the next match.
        Matcher m = DATE_WORDS.matcher(text).useTransparentBounds(true);
        boolean month = false;
        int i = 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == text.length()) {
                break;
            }
            if (!m.region(i, text.length()).lookingAt()) {
                return false;
            }
            month |= m.group(2) != null;
            i = m.end();
        }
        return month || text.chars().anyMatch(Character::isDigit);
    }
}
