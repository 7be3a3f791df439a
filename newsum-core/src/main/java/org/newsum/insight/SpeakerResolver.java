package org.newsum.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsum.model.Entity;
import org.newsum.model.Sentence;
import org.newsum.model.Unattributed;
import org.newsum.text.SpeechVerbs;

/**
 * Attribution: who said each quotation of one article. For each quote span ({@link QuoteSpans}) it reads the cue
 * (a speech verb, {@code according to}, a colon after a name) and its source mention in the quote's own sentence,
 * on both sides of the quote and never past the sentence's end, preferring the cue nearest the quote.
 *
 * <p>Names are read whole with their titles, initials and suffixes ({@code Ms. Ilse J. Varga Jr.}); appositives,
 * asides, {@code who} clauses and parentheses between a name and its verb are skipped
 * ({@code Varga, the harbour master, said}); after the verb, a party or nationality and role words are passed over
 * ({@code said Republican strategist Oda Lind}, {@code said Holm campaign manager Oda Lind}). Whom one {@code told}
 * is never the speaker; a country may be one. A transcript's label inside the quotation ({@code “VARGA: ...”}) and a
 * signature behind a dash after a quotation that opens its paragraph, or in the paragraph after it
 * ({@code “...” ― Ilse Varga}), name the speaker before any cue. A one-word name that is only a common word or a
 * number capitalized where a sentence opens ({@code Surveying the pier,}) names no one.
 *
 * <p>A quote with no cue of its own continues the last speaker's (the previous quote's when it stands in the same or
 * the previous paragraph, or the speaker of a cue in the sentence before, or that sentence's subject when it ends
 * with a colon). A pronoun is the nearest compatible person ({@link Genders}: what the text says of each, never what
 * an earlier pronoun was taken to mean; a sentence that opens with "he", even after "On Sunday,", keeps its
 * referent in view). A description ({@code the port spokesman}) is the person the cluster gives that role, or stays
 * the description. Thread-safe.
 */
final class SpeakerResolver {

