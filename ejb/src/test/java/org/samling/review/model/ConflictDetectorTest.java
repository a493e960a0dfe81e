package org.samling.review.model;

import org.junit.jupiter.api.Test;
import org.samling.review.model.ConflictDetector.Person;
import org.samling.review.model.ConflictDetector.Reviewer;
import org.samling.review.model.ConflictDetector.Submission;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each reason a reviewer must not see a submission, and what does not count as one. */
class ConflictDetectorTest {

    private static Reviewer reviewer(String email, String affiliation) {
        return new Reviewer(7L, "Åsa Lindqvist", email, List.of(affiliation), List.of(), List.of(), Set.of());
    }

    private static Submission submission(long id, Person... authors) {
        return new Submission(id, List.of(authors), Set.of());
    }

    private static List<ConflictReason> reasons(Reviewer r, Submission s, Submission... others) {
        return ConflictDetector.detect(r, s, List.of(others)).stream().map(ConflictDetector.Found::reason).toList();
    }

    @Test
    void anAuthorAtTheSameOrganisationByAddressOrAffiliation() {
        Reviewer r = reviewer("asa.lindqvist@soc.su.se", "Stockholms universitet");
        Submission s = submission(1,
                new Person("Erik Berg", "erik.berg@su.se", "Stockholm University, Department of Social Work"));
        assertEquals(List.of(ConflictReason.SAME_EMAIL_DOMAIN, ConflictReason.SAME_AFFILIATION), reasons(r, s));
        String detail = ConflictDetector.detect(r, s, List.of()).get(1).detail();
        assertTrue(detail.contains("Stockholm University") && detail.contains("Stockholms universitet"), detail);
    }

    @Test
    void publicMailProvidersAreNoOrganisation() {
        Reviewer r = reviewer("asa.lindqvist@gmail.com", "Malmö stad");
        Submission s = submission(1, new Person("Erik Berg", "erik.berg@gmail.com", "Lunds universitet"));
        assertEquals(List.of(), reasons(r, s));
        Reviewer hotmail = reviewer("lars@hotmail.dk", "Aarhus Kommune");
        assertEquals(List.of(), reasons(hotmail, submission(2, new Person("Bo", "bo@hotmail.dk", "Odense Kommune"))));
        Reviewer demo = reviewer("reviewer1@samling.example", "Malmö stad");
        assertEquals(List.of(), reasons(demo, submission(3, new Person("Bo", "author1@samling.example", "Odense Kommune"))),
                "the reserved example domains are nobody's organisation");
    }

    @Test
    void affiliationVariantsInTheFourLanguagesMeet() {
        assertEquals(List.of(ConflictReason.SAME_AFFILIATION), reasons(reviewer("lars@uio.no", "Universitetet i Oslo"),
                submission(1, new Person("Kari Nordmann", "kari@example.org", "University of Oslo"))));
        assertEquals(List.of(ConflictReason.SAME_AFFILIATION), reasons(reviewer("mette@aau.dk", "AAU"),
                submission(1, new Person("Søren", "soren@example.org", "Aalborg Universitet"))));
        assertEquals(List.of(), reasons(reviewer("mette@aau.dk", "Aalborg Universitet"),
                submission(1, new Person("Søren", "soren@au.dk", "Aarhus Universitet"))), "Aalborg is not Aarhus");
    }

    @Test
    void theReviewerAsAuthorAndAsCoAuthorOfAnAuthorOnAnotherSubmission() {
        Reviewer r = reviewer("asa@lnu.se", "Linnéuniversitetet");
        Person erik = new Person("Erik Berg", "erik@gu.se", "Göteborgs universitet");
        Person asa = new Person("Åsa Lindqvist", "ASA@lnu.se", "Linnéuniversitetet");
        assertTrue(reasons(r, submission(1, erik, asa)).contains(ConflictReason.IS_AUTHOR));
        Submission theirs = submission(2, new Person("Erik Berg", "erik@gu.se", "Göteborgs universitet"));
        Submission together = submission(3, asa, erik);
        assertEquals(List.of(ConflictReason.CO_AUTHOR), reasons(r, theirs, together));
        assertEquals(List.of(), reasons(r, theirs, submission(4, erik)), "a submission without the reviewer proves nothing");
    }

    @Test
    void declaredPeopleInstitutionsAndSubmissionsAndMembersNamedByAuthors() {
        Reviewer r = new Reviewer(7L, "Åsa", "asa@lnu.se", List.of("Linnéuniversitetet"), List.of("Erik Berg", "kari@hioa.no"),
                List.of("Göteborgs universitet"), Set.of(9L));
        assertEquals(List.of(ConflictReason.DECLARED_PERSON, ConflictReason.DECLARED_INSTITUTION),
                reasons(r, submission(1, new Person("erik  berg", "e@x.org", "University of Gothenburg"))));
        assertEquals(List.of(ConflictReason.DECLARED_PERSON),
                reasons(r, submission(2, new Person("Kari", "KARI@hioa.no", null))));
        assertEquals(List.of(ConflictReason.DECLARED_SUBMISSION), reasons(r, submission(9, new Person("X", "x@y.org", null))));
        assertEquals(List.of(ConflictReason.NAMED_BY_AUTHORS), reasons(r, new Submission(3L,
                List.of(new Person("X", "x@y.org", null)), Set.of("Asa@LNU.se"))));
    }

    @Test
    void onlyDetectedReasonsCanBeDismissed() {
        assertTrue(ConflictReason.SAME_AFFILIATION.detected());
        assertTrue(!ConflictReason.DECLARED_PERSON.detected() && !ConflictReason.IS_AUTHOR.detected());
    }
}
