package org.samling.submission.service;

import org.junit.jupiter.api.Test;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.CallPhase;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.model.PdfPolicy;
import org.samling.conference.model.SubmissionKind;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.SubmissionContent;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionRulesTest {

    private static final CallDetails CALL = new CallDetails(
            new ConferenceView(1L, "nsw2027", "NSW", null, ZoneId.of("Europe/Oslo"), null, null, "", null, null, null,
                    CallPhase.OPEN),
            List.of(new CallDetails.TrackView(10L, "Børn og unge")),
            List.of(new CallDetails.TypeView(20L, SubmissionKind.PAPER, 20)), 10, 2, 3, PdfPolicy.OPTIONAL, true);

    private static Author author(String email, boolean presenting) {
        return new Author("Åse Brøndum", email, "KP", "DK", presenting);
    }

    private static SubmissionContent complete() {
        return new SubmissionContent("Familierådslagning", "Fem ord i dette abstract", List.of("børn"), AbstractLanguage.DA,
                10L, 20L, List.of(author("ase@kp.dk", true), author("bo@kp.dk", false)));
    }

    private static Set<String> fields(Violations v) {
        return Set.copyOf(v.list().stream().map(DomainException.Violation::field).toList());
    }

    @Test
    void aCompleteSubmissionPasses() {
        assertTrue(SubmissionRules.check(complete(), CALL, true).isEmpty());
    }

    @Test
    void anEmptyDraftMaySaveButNotSubmit() {
        SubmissionContent empty = new SubmissionContent("", "", List.of(), null, null, null, List.of());
        assertTrue(SubmissionRules.check(empty, CALL, false).isEmpty());
        assertEquals(Set.of("title", "abstractText", "abstractLanguage", "track", "type", "authors"),
                fields(SubmissionRules.check(empty, CALL, true)));
    }

    @Test
    void theWordLimitIsCheckedOnSubmitWithTheCount() {
        SubmissionContent c = complete();
        SubmissionContent tooLong = new SubmissionContent(c.title(), "ét to tre fire fem seks syv otte ni ti elleve",
                c.keywords(), c.language(), c.trackId(), c.typeId(), c.authors());
        Violations v = SubmissionRules.check(tooLong, CALL, true);
        assertEquals("abstract.overLimit", v.list().get(0).messageKey());
        assertEquals(List.of(11, 10), List.of(v.list().get(0).args()));
        assertTrue(SubmissionRules.check(tooLong, CALL, false).isEmpty(), "a draft may be too long for now");
    }

    @Test
    void hardLimitsHoldEvenForDrafts() {
        SubmissionContent c = complete();
        SubmissionContent bad = new SubmissionContent(c.title(), c.abstractText(), List.of("a", "b", "c"), c.language(),
                99L, 98L, List.of(author("ase@kp.dk", true), author("ASE@kp.dk", false), author("nope", false),
                        author("x@kp.dk", false)));
        assertEquals(Set.of("keywords", "track", "type", "authors"), fields(SubmissionRules.check(bad, CALL, false)));
    }

    @Test
    void authorsNeedNamesValidDistinctAddressesAndOnePresenter() {
        SubmissionContent c = complete();
        SubmissionContent twice = new SubmissionContent(c.title(), c.abstractText(), c.keywords(), c.language(), 10L, 20L,
                List.of(author("ase@kp.dk", false), new Author(" ", "ase@KP.dk", null, null, false)));
        Violations v = SubmissionRules.check(twice, CALL, true);
        List<String> keys = v.list().stream().map(DomainException.Violation::messageKey).toList();
        assertEquals(List.of("authors.nameMissing", "authors.emailTwice", "authors.onePresenter"), keys);
    }

    @Test
    void everyFieldsLimitIsCheckedHereSoTheDatabaseNeverRefusesIt() {
        Author tooMuch = new Author("Åse Brøndum", "ase@kp.dk", "K".repeat(301), "Denmark", true);
        Violations v = SubmissionRules.check(new SubmissionContent("T", "A", List.of(), null, null, null, List.of(tooMuch)), CALL,
                false);
        List<String> keys = v.list().stream().map(DomainException.Violation::messageKey).toList();
        assertTrue(keys.containsAll(List.of("authors.affiliationTooLong", "authors.countryUnknown")), keys.toString());
        assertEquals(Set.of("authors"), fields(v));
    }

    @Test
    void aDraftMayLackThingsButNeverHasTwoPresentersOrABrokenText() {
        SubmissionContent two = new SubmissionContent("Udkast", "", List.of(), null, null, null,
                List.of(author("ase@kp.dk", true), author("bo@kp.dk", true)));
        assertEquals(Set.of("presenting"), fields(SubmissionRules.check(two, CALL, false)));
        SubmissionContent broken = new SubmissionContent("B\uFFFDrn og unge", "", List.of(), null, null, null, List.of());
        assertEquals("text.unreadable", SubmissionRules.check(broken, CALL, false).list().get(0).messageKey());
    }

    @Test
    void whatIsKeptHasNoControlCharactersOrOverridesAndNoEmptyKeyword() {
        SubmissionContent c = new SubmissionContent("Tillit\r\ni mötet\u202E", "Første.\r\nAndet.", List.of("børn", " ", ""),
                null, null, null, List.of(new Author("Åse\u0000 Brøndum", "ase@kp.dk", "KP\u202E", "dk", true)));
        assertEquals("Tillit i mötet", c.title());
        assertEquals("Første.\nAndet.", c.abstractText());
        assertEquals(List.of("børn"), c.keywords());
        assertEquals("Åse Brøndum", c.authors().get(0).getName());
        assertEquals("KP", c.authors().get(0).getAffiliation());
        assertEquals("DK", c.authors().get(0).getCountry());
    }
}