    /** Speech verbs beyond the shared vocabulary's: present forms and verbs that only introduce quotes. */
    private static final Set<String> MORE_VERBS = Set.of("asks", "argues", "explains", "insists", "notes", "warns",
            "writes", "continues", "replies", "responds", "claims", "joked", "quipped", "cautioned", "conceded",
            "observed", "vowed", "complained", "lamented", "boasted", "reiterated", "emphasized", "concluded",
            "shouted", "yelled", "exclaimed", "retorted", "mused", "posted", "wondered", "recounted", "predicted",
            "promised", "charged", "pleaded", "begged", "scoffed", "snapped", "thundered", "chimed", "blasted",
            "proclaimed", "acknowledges", "admits", "adds", "says", "tells", "tweets", "wrote", "tweeted",
            "reported", "recalls", "agrees", "announces", "declares", "stresses", "suggests",
            "urges", "counters", "interjected", "whispered", "muttered", "sighed", "chanted", "echoed", "texted",
            "emailed", "assured", "cautions", "concedes", "maintains", "maintained", "contends", "contended", "reports");
    /** Verbs that cue only a quotation before them: {@code “...,” the notice reads}, not {@code the sign reads “...”}. */
    private static final Set<String> AFTER_QUOTE_VERBS = Set.of("read", "reads");
    /** Participles whose speaker is the clause's subject: {@code Varga left, saying “...”}. */
    private static final Set<String> PARTICIPLES = Set.of("saying", "adding", "noting", "writing", "telling",
            "arguing", "asking", "insisting", "warning", "declaring", "claiming", "stating", "tweeting",
            "explaining", "quipping", "joking", "concluding", "calling", "condemning", "describing", "praising");
    /** Words that may stand between a speaker and the verb: {@code Varga has also said}. */
    private static final Set<String> BETWEEN = Set.of("has", "had", "have", "also", "later", "again", "then", "once",
            "previously", "recently", "earlier", "would", "will", "did", "does", "first", "further", "herself",
            "himself", "simply", "only", "even", "still", "then-", "reportedly", "famously", "told", "was", "is");
    /** Days that may stand between a speaker and the verb: {@code Varga on Thursday told}. */
    private static final Set<String> DAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "on");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "one",
            "another", "this", "that", "our", "some", "many", "several", "two", "three");
    /** Determiners that after a verb open a clause, not a speaker: {@code said that...}, {@code said this week}. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "this", "some", "many", "several", "two", "three");
    private static final Set<String> STOP_STARTS = Set.of("But", "And", "The", "However", "Meanwhile", "Later",
            "Then", "So", "Yet", "Still", "Also", "Instead", "A", "An", "As", "When", "While", "After", "Before",
            "Asked", "In", "On", "At", "If", "Because", "Although", "Though", "Now", "Today", "Yesterday", "Last",
            "During", "With", "From", "Despite", "Under", "For", "Since", "Until", "Amid", "Among", "Without",
            "Unlike", "Throughout", "Following", "Even", "Just", "Once", "Here", "There", "Thus", "Indeed", "Soon",
            "Shortly", "Earlier", "Recently", "Finally", "Eventually", "Moreover", "Additionally", "Afterward",
            "Afterwards", "Previously", "Currently", "Initially", "Ultimately", "Overall", "Nevertheless",
            "Nonetheless", "Otherwise", "Similarly", "Likewise", "Perhaps", "Maybe");
    /** Words that open a clause or an appositive after a name and its comma: {@code Varga, who...}, {@code Varga, a...}. */
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("who", "whose", "which", "a", "an", "the");
    /** Role nouns the suffixes below miss. */
    private static final Set<String> ROLE_NOUNS = Set.of("aide", "chief", "head", "official", "candidate", "leader",
            "manager", "adviser", "advisor", "lawyer", "partner", "member", "expert", "pollster", "economist", "analyst",
            "secretary", "deputy", "staffer", "organizer", "founder", "owner", "surrogate", "nominee", "rival");
    /** Endings of role nouns: spokes<em>man</em>, strateg<em>ist</em>, direct<em>or</em>, presid<em>ent</em>. */
    private static final List<String> ROLE_SUFFIXES = List.of("man", "woman", "ist", "or", "ent", "ant", "ian");
    /** Verbs that make words a clause, never a description: {@code the crowd was quiet}. */
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "be", "been", "has", "had",
            "have", "will", "would", "could", "can", "did", "does");
    /** Words that join a list, not open an aside: {@code Varga, Holm and Lind said}. */
    private static final Set<String> LIST_WORDS = Set.of("and", "or", "but", "nor");
    /** Verbs whose object is whom one speaks to, never who speaks: {@code told Holm}, {@code tells reporters}. */
    private static final Set<String> TELLS = Set.of("told", "tells", "tell", "telling");
    private static final Set<String> FEMALE_TITLES = Set.of("Mrs", "Ms", "Miss");
    private static final Set<String> SUFFIXES = Set.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");
    private static final Set<String> CONNECTORS = Set.of("de", "van", "von", "der", "da", "du", "al", "bin", "ibn",
            "del", "la", "le", "dos", "di");
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> PLURAL_OR_FIRST = Set.of("they", "them", "we", "i", "you", "us");
    private static final Set<String> NOT_PERSONS = Set.of("it", "this", "that", "which", "who", "there", "what",
            "these", "those", "everyone", "nobody", "somebody", "someone");
    /** Lower-case role words at most before a name after the verb: {@code said former state senator Oda Lind}. */
    private static final int ROLE_WORDS = 3;
    /** Whom one tells, not who tells: {@code told reporters Lind would run}. */
    private static final Set<String> ADDRESSEES = Set.of("reporters", "journalists", "supporters", "voters", "people",
            "members", "the", "crowd", "audience", "listeners", "viewers", "readers", "donors", "delegates", "students",
            "workers", "lawmakers", "officials", "friends", "fans", "him", "her", "them", "me", "us", "you");
    /** Lower-case words after a quote that open no frame: {@code “...,” and the crowd}. */
    private static final Set<String> FRAME_BREAKERS = Set.of("and", "but", "or", "the", "a", "an", "to", "in", "of",
            "for", "as", "that", "which", "who", "with", "at", "on", "from", "is", "was", "are", "were", "by", "not",
            "if", "so", "because", "when", "while", "after", "before", "then", "than", "into", "about", "like");
    /** Heads of noun phrases before or after a speech verb that name no speaker: times, events, things said. */
    private static final Set<String> NOT_SPEAKER_HEADS = Set.of("time", "times", "day", "days", "week", "weeks", "year",
            "years", "month", "months", "way", "thing", "things", "fact", "point", "moment", "end", "question", "idea",
            "reason", "same", "other", "past", "case", "pause", "primary", "primaries", "schedule", "lack", "speech",
            "speeches", "comments", "remarks", "conference", "conferences", "interview", "debate", "rally", "event",
            "meeting", "hearing", "night", "morning", "evening", "afternoon", "weekend", "race", "election", "vote",
            "campaign trail", "issue", "issues", "words", "word", "story", "stories", "news");
    /** A word the text capitalizes after a lower-case word, as only names are; {@link #midCaps} finds the same. */
    static final Pattern MID_CAPS = Pattern.compile("\\p{Ll},? (\\p{Lu}[\\p{L}’'-]*)");
    /** A transcript's speaker label opening a quotation: {@code “VARGA: We open in May.”}. */
    private static final Pattern TRANSCRIPT_LABEL = Pattern.compile("\\s*(\\p{Lu}[\\p{Lu}.’' -]{1,30}\\p{Lu}):\\s");
    /** A dash after a quotation that signs it with its speaker: {@code “We open in May.” ― Ilse Varga}. */
    private static final Pattern SIGNATURE = Pattern.compile("[\\s\u00a0]*(—|–|―|--)");
    /** A signature in the paragraph after a quotation's own: {@code - Ilse Varga.} */
    private static final Pattern NEXT_SIGNATURE = Pattern.compile("(—|–|―|--|-)\\s*");
    /** Words of a signature at most: {@code ― Ilse Varga, 61, harbour master at Brenholm}. */
    private static final int SIGNATURE_WORDS = 10;
    private static final Pattern INITIAL = Pattern.compile("(\\p{Lu}\\.)+\\p{Lu}?\\.?|\\p{Lu}");
    // Compiled once: these run for every word around every quote.
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\"“”’'»]+$");
    private static final Pattern POSSESSIVE = Pattern.compile(".*\\p{L}['’]s?\\W*$");
    private static final Pattern PLURAL_POSSESSIVE = Pattern.compile(".*s['’]\\W*$");
    private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\p{Punct}“”‘’«»]+");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("([’']s)?[\\p{Punct}“”‘’«»]*$");
    private static final Pattern LEADING_NONWORD = Pattern.compile("^\\W+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CLOSING_PAREN = Pattern.compile(".*\\)[,:;]?$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern TRAILING_COMMA = Pattern.compile("[,;:]$");
    private static final Pattern TRAILING_COMMA_OR_STOP = Pattern.compile("[,;:.]$");
    private static final Pattern TRAILING_POSSESSIVE = Pattern.compile("[’']s$");
    private static final Pattern POSSESSIVE_S = Pattern.compile("'s\\b");
    private static final Pattern PARTY_STATE = Pattern.compile("[\\p{Lu}]-\\p{Lu}{2}");
    private static final Pattern OPENING_MARKS = Pattern.compile("^[(“\"‘]+");
    private static final Pattern CLOSING_MARKS = Pattern.compile("[,;:!?”\")]+$");
    private static final Set<String> HE_OR_SHE = Set.of("He", "She", "he", "she");
    /** Words a sentence's subject may follow: {@code On Sunday Varga}, {@code Later Varga}. */
    private static final Set<String> SUBJECT_OPENERS = Set.of("on", "in", "at", "last", "this", "later");
    /** Prepositions a description runs on through: {@code the head of the union}. */
    private static final Set<String> OF_WORDS = Set.of("of", "for", "at", "on", "with", "from", "in");
    /** Words that end a description after the verb: {@code said the pilot who...}, {@code said the pilot in May}. */
    private static final Set<String> DESCRIPTION_ENDS = Set.of("who", "which", "that", "in", "at", "on", "during",
            "after", "before", "when", "to", "as");
    /** Capitalized words a cue may point to that name no speaker. */
    private static final Set<String> NEVER_SPEAKERS = Set.of("continuing", "speaking", "asked", "twitter", "facebook",
            "instagram", "youtube");
    /** Abbreviations whose stop ends no sentence, lower case. */
    private static final Set<String> ABBREVIATIONS = Set.of("st", "mt", "ft", "no", "vs", "gen", "col", "lt", "sgt",
            "capt", "adm", "rev", "prof", "sen", "rep", "gov", "mr", "mrs", "ms", "dr", "u.s", "inc", "co", "corp", "ltd");
    /** Dashes that stand between words, not inside them. */
    private static final String DASHES = "—–―";
    /** Quotes in the same or the previous paragraph continue the last speaker's words. */
    private static final int CONTINUATION_PARAGRAPHS = 1;
    /** A pronoun's referent is named within this many sentences before it. */
    private static final int PRONOUN_SENTENCES = 4;
    /** What an unknown gender costs a pronoun's candidate, in half sentences: a known match a sentence further wins. */
    private static final int UNKNOWN_GENDER = 3;
    /** Words of a description at most: {@code the head of the harbour workers' union}. */
    private static final int MAX_DESCRIPTION = 9;
    /** Words of an opening phrase before a sentence's subject at most: {@code At the rally on Sunday,}. */
    private static final int INTRO_WORDS = 8;

    private final Gazetteer gazetteer;

    SpeakerResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Who said a quote.
     *
     * @param name   the speaker as the cluster names them; null when unattributed
     * @param named  whether the words around the quote name the speaker (not a pronoun, not a continuation)
     * @param reason why there is no speaker; null when there is
     */
    record Attribution(String name, boolean named, Unattributed reason) {

        static Attribution none(Unattributed reason) {
            return new Attribution(null, false, reason);
        }
    }

    /** A word of the text around a quote: its offsets, the word without its punctuation, and that punctuation. */
    private record Word(int start, int end, String raw, String core) {

        boolean endsWith(String chars) {
            String tail = TRAILING_MARKS.matcher(raw).replaceAll("");
            return !tail.isEmpty() && chars.indexOf(tail.charAt(tail.length() - 1)) >= 0;
        }

        boolean possessive() {
            return POSSESSIVE.matcher(raw).matches() && (raw.contains("’s") || raw.contains("'s") || PLURAL_POSSESSIVE.matcher(raw).matches());
        }

        String lower() {
            return core.toLowerCase(Locale.ROOT);
        }
    }

    /** The source mention a cue points to: a name, a pronoun or a description, where it stands. */
    private record Mention(String text, Kind kind, int at) {
        enum Kind { NAME, PRONOUN, DESCRIPTION, NONE }
    }

    /** How a person stands where named: as a quote's speaker, as the subject opening a sentence, or otherwise. */
    enum Role { SPEAKER, SUBJECT, OTHER }

    /** A person who may be a pronoun's referent: where named, in which sentence, in which role, their gender. */
    record Candidate(String name, int at, int sentence, Role role, Genders.Gender gender) {
    }

    /**
     * The speakers of the quotes {@code spans} of article {@code article} of the cluster, one per span in order;
     * {@code sentences} are the article's, in order.
     */
    List<Attribution> attribute(String body, int article, List<QuoteSpans.Span> spans, List<Sentence> sentences,
                                EntityFinder.Found entities, Genders genders) {
        Set<String> midCaps = midCaps(body);
        boolean[] inView = inView(sentences, spans);
        List<Candidate> people = new ArrayList<>();
        List<Candidate> all = candidates(body, article, sentences, inView, midCaps, entities, genders);
        all.addAll(reportedSpeakers(body, sentences, spans, entities, genders, midCaps));
        all.sort(java.util.Comparator.comparingInt(Candidate::at));
        int q = 0;
        for (Candidate c : all) {
            while (q < spans.size() && spans.get(q).close() < c.at()) {
                q++;
            }
            if (q >= spans.size() || c.at() < spans.get(q).start()) {
                people.add(c); // one named inside a quotation is whom it speaks of, not who speaks it
            }
        }
        List<Attribution> out = new ArrayList<>();
        Attribution last = null;
        int lastParagraph = -10;
        List<Word> openers = openingPronouns(body, sentences, inView);
        int opener = 0;
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpans.Span span = spans.get(i);
            for (; opener < openers.size() && openers.get(opener).start() < span.open(); opener++) {
                // "Varga left. He said she would...": a sentence that opens with "he" keeps its referent in view
                Word w = openers.get(opener);
                Genders.Gender g = MALE.contains(w.lower()) ? Genders.Gender.MALE : Genders.Gender.FEMALE;
                int s = sentenceIndex(sentences, w.start());
                String name = referent(w.start(), s, g, people);
                if (name != null) {
                    addPerson(people, new Candidate(name, w.start(), s, Role.SUBJECT, g));
                }
            }
            int[] sentence = sentenceAround(body, sentences, span);
            int beforeFrom = Math.max(sentence[0], i > 0 && spans.get(i - 1).paragraph() == span.paragraph()
                    ? spans.get(i - 1).close() + 1 : 0);
            beforeFrom = Math.max(beforeFrom, lastStop(body, beforeFrom, span.open()));
            int afterTo = span.runsOn() ? span.close() : Math.min(sentence[1], i + 1 < spans.size()
                    && spans.get(i + 1).paragraph() == span.paragraph() ? spans.get(i + 1).open() : body.length());
            int afterFrom = span.runsOn() ? span.close() : span.close() + 1;
            afterTo = Math.min(afterTo, firstStop(body, afterFrom, afterTo));
            char ends = lastChar(body.substring(span.start(), Math.max(span.start(), span.close())));
            if (!span.runsOn() && ends == '.' && capitalNext(body, afterFrom)) {
                afterTo = afterFrom; // “... in May.” Varga left early: the quote's stop ended its sentence
            }
            List<Word> before = words(body, beforeFrom, span.open());
            List<Word> after = words(body, afterFrom, afterTo);
            Mention m = transcriptLabel(body, span);
            boolean labelled = m != null;
            if (m == null && before.isEmpty() && !span.runsOn()) {
                m = signature(body, afterFrom, sentence[1]);
            }
            if (m == null) {
                m = cue(before, after, ends);
            }
            Attribution a;
            if (m == null && span.continues() && last != null) {
                a = new Attribution(last.name(), false, null);
            } else if (m == null && (a = ownSubject(words(body, lastStop(body, sentence[0], span.open()), span.open()), body, sentences, people, entities)) != null) {
                // "Varga called the plan “a disaster”": a quote inside a sentence with no cue is its subject's
            } else if (m == null) {
                Mention prior = last != null && span.paragraph() - lastParagraph <= CONTINUATION_PARAGRAPHS ? null
                        : priorSentenceCue(body, sentences, span);
                if (prior != null) {
                    a = resolve(prior, body, sentences, people, entities);
                } else if (last != null && span.paragraph() - lastParagraph <= CONTINUATION_PARAGRAPHS) {
                    a = new Attribution(last.name(), false, null);
                } else {
                    a = Attribution.none(Unattributed.NO_CUE);
                }
            } else {
                a = resolve(m, body, sentences, people, entities);
            }
            if (a.named() && !labelled && commonWord(a.name(), body, entities, midCaps)) {
                a = Attribution.none(Unattributed.NOT_A_PERSON); // "Surveying the pier, ..." names no one
            }
            if (a.name() != null) {
                last = a;
                lastParagraph = span.paragraph();
                int at = m != null ? m.at() : span.open();
                if (heOrShe(a.name(), entities, midCaps)) {
                    addPerson(people, new Candidate(a.name(), at, sentenceIndex(sentences, at), Role.SPEAKER,
                            genders.of(a.name(), entities)));
                }
                // a quote over several paragraphs whose speaker is named only at its end
                for (int k = out.size() - 1; k >= 0 && spans.get(k + 1).continues() && out.get(k).name() == null; k--) {
                    out.set(k, new Attribution(a.name(), false, null));
                }
            }
            out.add(a);
        }
        return out;
    }

    /** The label a transcript's line opens with inside the quotation ({@code “VARGA: ...”}), as a name, or null. */
    private static Mention transcriptLabel(String body, QuoteSpans.Span span) {
        java.util.regex.Matcher t = TRANSCRIPT_LABEL.matcher(body).region(span.start(), Math.max(span.start(), span.close()));
        return t.lookingAt() && t.group(1).chars().filter(Character::isLetter).count() > 2
                ? new Mention(t.group(1), Mention.Kind.NAME, t.start(1)) : null;
    }

    /**
     * The one who signs a quotation that opens its paragraph behind a dash ({@code “...” ― Ilse Varga, 61}): a name
     * that the paragraph ends soon after, or null.
     */
    private Mention signature(String body, int from, int paragraphEnd) {
        java.util.regex.Matcher d = SIGNATURE.matcher(body).region(from, paragraphEnd);
        if (!d.lookingAt() && body.substring(from, paragraphEnd).isBlank() && paragraphEnd < body.length()) {
            int next = paragraphEnd; // "“...”" then a paragraph of its own: "- Ilse Varga."
            while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
                next++;
            }
            int end = body.indexOf('\n', next);
            paragraphEnd = end < 0 ? body.length() : end;
            d = NEXT_SIGNATURE.matcher(body).region(next, paragraphEnd);
        }
        if (!d.lookingAt()) {
            return null;
        }
        List<Word> ws = words(body, d.end(), paragraphEnd);
        Mention m = ws.isEmpty() || ws.size() > SIGNATURE_WORDS ? null : forward(ws, 0);
        return m != null && m.kind() == Mention.Kind.NAME ? m : null;
    }

    /** The speaker of a quote with no cue that stands inside a sentence: the person the sentence opens with, or null. */
    private Attribution ownSubject(List<Word> before, String body, List<Sentence> sentences, List<Candidate> people,
                                   EntityFinder.Found entities) {
        Mention s = before.size() < 2 ? null : subject(before, before.size() - 1);
        if (s == null || s.kind() == Mention.Kind.NONE) {
            return null;
        }
        int next = 0;
        while (next < before.size() && before.get(next).start() < s.at() + s.text().length()) {
            next++;
        }
        if (next < before.size() && before.get(next).raw().startsWith("(")) {
            while (next < before.size() && !before.get(next).raw().contains(")")) {
                next++;
            }
            next++; // "Sen. Oda Lind (Vt.) joined the panel"
        }
        if (next >= before.size() || !Character.isLowerCase(before.get(next).raw().charAt(0))) {
            return null; // a name that no verb follows is no subject
        }
        Attribution a = resolve(s, body, sentences, people, entities);
        return a.name() == null ? null : a;
    }

    /**
     * The speakers of reported speech ("Varga, the harbour master, said the quay was closed") in the sentences a
     * quote's pronoun may look back to: a pronoun after them most likely stands for them.
     */
    private List<Candidate> reportedSpeakers(String body, List<Sentence> sentences, List<QuoteSpans.Span> spans,
                                             EntityFinder.Found entities, Genders genders, Set<String> midCaps) {
        boolean[] near = new boolean[sentences.size()];
        for (QuoteSpans.Span span : spans) {
            int q = sentenceIndex(sentences, span.open());
            for (int s = Math.max(0, q - PRONOUN_SENTENCES); s <= q && s < near.length; s++) {
                near[s] = true; // reported speech only in the sentences before a quote, not before their pronouns
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            if (!near[s]) {
                continue;
            }
            Sentence sen = sentences.get(s);
            if (sen.tokens().stream().noneMatch(t -> SpeechVerbs.contains(t.lower()) || MORE_VERBS.contains(t.lower()))) {
                continue; // most sentences have no speech verb: their words are not read
            }
            List<Word> ws = words(body, sen.start(), sen.end());
            for (int k = 0; k < ws.size(); k++) {
                String w = ws.get(k).lower();
                if (PARTICIPLES.contains(w) || !SpeechVerbs.contains(w) && !MORE_VERBS.contains(w)) {
                    continue;
                }
                Mention m = around(ws, k, true);
                String name = m == null || m.kind() != Mention.Kind.NAME ? null : name(m.text(), entities);
                int typed = name == null ? -1 : entities.lookup(name);
                if (name != null && (typed < 0 || entities.entities().get(typed).type() == Entity.Type.PERSON)
                        && heOrShe(name, entities, midCaps) && !commonWord(name, body, entities, midCaps)) {
                    Genders.Gender g = genders.of(name, entities);
                    out.add(new Candidate(name, m.at(), s, Role.SPEAKER, g != null ? g : reportedGender(ws, k, entities)));
                }
            }
        }
        return out;
    }

    /**
     * The gender of the first subject pronoun after reported speech's verb in its sentence ("Varga said the port
     * would open and she would..."), unless another person or a quotation comes first; null when there is none.
     */
    private static Genders.Gender reportedGender(List<Word> ws, int verb, EntityFinder.Found entities) {
        for (int k = verb + 1; k < ws.size(); k++) {
            Word w = ws.get(k);
            if (w.raw().indexOf('“') >= 0 || w.raw().indexOf('"') >= 0) {
                return null;
            }
            String lower = w.lower();
            if (lower.equals("he") || lower.equals("she")) {
                return lower.equals("he") ? Genders.Gender.MALE : Genders.Gender.FEMALE;
            }
            int e = Character.isUpperCase(w.core().isEmpty() ? 'x' : w.core().charAt(0)) ? entities.lookup(w.core()) : -1;
            if (e >= 0 && entities.entities().get(e).type() == Entity.Type.PERSON) {
                return null;
            }
        }
        return null;
    }

    /** Adds a person to the text-ordered referents, in place. */
    private static void addPerson(List<Candidate> people, Candidate c) {
        int k = people.size();
        while (k > 0 && people.get(k - 1).at() > c.at()) {
            k--;
        }
        people.add(k, c);
    }

    /** The "he" or "she" that opens a sentence in view (after "But", "Then"...), where it is the subject, in text order. */
    private static List<Word> openingPronouns(String body, List<Sentence> sentences, boolean[] inView) {
        List<Word> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sen = sentences.get(s);
            if (!inView[s] || !opensWithPronoun(sen)) {
                continue; // one no quote's pronoun looks back to, even through others, changes no referent
            }
            List<Word> ws = words(body, sen.start(), Math.min(sen.end(), sen.start() + 80));
            int k = 0;
            while (k < ws.size() - 1 && STOP_STARTS.contains(ws.get(k).core()) && !ws.get(k).endsWith(",")) {
                k++;
            }
            int comma = k;
            while (comma < ws.size() - 1 && comma - k < INTRO_WORDS && !ws.get(comma).endsWith(",")
                    && "\"“”.;:".indexOf(ws.get(comma).raw().charAt(ws.get(comma).raw().length() - 1)) < 0
                    && ws.get(comma).raw().indexOf('“') < 0) {
                comma++;
            }
            if (k < ws.size() && !ws.get(k).raw().equals("He") && !ws.get(k).raw().equals("She") && comma < ws.size() - 1
                    && ws.get(comma).endsWith(",")) {
                k = comma + 1; // "On Wednesday, he told the crowd"
            }
            if (k < ws.size() && HE_OR_SHE.contains(ws.get(k).raw()) && (k > 0 || ws.get(k).raw().charAt(0) < 'a')) {
                out.add(ws.get(k));
            }
        }
        return out;
    }

    /**
     * The source of the cue nearest the quote: before it, the last cue of the sentence up to the quote; after it,
     * the first; the nearer one by words wins, and one right after the quote wins a tie.
     */
    private Mention cue(List<Word> before, List<Word> after, char ends) {
        Mention b = null;
        int bDistance = Integer.MAX_VALUE;
        for (int k = before.size() - 1; k >= 0 && b == null; k--) {
            Mention m = around(before, k, true);
            if (m != null) {
                b = m;
                bDistance = before.size() - 1 - k;
            }
        }
        if (b == null && !before.isEmpty() && before.get(before.size() - 1).endsWith(":")) {
            Mention m = backward(before, before.size() - 1); // "HARBOUR MASTER VARGA:" opens a transcript's line
            if (m != null && m.at() > before.get(0).start()) {
                // "Varga sent a short note to Holm:" is Varga's: a colon after a clause gives the clause's subject
                Mention s = subject(before, before.size() - 1);
                m = s != null ? s : m;
            }
            if (m != null && (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.PRONOUN)) {
                b = m;
                bDistance = 0;
            }
        }
        Mention a = null;
        int aDistance = Integer.MAX_VALUE;
        for (int k = 0; k < after.size() && a == null; k++) {
            Mention m = around(after, k, false);
            if (m != null) {
                a = m;
                aDistance = k;
            }
        }
        if (a == null && (ends == ',' || ends == '!' || ends == '?')) {
            a = frame(after); // “...,” beamed Varga: the inverted frame names the speaker whatever the verb
            aDistance = 1;
        }
        if (a == null) {
            return b;
        }
        return b != null && bDistance < aDistance ? b : a;
    }

    /**
     * The speaker of a quote that ends in a comma, '!' or '?' and is followed by a frame with a verb not in the lists:
     * a lower-case word then a name ({@code beamed Varga}), or a name or pronoun then a lower-case word that ends the
     * clause ({@code Varga beamed.}, not {@code Norwegian officials said}).
     */
    private Mention frame(List<Word> after) {
        if (after.size() < 2) {
            return null;
        }
        Word w = after.get(0);
        if (Character.isLowerCase(w.raw().charAt(0)) && w.raw().equals(w.core()) && !FRAME_BREAKERS.contains(w.core())) {
            Mention m = forward(after, 1);
            return m != null && (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.DESCRIPTION) ? m : null;
        }
        Mention m = forward(after, 0);
        if (m == null || m.kind() != Mention.Kind.NAME && m.kind() != Mention.Kind.PRONOUN) {
            return null;
        }
        int next = 0;
        while (next < after.size() && after.get(next).start() < m.at() + m.text().length()) {
            next++;
        }
        return next < after.size() && next <= 4 && Character.isLowerCase(after.get(next).raw().charAt(0))
                && !FRAME_BREAKERS.contains(after.get(next).core()) && !after.get(next - 1).endsWith(",;:")
                && (next == after.size() - 1 || after.get(next).endsWith(",.;:!?")) ? m : null; // "Varga beamed."
    }

    /** The last character of a text that is not a space or a closing mark, or ' '. */
    private static char lastChar(String quote) {
        String t = quote.strip();
        while (!t.isEmpty() && "\"”’'»)".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    }

    /** Whether the first letter after {@code from} (past spaces and quotation marks) is a capital. */
    private static boolean capitalNext(String body, int from) {
        int j = from;
        while (j < body.length() && (body.charAt(j) == ' ' || "\"“”’".indexOf(body.charAt(j)) >= 0)) {
            j++;
        }
        return j < body.length() && Character.isUpperCase(body.charAt(j));
    }

    /** The source of a cue at word {@code k}, or null when word {@code k} is no cue or has no source. */
    private Mention around(List<Word> ws, int k, boolean beforeQuote) {
        String w = ws.get(k).lower();
        if (w.equals("according") && k + 1 < ws.size() && ws.get(k + 1).lower().equals("to")) {
            return forward(ws, k + 2);
        }
        if (PARTICIPLES.contains(w)) {
            for (int j = k - 1; j >= 0; j--) {
                String v = ws.get(j).lower();
                if (!PARTICIPLES.contains(v) && (SpeechVerbs.contains(v) || MORE_VERBS.contains(v))) {
                    Mention m = around(ws, j, beforeQuote); // "..., Varga said, adding" is Varga's, not the sentence's subject's
                    if (m != null && m.kind() != Mention.Kind.NONE) { // "those claims, arguing": no one's
                        return m;
                    }
                }
            }
            return k > 0 ? subject(ws, k) : null;
        }
        if (!SpeechVerbs.contains(w) && !MORE_VERBS.contains(w) && (beforeQuote || !AFTER_QUOTE_VERBS.contains(w))) {
            return null;
        }
        int e = k - 1;
        while (e >= 0 && (BETWEEN.contains(ws.get(e).lower()) || DAYS.contains(ws.get(e).core()) || ws.get(e).lower().endsWith("ly")
                && !Character.isUpperCase(ws.get(e).core().isEmpty() ? 'x' : ws.get(e).core().charAt(0)))) {
            e--;
        }
        if (e >= 0 && !ws.get(e).endsWith(".!?;")) {
            Mention m = backward(ws, e);
            if (m != null && m.kind() == Mention.Kind.DESCRIPTION && ws.get(e).endsWith(",") && k + 1 < ws.size()) {
                Mention after = forward(ws, k + 1); // "..., and the port stays shut, said Ilse Varga"
                if (after != null && after.kind() == Mention.Kind.NAME) {
                    return after;
                }
            }
            if (m != null) {
                return m;
            }
        }
        if (TELLS.contains(w)) {
            return k > 0 ? subject(ws, k) : null; // "At the pier, Varga told Holm “...”": Holm is who heard it
        }
        if (e >= 0 && !ws.get(e).endsWith(",:") && !beforeQuote && k > 0) {
            return null; // words before the verb that name no one: "...,” the report said of the port" has its own subject
        }
        return k + 1 < ws.size() ? forward(ws, k + 1) : null;
    }

    /** The subject a participle's clause hangs on: the first mention of its sentence. */
    private Mention subject(List<Word> ws, int k) {
        int s = 0;
        while (s < k && (STOP_STARTS.contains(ws.get(s).core()) || SUBJECT_OPENERS.contains(ws.get(s).lower()))) {
            s++;
        }
        if (s >= k) {
            return null;
        }
        Mention m = forward(ws, s);
        if (m == null || m.kind() == Mention.Kind.DESCRIPTION) {
            // "At the Sunday debate, Varga took the stage": the subject follows the opening phrase's comma
            int c = s;
            while (c < k && c - s < INTRO_WORDS && !ws.get(c).endsWith(",")) {
                c++;
            }
            Mention after = c + 1 < k && c - s < INTRO_WORDS ? forward(ws, c + 1) : null;
            m = after != null ? after : m;
        }
        return m;
    }

    /** The mention that ends at word {@code e}: a name read back over its titles, a pronoun, or a description. */
    private Mention backward(List<Word> ws, int e) {
        if (e >= 0 && CLOSING_PAREN.matcher(ws.get(e).raw()).matches()) {
            int open = e;
            while (open > 0 && !ws.get(open).raw().startsWith("(")) {
                open--;
            }
            e = open - 1; // "Oda Lind (D-Vt.), said": the party and state are no part of the name
        }
        if (e >= 0 && DIGITS.matcher(ws.get(e).core()).matches()) {
            e--; // "Varga, 61, said"
        }
        if (e < 0) {
            return null;
        }
        if (ws.get(e).endsWith(",")) {
            for (int j = e - 1; j > 0 && e - j <= MAX_DESCRIPTION + 3 && !ws.get(j).endsWith(".!?;:"); j--) {
                if (ws.get(j - 1).endsWith(",") && (APPOSITIVE_OPENERS.contains(ws.get(j).lower())
                        || Character.isLowerCase(ws.get(j).raw().charAt(0)) && !LIST_WORDS.contains(ws.get(j).raw()))) {
                    // "Varga, who runs the port, said", "Varga, a pilot with Holm Lines, said": the one it is of
                    Mention named = backward(ws, j - 1);
                    if (named != null && named.kind() != Mention.Kind.NONE) {
                        return named;
                    }
                    break;
                }
            }
        }
        Word last = ws.get(e);
        if (nameWord(last) || SUFFIXES.contains(last.core())) {
            int b = e;
            while (b - 1 >= 0) {
                Word p = ws.get(b - 1);
                boolean suffixNext = SUFFIXES.contains(ws.get(b).core());
                if (p.possessive() || p.endsWith(".!?;:") && !initialOrTitle(p) || p.endsWith(",") && !suffixNext) {
                    break;
                }
                if (nameWord(p) || initialOrTitle(p) || CONNECTORS.contains(p.core()) && b - 2 >= 0 && nameWord(ws.get(b - 2))) {
                    b--;
                } else {
                    break;
                }
            }
            String name = text(ws, b, e);
            return new Mention(name, Mention.Kind.NAME, ws.get(b).start());
        }
        String lower = last.lower();
        if (MALE.contains(lower) || FEMALE.contains(lower) || PLURAL_OR_FIRST.contains(lower)) {
            return new Mention(lower, Mention.Kind.PRONOUN, last.start());
        }
        if (NOT_PERSONS.contains(lower)) {
            return new Mention(lower, Mention.Kind.NONE, last.start());
        }
        // A description: back to its determiner or owner, through "of the ...".
        int d = e;
        int limit = Math.max(0, e - MAX_DESCRIPTION);
        while (true) {
            while (d >= limit && !(DETERMINERS.contains(ws.get(d).lower()) || ws.get(d).possessive() && d < e)) {
                if (d < e && ws.get(d).endsWith(",;:.")) {
                    return null;
                }
                d--;
            }
            if (d < limit) {
                return null;
            }
            while (d > 0 && ws.get(d).possessive() && nameWord(ws.get(d - 1)) && !ws.get(d - 1).endsWith(",")) {
                d--; // "Harbour Master Varga’s deputy": the owner's whole name
            }
            if (d > 1 && OF_WORDS.contains(ws.get(d - 1).lower()) && !ws.get(d - 2).endsWith(",;:.")) {
                d -= 2; // "the head of the harbour union"
                continue;
            }
            break;
        }
        if (d > 0 && ws.get(d - 1).endsWith(",")) {
            Mention named = backward(ws, d - 1); // "Varga, the harbour master, said": the name the description follows
            if (named != null && named.kind() == Mention.Kind.NAME) {
                return named;
            }
        }
        if (!speakerNoun(last.lower())) {
            return null;
        }
        for (int k = d + 1; k < e; k++) {
            if (AUXILIARIES.contains(ws.get(k).lower())) {
                return null; // "..., and the crowd was quiet, said Varga": a clause, not a description
            }
        }
        return new Mention(TRAILING_COMMA.matcher(text(ws, d, e)).replaceAll(""), Mention.Kind.DESCRIPTION, ws.get(d).start());
    }

    /** The mention that starts at word {@code s}: a name read on with its suffix, a pronoun, or a description. */
    private Mention forward(List<Word> ws, int s) {
        while (s < ws.size() && gazetteer.notNames.contains(ws.get(s).core()) && !ws.get(s).endsWith(",.")) {
            s++; // "said Tuesday Varga" is rare; "said Tuesday." is not a name
        }
        if (s >= ws.size()) {
            return null;
        }
        Word first = ws.get(s);
        String lower = first.lower();
        if (lower.equals("the") && s + 2 < ws.size() && initialOrTitle(ws.get(s + 1)) && nameWord(ws.get(s + 2))) {
            Mention titled = forward(ws, s + 1); // "said the Rev. Ilse Varga"
            if (titled != null && titled.kind() == Mention.Kind.NAME) {
                return titled;
            }
        }
        if (Genders.isObject(lower) || DETERMINERS.contains(lower) && !CLAUSE_OPENERS.contains(lower)) {
            // "said the spokesman", "His deputy said", "Another neighbour said"; but "said that the port..." opens
            // what was said, and "told him" names whom it was said to
            return !Genders.isObject(lower) || s + 1 < ws.size() && Character.isLowerCase(ws.get(s + 1).raw().charAt(0))
                    ? description(ws, s) : null;
        }
        if (MALE.contains(lower) || FEMALE.contains(lower) || PLURAL_OR_FIRST.contains(lower)) {
            return new Mention(lower, Mention.Kind.PRONOUN, first.start());
        }
        if (nameWord(first) || initialOrTitle(first)) {
            int e = s;
            while (!ws.get(e).possessive() && !ws.get(e).endsWith(".!?;:)") || initialOrTitle(ws.get(e))
                    && !ws.get(e).possessive()) {
                if (ws.get(e).endsWith(",")) {
                    if (e + 1 < ws.size() && SUFFIXES.contains(ws.get(e + 1).core())) {
                        e++;
                    }
                    break;
                }
                if (e + 1 >= ws.size()) {
                    break;
                }
                Word n = ws.get(e + 1);
                if (n.raw().startsWith("(")) {
                    break; // "Sen. Oda Lind (D-Vt.)": the party and state are no part of the name
                }
                if (nameWord(n) || initialOrTitle(n) || SUFFIXES.contains(n.core())
                        || CONNECTORS.contains(n.core()) && e + 2 < ws.size() && nameWord(ws.get(e + 2))
                        || Character.isUpperCase(n.raw().charAt(0)) && n.raw().equals(n.core()) && e + 2 < ws.size()
                        && initialOrTitle(ws.get(e + 2))) {
                    e++; // "said Harbour Watch President Oda Lind": the title after the organization leads to the name
                } else {
                    break;
                }
            }
            if (ws.get(e).possessive() && e + 1 < ws.size()) {
                Mention d = description(ws, s); // "said Varga’s deputy, Per Holm"
                if (d != null) {
                    return d;
                }
            }
            Mention named = roleWords(ws, s, e) ? roleWordsThenName(ws, e + 1) // "said Republican strategist Oda Lind"
                    : e + 1 < ws.size() && !ws.get(e).endsWith(",.;:!?") ? roleNounThenName(ws, e + 1) : null;
            if (named != null) {
                return named; // "said Holm campaign manager Oda Lind"
            }
            return new Mention(text(ws, s, e), Mention.Kind.NAME, first.start());
        }
        return roleWordsThenName(ws, s); // "said pollster Oda Lind", "said retired Army Gen. Oda Lind"
    }

    /** Whether capitalized words {@code s..e} only tell a role: a party, a nationality, a title ("Republican"). */
    private boolean roleWords(List<Word> ws, int s, int e) {
        for (int k = s; k <= e; k++) {
            String c = ws.get(k).core();
            if (ws.get(k).endsWith(",.;:!?") || !gazetteer.demonyms.contains(c) && !gazetteer.titles.contains(c)) {
                return false;
            }
        }
        return e + 1 < ws.size();
    }

    /** The name after at most {@link #ROLE_WORDS} lower-case role words from word {@code s} ("pollster Oda Lind"), or null. */
    private Mention roleWordsThenName(List<Word> ws, int s) {
        return roleWordsThenName(ws, s, false);
    }

    /** The name after lower-case words ending in a role noun ("campaign manager Oda Lind"), or null. */
    private Mention roleNounThenName(List<Word> ws, int s) {
        return roleWordsThenName(ws, s, true);
    }

    private Mention roleWordsThenName(List<Word> ws, int s, boolean roleNoun) {
        int n = s;
        while (n < ws.size() && n - s < ROLE_WORDS && ws.get(n).raw().equals(ws.get(n).core()) && !ws.get(n).core().isEmpty()
                && (Character.isLowerCase(ws.get(n).core().charAt(0)) || Character.isDigit(ws.get(n).core().charAt(0)))
                && !FRAME_BREAKERS.contains(ws.get(n).core())
                && !CLAUSE_OPENERS.contains(ws.get(n).core()) && !ADDRESSEES.contains(ws.get(n).core())) {
            n++;
        }
        if (n > s && n < ws.size() && n - s <= ROLE_WORDS && (nameWord(ws.get(n)) || initialOrTitle(ws.get(n)))
                && (!roleNoun || roleNoun(ws.get(n - 1).core()))) {
            Mention m = forward(ws, n);
            return m != null && m.kind() == Mention.Kind.NAME ? m : null;
        }
        return null;
    }

    /** A description from word {@code s} to the next comma or stop, or the name in apposition after it. */
    private Mention description(List<Word> ws, int s) {
        int e = s;
        while (e < ws.size() - 1 && e - s < MAX_DESCRIPTION && !ws.get(e).endsWith(",.;:!?")
                && !DESCRIPTION_ENDS.contains(ws.get(e + 1).lower())) {
            e++;
        }
        if (ws.get(e).endsWith(",") && e + 1 < ws.size() && nameWord(ws.get(e + 1))) {
            Mention named = forward(ws, e + 1);
            if (named != null && named.kind() == Mention.Kind.NAME) {
                return named;
            }
        }
        if (!speakerNoun(ws.get(e).lower())) {
            return null;
        }
        return new Mention(TRAILING_COMMA_OR_STOP.matcher(text(ws, s, e)).replaceAll(""), Mention.Kind.DESCRIPTION, ws.get(s).start());
    }

    /** Whether a lower-case word names a role a person holds: "manager", "spokeswoman", "strategist", "aide". */
    private static boolean roleNoun(String w) {
        if (ROLE_NOUNS.contains(w)) {
            return true;
        }
        for (String suffix : ROLE_SUFFIXES) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a description's head can speak: not a time, an event or a thing said ("a long pause", "the speech"). */
    private static boolean speakerNoun(String head) {
        return !NOT_SPEAKER_HEADS.contains(head) && !FRAME_BREAKERS.contains(head);
    }

    /** The speaker a mention names, as the cluster names them. */
    private Attribution resolve(Mention m, String body, List<Sentence> sentences, List<Candidate> people,
                                EntityFinder.Found entities) {
        switch (m.kind()) {
            case PRONOUN -> {
                Genders.Gender g = MALE.contains(m.text()) ? Genders.Gender.MALE
                        : FEMALE.contains(m.text()) ? Genders.Gender.FEMALE : null;
                if (g == null) {
                    return Attribution.none(Unattributed.PRONOUN);
                }
                String name = referent(m.at(), sentenceIndex(sentences, m.at()), g, people);
                return name == null ? Attribution.none(Unattributed.PRONOUN) : new Attribution(name, false, null);
            }
            case NAME -> {
                String name = name(m.text(), entities);
                return name == null ? Attribution.none(Unattributed.NOT_A_PERSON) : new Attribution(name, true, null);
            }
            case DESCRIPTION -> {
                String role = byRole(m.text().toLowerCase(Locale.ROOT), entities);
                return new Attribution(role != null ? role : m.text(), true, null);
            }
            default -> {
                return Attribution.none(Unattributed.NOT_A_PERSON);
            }
        }
    }

    /**
     * The nearest compatible person before a pronoun: within {@link #PRONOUN_SENTENCES} sentences, the one whose
     * gender is the pronoun's (or unknown, at a cost), favouring a speaker over a sentence's subject and a subject
     * over others, each step as much as a sentence nearer: "Varga said Holm's crew had left. “...,” he said" is
     * Varga's even when only Holm is known to be a "he".
     */
    private static String referent(int at, int sentence, Genders.Gender gender, List<Candidate> people) {
        Candidate best = null;
        int bestScore = Integer.MAX_VALUE;
        for (int i = people.size() - 1; i >= 0; i--) {
            Candidate c = people.get(i);
            if (c.at() >= at) {
                continue;
            }
            int distance = sentence - c.sentence();
            if (distance > PRONOUN_SENTENCES) {
                break;
            }
            Genders.Gender known = c.gender();
            if (known != null && known != gender) {
                continue;
            }
            int score = 2 * Math.max(0, distance) + 2 * c.role().ordinal() + (known == null ? UNKNOWN_GENDER : 0);
            if (score < bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best == null ? null : best.name();
    }

    /** A speaker's name as the cluster gives it: the entity's fullest name, else the name read, without titles. */
    private String name(String phrase, EntityFinder.Found entities) {
        if (gazetteer.places.contains(phrase)) {
            int e = entities.lookup(phrase); // "Russian Federation said" is the country, not a "Federation"
            return e >= 0 ? entities.entities().get(e).name() : phrase;
        }
        String[] words = WHITESPACE.split(phrase);
        int i = 0;
        while (i < words.length - 1 && (STOP_STARTS.contains(words[i]) || gazetteer.titles.contains(words[i])
                || gazetteer.titles.contains(words[i].replace(".", ""))
                || gazetteer.demonyms.contains(EntityFinder.bare(words[i])))) {
            i++;
        }
        for (int j = words.length - 2; j > i; j--) {
            if (gazetteer.titles.contains(words[j]) || gazetteer.titles.contains(words[j].replace(".", ""))) {
                i = j + 1; // "Harbour Union President Oda Lind" is Oda Lind
                break;
            }
        }
        String name = TRAILING_COMMA.matcher(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length))).replaceAll("");
        String bare = TRAILING_POSSESSIVE.matcher(name).replaceAll("");
        if (bare.isEmpty() || STOP_STARTS.contains(bare) || gazetteer.notNames.contains(bare)
                || gazetteer.demonyms.contains(bare)
                || PARTICIPLES.contains(bare.toLowerCase(Locale.ROOT)) || PARTY_STATE.matcher(bare).matches()
                || NEVER_SPEAKERS.contains(bare.toLowerCase(Locale.ROOT))
                || NumberReader.value(bare.toLowerCase(Locale.ROOT)) != null // "Twenty-nine people were hurt"
                || gazetteer.titles.contains(bare) || bare.length() < 2) {
            return null;
        }
        int e = entities.lookup(bare);
        if (e >= 0) {
            return entities.entities().get(e).name();
        }
        String[] parts = WHITESPACE.split(bare);
        String surname = parts[parts.length - 1];
        if (SUFFIXES.contains(surname) && parts.length > 1) {
            surname = parts[parts.length - 2];
        }
        e = entities.lookup(surname);
        if (e >= 0 && entities.entities().get(e).type() == Entity.Type.PERSON) {
            return entities.entities().get(e).name();
        }
        if (bare.equals(bare.toUpperCase(Locale.ROOT)) && bare.length() > 3) {
            // a transcript's "VARGA:" is Varga
            String title = bare.charAt(0) + bare.substring(1).toLowerCase(Locale.ROOT);
            e = entities.lookup(title);
            return e >= 0 ? entities.entities().get(e).name() : title;
        }
        return bare;
    }

    /** "the port spokesman": the one person whose role words hold every word of the description. */
    private String byRole(String description, EntityFinder.Found entities) {
        String[] words = WHITESPACE.split(POSSESSIVE_S.matcher(description.replace("’", "'")).replaceAll(""));
        if (words.length < 2 || !gazetteer.titles.contains(capitalize(words[words.length - 1]))) {
            return null;
        }
        String found = null;
        for (int e = 0; e < entities.entities().size(); e++) {
            if (entities.entities().get(e).type() != Entity.Type.PERSON) {
                continue;
            }
            Set<String> role = entities.roles().get(e);
            boolean all = true;
            for (String w : words) {
                if (!DETERMINERS.contains(w) && role.stream().noneMatch(r -> sameWord(r, w))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                if (found != null) {
                    return null; // two people fit: not ours to choose
                }
                found = entities.entities().get(e).name();
            }
        }
        return found;
    }

    /**
     * The people an article names, as pronoun referents, in text order: each mention of a person the entity finder
     * typed (the sentence's first one, where it opens the sentence, as its subject), and each name that opens a
     * sentence before a lower-case word ("Varga also took the ferry"), which the entity finder may leave untyped,
     * read only in the sentences {@code inView} ({@link #inView}). A name's gender is the entity's, else what its
     * title or the first pronoun after it as a subject says; {@code midCaps} are the words the article capitalizes
     * after a lower-case word ({@link #midCaps}).
     */
    private List<Candidate> candidates(String body, int article, List<Sentence> sentences, boolean[] inView,
                                       Set<String> midCaps, EntityFinder.Found entities, Genders genders) {
        List<Candidate> out = new ArrayList<>();
        int sentence = -1;
        java.util.Set<Integer> opened = new java.util.HashSet<>();
        for (EntityFinder.Located m : entities.mentions()) {
            if (m.article() != article || entities.entities().get(m.entity()).type() != Entity.Type.PERSON) {
                continue;
            }
            boolean first = m.sentence() != sentence;
            sentence = m.sentence();
            int s = sentenceIndex(sentences, m.start());
            // "Ilse Varga, Holm's deputy, said": Holm opens no sentence when a name and its comma stand before him
            boolean subject = first && m.subject() && body.lastIndexOf(',', m.start()) < sentences.get(s).start();
            if (subject) {
                opened.add(s);
            }
            out.add(new Candidate(entities.entities().get(m.entity()).name(), m.start(), s,
                    subject ? Role.SUBJECT : Role.OTHER, genders.of(m.entity())));
        }
        Map<String, int[]> votes = new HashMap<>();
        List<Candidate> openers = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            if (opened.contains(s) || !inView[s]) {
                continue; // a sentence no quote's pronoun looks back to is not read
            }
            Sentence sen = sentences.get(s);
            List<Word> ws = words(body, sen.start(), Math.min(sen.end(), sen.start() + 120));
            int k = 0;
            while (k < ws.size() && (STOP_STARTS.contains(ws.get(k).core()) || ws.get(k).raw().startsWith("“")
                    || ws.get(k).raw().startsWith("\""))) {
                if (ws.get(k).raw().startsWith("“") || ws.get(k).raw().startsWith("\"")) {
                    k = ws.size(); // a sentence that opens with a quotation is no subject's
                }
                k++;
            }
            int e = k;
            while (e < ws.size() && (nameWord(ws.get(e)) || initialOrTitle(ws.get(e))) && !ws.get(e).endsWith(",.;:")
                    && !ws.get(e).possessive() && !ws.get(e).raw().startsWith("(")) {
                e++;
            }
            if (e > k && e + 1 < ws.size() && ws.get(e).raw().startsWith("(")) {
                int close = e; // "Oda Lind (D-Vt.), who...": the party and state are no part of the name
                while (close + 1 < ws.size() && !ws.get(close).raw().contains(")")) {
                    close++;
                }
                boolean verbAfter = ws.get(close).raw().endsWith(")") && close + 1 < ws.size()
                        && Character.isLowerCase(ws.get(close + 1).raw().charAt(0));
                if (!ws.get(close).raw().endsWith("),") && !verbAfter) {
                    continue; // the name is k..e-1, before an aside or a verb
                }
            } else if (e + 1 < ws.size() && nameWord(ws.get(e)) && ws.get(e).raw().endsWith(",") && !ws.get(e).possessive()) {
                e++; // "Ilse Varga, a pilot at Brenholm, said": the name before the aside opens the sentence
            } else if (e == k || e >= ws.size() || e - k > 5 || !Character.isLowerCase(ws.get(e).raw().charAt(0))) {
                continue;
            }
            String phrase = text(ws, k, e - 1);
            String name = name(phrase, entities);
            int typed = name == null ? -1 : entities.lookup(name);
            if (name == null || typed >= 0 && entities.entities().get(typed).type() != Entity.Type.PERSON || pluralDemonym(name)
                    || gazetteer.places.contains(name) || gazetteer.organizationWords.contains(name)
                    || typed < 0 && !name.contains(" ") && !midCaps.contains(name)) {
                continue; // "Beyond the footage, ...": a word any sentence may open with
            }
            int[] v = votes.computeIfAbsent(name, x -> new int[2]);
            String title = ws.get(k).core().replace(".", "");
            if (title.equals("Mr")) {
                v[0] += 2;
            } else if (FEMALE_TITLES.contains(title)) {
                v[1] += 2;
            }
            for (int j = e; j < Math.min(ws.size(), e + 12); j++) {
                if (ws.get(j).raw().contains("“") || ws.get(j).raw().contains("\"")) {
                    break;
                }
                String w = ws.get(j).lower();
                if ((MALE.contains(w) || FEMALE.contains(w)) && !Genders.isObject(w)) {
                    v[MALE.contains(w) ? 0 : 1]++;
                    break;
                }
            }
            openers.add(new Candidate(name, ws.get(k).start(), s, Role.SUBJECT, null));
        }
        for (Candidate c : openers) {
            Genders.Gender g = genders.of(c.name(), entities);
            int[] v = votes.get(c.name());
            if (g == null && v[0] != v[1]) {
                g = v[0] > v[1] ? Genders.Gender.MALE : Genders.Gender.FEMALE;
            }
            out.add(new Candidate(c.name(), c.at(), c.sentence(), c.role(), g));
        }
        out.sort(java.util.Comparator.comparingInt(Candidate::at));
        return out;
    }

    /** The words {@code body} capitalizes after a lower-case word, as it does names and not the words opening sentences. */
    static Set<String> midCaps(String body) {
        // What MID_CAPS finds, scanned by hand: it runs over every quoting article's whole text, twice.
        Set<String> out = new java.util.HashSet<>();
        int from = 0; // a match starts after the last one's end, as Matcher.find does
        for (int i = 1; i + 1 < body.length(); i++) {
            if (body.charAt(i) != ' ' || Character.getType(body.codePointAt(i + 1)) != Character.UPPERCASE_LETTER) {
                continue;
            }
            int l = body.charAt(i - 1) == ',' ? i - 1 : i;
            if (l < 1 || Character.getType(body.codePointBefore(l)) != Character.LOWERCASE_LETTER
                    || l - Character.charCount(body.codePointBefore(l)) < from) {
                continue;
            }
            int e = i + 1 + Character.charCount(body.codePointAt(i + 1));
            while (e < body.length() && (Character.isLetter(body.codePointAt(e)) || "’'-".indexOf(body.charAt(e)) >= 0)) {
                e += Character.charCount(body.codePointAt(e));
            }
            out.add(body.substring(i + 1, e));
            from = e;
            i = e - 1;
        }
        return out;
    }

    /**
     * Whether a one-word name read where a sentence opens is a common word ("Surveying the pier, ...", "Even Holm"):
     * no entity, no place, never capitalized by the article after a lower-case word, and written in lower case
     * elsewhere in it or a participle. Some who speak are named so and stay speakers: "One said", "Protesters chanted".
     */
    private boolean commonWord(String name, String body, EntityFinder.Found entities, Set<String> midCaps) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.indexOf(' ') >= 0 || midCaps.contains(name) || entities.lookup(name) >= 0
                || gazetteer.places.contains(name) || DETERMINERS.contains(lower) || lower.endsWith("s")) {
            return false;
        }
        if (lower.endsWith("ing")) {
            return true;
        }
        for (int i = body.indexOf(lower); i >= 0; i = body.indexOf(lower, i + 1)) {
            int end = i + lower.length();
            if ((i == 0 || !Character.isLetter(body.charAt(i - 1))) && (end == body.length() || !Character.isLetter(body.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentences a quote's pronoun may look back to: the {@link #PRONOUN_SENTENCES} before each quote, and before
     * each sentence among them that opens with "he" or "she", whose referent is sought in turn.
     */
    private static boolean[] inView(List<Sentence> sentences, List<QuoteSpans.Span> spans) {
        boolean[] quoted = new boolean[sentences.size()];
        for (QuoteSpans.Span span : spans) {
            quoted[sentenceIndex(sentences, span.open())] = true;
        }
        boolean[] near = new boolean[sentences.size()];
        for (int s = sentences.size() - 1; s >= 0; s--) {
            if (quoted[s] || near[s] && opensWithPronoun(sentences.get(s))) {
                for (int b = Math.max(0, s - PRONOUN_SENTENCES); b <= s; b++) {
                    near[b] = true;
                }
            }
        }
        return near;
    }

    /** Whether "he" or "she" stands among a sentence's first words, where {@link #openingPronouns} looks. */
    private static boolean opensWithPronoun(Sentence sen) {
        return sen.tokens().stream().limit(INTRO_WORDS + 2).anyMatch(t -> t.lower().equals("he") || t.lower().equals("she"));
    }

    /** Whether a speaker may be a "he" or a "she": not a country ("Norway said"), nor many ("Protesters chanted"). */
    private boolean heOrShe(String name, EntityFinder.Found entities, Set<String> midCaps) {
        return !gazetteer.places.contains(name) && !pluralDemonym(name) && !commonPlural(name, entities, midCaps);
    }

    /** "Protesters said": one word the article capitalizes only where a sentence opens, a plural, so no "he" or "she". */
    private boolean commonPlural(String name, EntityFinder.Found entities, Set<String> midCaps) {
        return name.indexOf(' ') < 0 && name.endsWith("s") && !midCaps.contains(name) && entities.lookup(name) < 0
                && !gazetteer.places.contains(name);
    }

    /** "Young Latinos", "Americans": people, but many, so no "he" or "she". */
    private boolean pluralDemonym(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return last.length() > 3 && last.endsWith("s") && gazetteer.demonyms.contains(last.substring(0, last.length() - 1));
    }

    /** A cue in the sentence just before a quote that has none ("Varga spoke of the tides. “..."). */
    private Mention priorSentenceCue(String body, List<Sentence> sentences, QuoteSpans.Span span) {
        int s = sentenceIndex(sentences, span.open());
        if (s <= 0 || sentences.get(s - 1).end() > span.open()) {
            return null;
        }
        Sentence prior = sentences.get(s - 1);
        if (QuoteSpans.of(prior.text()).size() > 0 || span.open() - prior.end() > 3) {
            return null; // one with quotes of its own was attributed already; a sentence apart is no cue
        }
        List<Word> ws = words(body, prior.start(), prior.end());
        for (int k = ws.size() - 1; k >= 0; k--) {
            Mention m = around(ws, k, true);
            if (m != null) {
                return m.kind() == Mention.Kind.NONE ? null : m;
            }
        }
        if (ws.size() > 1 && ws.get(ws.size() - 1).endsWith(":")) {
            Mention m = subject(ws, ws.size() - 1); // "Varga put it this way:" and the quote's paragraph follows
            return m != null && m.kind() != Mention.Kind.NONE ? m : null;
        }
        return null;
    }

    /** The index, among {@code sentences}, of the one holding offset {@code at} (the last starting at or before it). */
    static int sentenceIndex(List<Sentence> sentences, int at) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The bounds of a quote's paragraph, which the sentence ends around the quote then narrow. */
    private static int[] sentenceAround(String body, List<Sentence> sentences, QuoteSpans.Span span) {
        int paragraphStart = body.lastIndexOf('\n', Math.max(0, span.open() - 1)) + 1;
        int paragraphEnd = body.indexOf('\n', span.close());
        paragraphEnd = paragraphEnd < 0 ? body.length() : paragraphEnd;
        return new int[] {paragraphStart, paragraphEnd};
    }

    /** After the last sentence end in {@code body[from, to)}, or {@code from} when there is none. */
    private int lastStop(String body, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            if (isStop(body, i)) {
                return i + 1;
            }
        }
        return from;
    }

    /** The first sentence end in {@code body[from, to)} (just past its mark), or {@code to}. */
    private int firstStop(String body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isStop(body, i)) {
                return i + 1;
            }
        }
        return to;
    }

    /**
     * Whether a stop at {@code i} ends a sentence: '.', '!' or '?' before a space and a capital or quotation mark,
     * not after a title, an initial or a suffix ("Ms. Varga", "Ilse J. Varga", "Varga Jr. said").
     */
    private boolean isStop(String body, int i) {
        char c = body.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int j = i + 1;
        if (j < body.length() && "\"”’".indexOf(body.charAt(j)) >= 0) {
            return false; // a stop inside a quotation's close belongs to the quote
        }
        if (j >= body.length() || !Character.isWhitespace(body.charAt(j))) {
            return j >= body.length();
        }
        while (j < body.length() && Character.isWhitespace(body.charAt(j))) {
            j++;
        }
        if (j < body.length() && !Character.isUpperCase(body.charAt(j)) && "\"“‘(".indexOf(body.charAt(j)) < 0) {
            return false;
        }
        if (c == '.') {
            int w = i;
            while (w > 0 && !Character.isWhitespace(body.charAt(w - 1))) {
                w--;
            }
            String word = body.substring(w, i);
            if (word.length() <= 1 || INITIAL.matcher(word + ".").matches() || gazetteer.titles.contains(word + ".")
                    || gazetteer.titles.contains(word) && Character.isUpperCase(word.charAt(0))
                    || SUFFIXES.contains(word) || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The words of {@code body[from, to)}, without quotation marks, dashes or brackets around them. */
    private static List<Word> words(String body, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && (Character.isWhitespace(body.charAt(i)) || DASHES.indexOf(body.charAt(i)) >= 0)) {
                i++;
            }
            int s = i;
            while (i < to && !Character.isWhitespace(body.charAt(i)) && DASHES.indexOf(body.charAt(i)) < 0) {
                i++;
            }
            if (i > s) {
                String raw = body.substring(s, i);
                out.add(new Word(s, i, raw, bare(raw) ? raw : core(raw)));
            }
        }
        return out;
    }

    /**
     * Whether a word has nothing for {@link #core} to strip: it begins and ends with a letter or digit and does not
     * end in a possessive "'s". Most words are so, and they skip the patterns.
     */
    private static boolean bare(String raw) {
        int n = raw.length();
        char last = raw.charAt(n - 1);
        return Character.isLetterOrDigit(raw.charAt(0)) && Character.isLetterOrDigit(last)
                && !(last == 's' && n > 1 && (raw.charAt(n - 2) == '\'' || raw.charAt(n - 2) == '’'));
    }

    /** A word without the punctuation and possessive around it; an initial ("J.") keeps its stop. */
    private static String core(String raw) {
        if (raw.endsWith(".") && INITIAL.matcher(LEADING_NONWORD.matcher(raw).replaceAll("")).matches()) {
            return LEADING_NONWORD.matcher(raw).replaceAll("");
        }
        return TRAILING_PUNCT.matcher(LEADING_PUNCT.matcher(raw).replaceAll("")).replaceAll("");
    }

    private static String text(List<Word> ws, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int k = from; k <= to; k++) {
            String w = OPENING_MARKS.matcher(ws.get(k).raw()).replaceAll("");
            if (k == to) {
                w = CLOSING_MARKS.matcher(w).replaceAll("");
                w = w.endsWith(".") && !INITIAL.matcher(w).matches() && !SUFFIXES.contains(w) ? w.substring(0, w.length() - 1) : w;
            }
            s.append(k > from ? " " : "").append(w);
        }
        return s.toString();
    }

    /** A word that can be part of a name: capitalized, not a word that never names, not opening a clause. */
    private boolean nameWord(Word w) {
        String c = w.core();
        return !c.isEmpty() && Character.isUpperCase(c.charAt(0)) && !gazetteer.notNames.contains(c)
                && !STOP_STARTS.contains(c) && !MALE.contains(c.toLowerCase(Locale.ROOT))
                && !FEMALE.contains(c.toLowerCase(Locale.ROOT)) && !PLURAL_OR_FIRST.contains(c.toLowerCase(Locale.ROOT))
                && !NOT_PERSONS.contains(c.toLowerCase(Locale.ROOT));
    }

    private boolean initialOrTitle(Word w) {
        String c = w.core();
        return INITIAL.matcher(c).matches() || gazetteer.titles.contains(c) || gazetteer.titles.contains(c + ".");
    }

    private static boolean sameWord(String a, String b) {
        return a.equals(b) || a.length() >= 5 && b.length() >= 5 && a.regionMatches(0, b, 0, 5);
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
