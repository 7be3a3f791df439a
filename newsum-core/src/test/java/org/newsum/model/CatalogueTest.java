package org.newsum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The catalogue of reasons and notices: stable, distinct codes, and messages made only from their templates. */
class CatalogueTest {

    static List<Code> all() {
        return Stream.of(Stream.of(Reason.values()), Stream.of(Notice.Kind.values()), Stream.of(Unattributed.values()))
                .flatMap(s -> s).map(c -> (Code) c).toList();
    }

    @Test
    void codesAreDistinctAndInOrderWithinTheirLetter() {
        assertThat(all()).extracting(Code::code).doesNotHaveDuplicates().allMatch(c -> c.matches("[RNQ][1-9]\\d\\d"));
        assertThat(Stream.of(Reason.values()).map(Reason::code)).allMatch(c -> c.startsWith("R")).isSorted();
        assertThat(Stream.of(Notice.Kind.values()).map(Notice.Kind::code)).allMatch(c -> c.startsWith("N")).isSorted();
        assertThat(Stream.of(Unattributed.values()).map(Unattributed::code)).allMatch(c -> c.startsWith("Q")).isSorted();
    }

    @Test
    void aReasonWithoutParametersIsItsTemplate() {
        for (Reason r : Reason.values()) {
            if (r.parameters().isEmpty()) {
                assertThat(r.message()).isEqualTo(r.template()).doesNotContain("{", "}");
            } else {
                assertThatThrownBy(r::message).as(r.name()).isInstanceOf(IllegalArgumentException.class);
            }
        }
        assertThat(Reason.OTHER_LANGUAGE.parameters()).containsExactly("language", "cluster");
        assertThat(Reason.DUPLICATE.parameters()).containsExactly("original", "percent");
    }

    @Test
    void parameterizedRemovalsFillTheirTemplates() {
        assertThat(Removal.otherLanguage("3", "Ein Text", "de", "en").message()).isEqualTo("language: de (cluster is en)");
        Removal duplicate = Removal.duplicate("2", "Copy", "1", 0.974);
        assertThat(duplicate.reason()).isEqualTo(Reason.DUPLICATE);
        assertThat(duplicate.message()).isEqualTo("duplicate of article 1 (97% the same)");
        assertThat(Removal.line("1", 4, "Skip to content", Reason.NAVIGATION))
                .isEqualTo(new Removal("1", Removal.Scope.LINE, 4, "Skip to content", Reason.NAVIGATION, "navigation"));
    }

    @Test
    void everyNoticeKindHasAFactoryThatFillsEveryParameter() {
        List<Notice> made = new ArrayList<>(List.of(
                Notice.encodingFallback("old.txt", "Windows-1252"),
                Notice.controlsRemoved("a.txt", 2),
                Notice.separatedArticles("bundle.txt", 3, "|||||"),
                Notice.skippedUnreadableFiles("dir", 2, "a.txt: empty file; b.txt: a PNG image"),
                Notice.skippedUnreadableEntries("dir", 1, "x.txt (a named pipe)"),
                Notice.skippedOtherFiles("dir", 4, "notes.docx"),
                Notice.skippedSubfolders("dir", 1, "older"),
                Notice.oneArticle(1),
                Notice.noArticleLeft(),
                Notice.notEnglish("French", "fr"),
                Notice.relaxedFallback(Budget.words(50), 6),
                Notice.emptySummary(Budget.words(50))));
        Set<Notice.Kind> kinds = EnumSet.noneOf(Notice.Kind.class);
        made.forEach(n -> kinds.add(n.kind()));
        assertThat(kinds).containsExactlyInAnyOrder(Notice.Kind.values());
        assertThat(made).allSatisfy(n -> assertThat(n.message()).doesNotContain("{", "}"));
    }

    @Test
    void noticeMessagesReadAsBefore() {
        assertThat(Notice.oneArticle(1).message()).isEqualTo("one article only: this is a single-document summary");
        assertThat(Notice.oneArticle(3).message())
                .isEqualTo("one article left of 3 after cleaning (see what was removed): this is a single-document summary");
        assertThat(Notice.skippedUnreadableEntries("dir", 1, "x").message())
                .isEqualTo("dir: skipped 1 entry that cannot be read as articles: x");
        assertThat(Notice.skippedUnreadableEntries("dir", 2, "x, y").message())
                .isEqualTo("dir: skipped 2 entries that cannot be read as articles: x, y");
        assertThat(Notice.emptySummary(Budget.words(50)).message())
                .isEqualTo("no sentence fit the budget of " + Budget.words(50) + " or passed the sentence checks");
    }

    @Test
    void renderingRefusesTheWrongNumberOfValues() {
        assertThatThrownBy(() -> Code.render(Reason.DUPLICATE, "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("R210");
        assertThatThrownBy(() -> Code.render(Reason.NAVIGATION, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Code.render(Reason.OTHER_LANGUAGE, "a$1", "b\\c")).isEqualTo("language: a$1 (cluster is b\\c)");
    }

    @Test
    void noticesOfAKindAreFoundByKindNotByText() {
        List<Notice> notices = List.of(Notice.oneArticle(2), Notice.emptySummary(Budget.words(10)));
        assertThat(Notice.ofKind(notices, Notice.Kind.EMPTY_SUMMARY)).containsExactly(notices.get(1));
        assertThat(Notice.ofKind(notices, Notice.Kind.NOT_ENGLISH)).isEmpty();
    }
}
