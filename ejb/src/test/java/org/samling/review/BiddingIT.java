package org.samling.review;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.conference.service.ConferenceService;
import org.samling.demo.DemoAccounts;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.review.model.BidPreference;
import org.samling.review.model.ConflictDecision;
import org.samling.review.model.ConflictReason;
import org.samling.review.model.ReviewerProfileForm;
import org.samling.review.service.BiddingService;
import org.samling.review.service.BiddingSheet;
import org.samling.review.service.BlindSubmission;
import org.samling.review.service.ConflictService;
import org.samling.review.service.ReviewerProfileService;
import org.samling.shared.DomainException;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.service.ChairSubmissionRow;
import org.samling.submission.service.ChairSubmissionService;
import org.samling.submission.service.SubmissionService;
import org.samling.support.Deployments;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bidding and conflicts on the demo conference: a reviewer sees submitted abstracts without their
 * authors, never those they are in conflict with (detected or declared), bids, and a chair's
 * dismissal of a detected conflict shows the submission again.
 */
@ExtendWith(ArquillianExtension.class)
class BiddingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    BiddingService bidding;
    @Inject
    ConflictService conflicts;
    @Inject
    ReviewerProfileService profiles;
    @Inject
    ChairSubmissionService chairSubmissions;
    @Inject
    AccountService accounts;
    @Inject
    ConferenceService conferences;
    @Inject
    SubmissionService submissions;

    private Actor demo(String email) {
        Account a = accounts.findByEmail(email).orElseThrow();
        return new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user", "reviewer"));
    }

    /** A new committee member of nsw2027 at the given institution. */
    private Actor reviewer(String affiliation) {
        Account a = accounts.createConfirmed(Deployments.uniqueEmail("rev"), "Nils Granskare", affiliation, "SE", Language.SV,
                "rödgröt med grädde");
        accounts.grant(a.getId(), Role.REVIEWER, conferences.byAcronym("nsw2027", Language.EN).orElseThrow().id());
        return new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user", "reviewer"));
    }

    private Actor chair() {
        Account a = accounts.findByEmail(DemoAccounts.CHAIR).orElseThrow();
        return new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user", "chair"));
    }

    private static List<String> titles(BiddingSheet sheet) {
        return sheet.submissions().stream().map(BlindSubmission::title).toList();
    }

    private static boolean has(BiddingSheet sheet, String titleStart) {
        return titles(sheet).stream().anyMatch(t -> t.startsWith(titleStart));
    }

    @Test
    void theSheetShowsSubmittedAbstractsWithoutAnyAuthorAndNoDraft() {
        BiddingSheet sheet = bidding.sheet(demo(DemoAccounts.REVIEWER_3), "nsw2027", null, null, Language.EN);
        assertTrue(has(sheet, "Når familien selv sidder for bordet"));
        assertTrue(has(sheet, "Tillit i mötet"));
        assertFalse(has(sheet, "Udkast"), "a draft is nobody's business");
        String everything = sheet.toString();
        for (ChairSubmissionRow row : chairSubmissions.all(chair(), "nsw2027", Language.EN)) {
            for (String byline : row.authors()) {
                String name = byline.contains(" (") ? byline.substring(0, byline.indexOf(" (")) : byline;
                assertFalse(everything.contains(name), "author " + name + " on the sheet");
            }
        }
        for (String identity : List.of("Stockholms universitet", "Københavns Professionshøjskole", "University of Gothenburg",
                "author1@samling.example", "author2@samling.example", "johan.nilsson@gu.example")) {
            assertFalse(everything.contains(identity), identity + " on the sheet");
        }
    }

    @Test
    void detectedAndDeclaredConflictsKeepASubmissionAwayAndABidOnItIsRefused() {
        BiddingSheet lars = bidding.sheet(demo(DemoAccounts.REVIEWER_2), "nsw2027", null, null, Language.NB);
        assertFalse(has(lars, "Tillit i mötet"), "Lars declared a conflict with Karin");
        BiddingSheet asa = bidding.sheet(demo(DemoAccounts.REVIEWER_1), "nsw2027", null, null, Language.SV);
        assertFalse(has(asa, "Supervision that sticks"), "Åsa's university is a co-author's");
        Long supervision = bidding.sheet(demo(DemoAccounts.REVIEWER_3), "nsw2027", "supervision", null, Language.EN)
                .submissions().get(0).id();
        DomainException e = assertThrows(DomainException.class,
                () -> bidding.bid(demo(DemoAccounts.REVIEWER_1), supervision, BidPreference.EAGER));
        assertEquals("submission.notFound", e.violations().get(0).messageKey());

        var pairs = conflicts.all(chair(), "nsw2027", Language.SV);
        var declared = pairs.stream().filter(p -> p.reviewerName().equals("Lars Øvergaard")).findFirst().orElseThrow();
        assertEquals(ConflictReason.DECLARED_PERSON, declared.reasons().get(0).reason());
        assertEquals("conflict.declaredStays", assertThrows(DomainException.class, () -> conflicts.decide(chair(),
                declared.submissionId(), declared.reviewerId(), ConflictDecision.Kind.DISMISSED, "Kjenner henne ikke"))
                .violations().get(0).messageKey());
        assertThrows(DomainException.class, () -> conflicts.all(demo(DemoAccounts.REVIEWER_1), "nsw2027", Language.SV),
                "only chairs see the conflicts");
    }

    @Test
    void aDismissedDetectedConflictShowsTheSubmissionAgainAndAConfirmationHidesIt() {
        Actor nils = reviewer("Göteborgs universitet, Institutionen för socialt arbete");
        assertFalse(has(bidding.sheet(nils, "nsw2027", null, null, Language.SV), "Supervision that sticks"));
        var pair = conflicts.all(chair(), "nsw2027", Language.SV).stream()
                .filter(p -> p.reviewerId().equals(nils.accountId())).findFirst().orElseThrow();
        assertEquals(ConflictReason.SAME_AFFILIATION, pair.reasons().get(0).reason());
        assertTrue(pair.reasons().get(0).detail().contains("University of Gothenburg"), pair.reasons().get(0).detail());

        DomainException noNote = assertThrows(DomainException.class, () -> conflicts.decide(chair(), pair.submissionId(),
                nils.accountId(), ConflictDecision.Kind.DISMISSED, ""));
        assertEquals("note", noNote.violations().get(0).field());
        conflicts.decide(chair(), pair.submissionId(), nils.accountId(), ConflictDecision.Kind.DISMISSED,
                "Olika institutioner i praktiken: Johan har lämnat GU.");
        assertTrue(has(bidding.sheet(nils, "nsw2027", null, null, Language.SV), "Supervision that sticks"));
        conflicts.decide(chair(), pair.submissionId(), nils.accountId(), ConflictDecision.Kind.CONFIRMED, "Ändå jäv.");
        assertFalse(has(bidding.sheet(nils, "nsw2027", null, null, Language.SV), "Supervision that sticks"));
    }

    @Test
    void bidsCountTowardsProgressAndAConflictBidDeclaresAConflict() {
        Actor nils = reviewer("Malmö universitet");
        BiddingSheet before = bidding.sheet(nils, "nsw2027", null, null, Language.SV);
        assertEquals(0, before.bidOn());
        Long first = before.submissions().get(0).id();
        bidding.bid(nils, first, BidPreference.EAGER);
        BiddingSheet after = bidding.sheet(nils, "nsw2027", null, null, Language.SV);
        assertEquals(1, after.bidOn());
        assertEquals(before.total(), after.total());
        assertEquals(BidPreference.EAGER,
                after.submissions().stream().filter(s -> s.id().equals(first)).findFirst().orElseThrow().bid());

        bidding.bid(nils, first, BidPreference.CONFLICT);
        BiddingSheet gone = bidding.sheet(nils, "nsw2027", null, null, Language.SV);
        assertEquals(before.total() - 1, gone.total());
        assertTrue(gone.submissions().stream().noneMatch(s -> s.id().equals(first)));
        assertTrue(conflicts.all(chair(), "nsw2027", Language.SV).stream().anyMatch(p -> p.reviewerId().equals(nils.accountId())
                && p.reasons().get(0).reason() == ConflictReason.DECLARED_SUBMISSION));
        assertEquals("submission.notFound", assertThrows(DomainException.class,
                () -> bidding.bid(nils, first, BidPreference.EAGER)).violations().get(0).messageKey());
    }

    @Test
    void aProfileDeclaresAnInstitutionAndTheFilterFindsByWords() {
        Actor nils = reviewer("Malmö universitet");
        assertTrue(has(bidding.sheet(nils, "nsw2027", null, null, Language.SV), "Tillit i mötet"));
        var track = conferences.callDetails("nsw2027", Language.SV).orElseThrow().tracks().get(0).id();
        profiles.save(nils, "nsw2027", new ReviewerProfileForm(new LinkedHashSet<>(List.of(track)),
                EnumSet.of(AbstractLanguage.SV), List.of("socialtjänst"), "Socialtjänst och unga vuxna.",
                List.of(), List.of("Stockholm University")), Language.SV);
        assertFalse(has(bidding.sheet(nils, "nsw2027", null, null, Language.SV), "Tillit i mötet"),
                "Karin's institution, declared in English, is Stockholms universitet");
        DomainException bad = assertThrows(DomainException.class, () -> profiles.save(nils, "nsw2027", new ReviewerProfileForm(
                new LinkedHashSet<>(List.of(-1L)), EnumSet.noneOf(AbstractLanguage.class), List.of(), "",
                List.of(), List.of()), Language.SV));
        assertEquals(List.of("tracks", "reviewLanguages"),
                bad.violations().stream().map(DomainException.Violation::field).toList());

        assertTrue(has(bidding.sheet(nils, "nsw2027", "FAMILIERÅDSLAGNING", null, Language.SV), "Når familien"),
                "upper case finds lower case, å included");
        assertTrue(has(bidding.sheet(nils, "nsw2027", "familierådslagning", null, Language.SV), "Når familien"));
        assertFalse(has(bidding.sheet(nils, "nsw2027", "familierådslagning", null, Language.SV), "Supervision"));
    }

    @Test
    void authorsNameACommitteeMemberWhoThenDoesNotSeeTheirSubmission() {
        Actor nils = reviewer("Malmö universitet");
        Account a = accounts.createConfirmed(Deployments.uniqueEmail("author"), "Ebba Nyström", "Lunds universitet", "SE",
                Language.SV, "rödgröt med grädde");
        Actor author = new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user"));
        var call = conferences.callDetails("nsw2027", Language.SV).orElseThrow();
        Long id = submissions.save(author, "nsw2027", null, new SubmissionContent(
                "Unga vuxna efter samhällsvården", "Om stöd efter 18 år.", List.of("eftervård"),
                AbstractLanguage.SV, call.tracks().get(0).id(), call.types().get(0).id(),
                List.of(new Author(a.getName(), a.getEmail(), "Lunds universitet", "SE", true))),
                true, Language.SV);
        assertTrue(has(bidding.sheet(nils, "nsw2027", null, null, Language.SV), "Unga vuxna efter samhällsvården"));
        assertTrue(submissions.committeeFor(author, id).stream().anyMatch(m -> m.name().equals("Nils Granskare") && !m.named()));

        submissions.nameConflicts(author, id, Set.of(nils.accountId()), Language.SV);
        assertFalse(has(bidding.sheet(nils, "nsw2027", null, null, Language.SV), "Unga vuxna efter samhällsvården"));
        assertTrue(conflicts.all(chair(), "nsw2027", Language.SV).stream().anyMatch(p -> p.submissionId().equals(id)
                && p.reviewerId().equals(nils.accountId()) && p.reasons().get(0).reason() == ConflictReason.NAMED_BY_AUTHORS));
        DomainException stranger = assertThrows(DomainException.class,
                () -> submissions.nameConflicts(author, id, Set.of(a.getId()), Language.SV));
        assertEquals("namedConflicts", stranger.violations().get(0).field());
    }

    @Test
    void theReviewersCopyOfAPdfGoesToThoseWhoMayReviewTheSubmissionOnly() {
        BlindSubmission paper = bidding.sheet(demo(DemoAccounts.REVIEWER_3), "nsw2027", "familierådslagning", null, Language.EN)
                .submissions().get(0);
        assertTrue(paper.hasPdf(), "Søren's paper has a clean PDF");
        var copy = bidding.blindPdf(demo(DemoAccounts.REVIEWER_3), paper.id()).orElseThrow();
        assertEquals("submission-" + paper.id() + ".pdf", copy.fileName(), "not the author's own file name");
        assertTrue(new String(copy.bytes(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        Account karin = accounts.findByEmail(DemoAccounts.AUTHOR_2).orElseThrow();
        assertTrue(bidding.blindPdf(new Actor(karin.getId(), karin.getEmail(), karin.getName(), Set.of("user")),
                paper.id()).isEmpty(), "another author");
        assertTrue(bidding.blindPdf(Actor.VISITOR, paper.id()).isEmpty());

        BlindSubmission workshop = bidding.sheet(demo(DemoAccounts.REVIEWER_3), "nsw2027", "tillit", null, Language.EN)
                .submissions().get(0);
        assertFalse(workshop.hasPdf());
        assertTrue(workshop.pdfWithheld(), "Karin's PDF names her: withheld from every reviewer");
        assertTrue(bidding.blindPdf(demo(DemoAccounts.REVIEWER_3), workshop.id()).isEmpty());
        assertTrue(bidding.blindPdf(demo(DemoAccounts.REVIEWER_2), workshop.id()).isEmpty(), "Lars is in conflict");
    }
}
