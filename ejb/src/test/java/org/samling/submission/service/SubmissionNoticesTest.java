package org.samling.submission.service;

import org.junit.jupiter.api.Test;
import org.samling.i18n.Language;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.SubmissionContent;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A change notice names what changed, in the author's language, and nothing when nothing did. */
class SubmissionNoticesTest {

    private static SubmissionContent content(String title, String text, List<Author> authors) {
        return new SubmissionContent(title, text, List.of("børn"), AbstractLanguage.DA, 1L, 2L, authors);
    }

    @Test
    void theChangedFieldsAreNamed() {
        List<Author> two = List.of(new Author("Åse Brøndum", "ase@kp.dk", "KP", "DK", true),
                new Author("Bo Ærø", "bo@aau.dk", "AAU", "DK", false));
        SubmissionContent before = content("Familien ved bordet", "Om familierådslagning.", two);
        assertEquals(List.of(), SubmissionNotices.changes(before, content("Familien ved bordet", "Om familierådslagning.", two),
                Language.EN));
        assertEquals(List.of("Title", "Abstract"), SubmissionNotices.changes(before,
                content("Familien ved bordet igen", "Om familierådslagning i praksis.", two), Language.EN));
        assertEquals(List.of("Forfattere"), SubmissionNotices.changes(before,
                content("Familien ved bordet", "Om familierådslagning.", two.subList(0, 1)), Language.DA));
    }
}
