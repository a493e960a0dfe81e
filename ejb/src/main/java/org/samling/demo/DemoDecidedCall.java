package org.samling.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.assignment.model.AssignmentChange;
import org.samling.assignment.model.AssignmentPlan;
import org.samling.assignment.service.AssignmentService;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.TypeEdit;
import org.samling.conference.service.ConferenceService;
import org.samling.conference.service.ConferenceSetup;
import org.samling.decision.model.Outcome;
import org.samling.decision.service.DecisionService;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.lifecycle.service.RetentionService;
import org.samling.review.model.Assignment;
import org.samling.review.model.AssignmentSource;
import org.samling.review.model.Assignments;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.review.model.ReviewKind;
import org.samling.review.service.ReviewFormService;
import org.samling.review.service.ReviewService;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.model.Submissions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The decided conference of the demo (nsw2026): its abstracts reviewed and ranked, two decisions
 * sent, two still to make, and its published programme ({@link DemoProgramme}).
 */
@ApplicationScoped
public class DemoDecidedCall {

    @EJB
    ConferenceService conferences;
    @Inject
    RetentionService retention;
    @Inject
    Event<Audited> audited;
    @Inject
    ConferenceSetup conferenceSetup;
    @Inject
    ReviewFormService reviewForms;
    @Inject
    AssignmentService assignmentService;
    @Inject
    Assignments assignmentsRepo;
    @Inject
    ReviewService reviewService;
    @Inject
    DecisionService decisionService;
    @Inject
    Submissions submissionRepo;
    @Inject
    DemoProgramme demoProgramme;
    @Inject
    DemoActors actors;

    /**
     * The decided conference: four abstracts reviewed by the demo reviewers; Søren's paper
     * accepted and Karin's workshop rejected, their authors told (with the scores: the chairs show
     * them to authors here); Emily's paper (the reviewers far apart) and Karin's poster still to
     * decide, for the chair's ranking, against the programme's capacity per type. Søren may send
     * his final version and confirm who presents until the final-version deadline ten days away.
     */
    void create(Map<String, Account> people) {
        CallDetails call = conferences.callDetails("nsw2026", Language.EN).orElseThrow();
        Long conferenceId = call.conference().id();
        Instant then = conferences.callOf(conferenceId).orElseThrow().getDeadline().minus(Duration.ofDays(3));
        Account soren = people.get(DemoAccounts.AUTHOR_1);
        Account karin = people.get(DemoAccounts.AUTHOR_2);
        Account emily = people.get(DemoAccounts.AUTHOR_3);
        Long paper = historic(conferenceId, soren, then, "Socialrådgiveren som brobygger mellem skole og familie",
                "Hvordan bygger socialrådgivere på skoler bro mellem lærere og familier? Vi fulgte fire skolesocialrådgivere "
                        + "i et år og viser, hvilke små greb der får familier til at komme igen.",
                List.of("skolesocialt arbejde", "familier"), AbstractLanguage.DA, call.tracks().get(0).id(),
                call.types().get(0).id());
        Long workshop = historic(conferenceId, karin, then, "Att leda samtal om våld i nära relationer",
                "En workshop om hur socialsekreterare kan ställa frågor om våld tidigt i utredningen, med övningar från "
                        + "tre kommuner i Stockholms län.",
                List.of("våld i nära relationer", "samtal"), AbstractLanguage.SV,
                call.tracks().get(3).id(), call.types().get(1).id());
        Long emilyPaper = historic(conferenceId, emily, then, "Digital case records and the voice of the service user",
                "Case records are written about people, rarely with them. We read 300 digital case records in two Scottish "
                        + "councils and ask whose words they keep.",
                List.of("case records", "participation"), AbstractLanguage.EN,
                call.tracks().get(1).id(), call.types().get(0).id());
        Long poster = historic(conferenceId, karin, then, "Unga vuxna och bostadslöshet efter placering",
                "Postern visar vad som händer med boendet för unga vuxna under de två första åren efter en placering.",
                List.of("bostadslöshet", "unga vuxna"), AbstractLanguage.SV, call.tracks().get(0).id(), call.types().get(2).id());
        Actor chair = actors.of(people.get(DemoAccounts.CHAIR));
        reviewForms.define(chair, "nsw2026", ReviewFormDefinition.defaults(), true, true, null, Language.EN);
        conferenceSetup.saveTypes(chair, "nsw2026", call.types().stream().map(t -> new TypeEdit(
                t.id(), t.kind(), t.minutes(), switch (t.kind()) {
                    case PAPER -> 12;
                    case WORKSHOP -> 9;
                    case POSTER -> 20;
                    default -> 2;
                })).toList(), Language.EN);
        Account asa = people.get(DemoAccounts.REVIEWER_1);
        Account lars = people.get(DemoAccounts.REVIEWER_2);
        Account sanna = people.get(DemoAccounts.REVIEWER_3);
        assignmentService.apply(chair, new AssignmentPlan("nsw2026", AssignmentSource.MANUAL, List.of(
                AssignmentChange.add(paper, asa.getId()), AssignmentChange.add(paper, sanna.getId()),
                AssignmentChange.add(workshop, lars.getId()), AssignmentChange.add(workshop, sanna.getId()),
                AssignmentChange.add(emilyPaper, asa.getId()), AssignmentChange.add(emilyPaper, lars.getId()),
                AssignmentChange.add(poster, sanna.getId()), AssignmentChange.add(poster, lars.getId()))), Language.EN);
        review(asa, paper, 5, 4, 4, 5, 4, 3, "Ett tydligt och praktiknära bidrag; beskriv urvalet av skolor.", "Stark kandidat.");
        review(sanna, paper, 4, 4, 5, 4, 4, 2, "Clear and useful for school social workers.", "Accept.");
        review(lars, workshop, 2, 2, 3, 2, 1, 2, "Workshopen mangler en tydelig plan for øvelsene.", "Svak.");
        review(sanna, workshop, 2, 3, 2, 2, 2, 2, "The exercises need more structure.", "Reject unless space.");
        review(asa, emilyPaper, 5, 5, 4, 5, 4, 3, "A strong study with a clear method.", "Excellent, accept.");
        review(lars, emilyPaper, 1, 2, 2, 1, 1, 2, "Studien er interessant, men feltet er kjent fra før.",
                "Kjenner forfatteren? Nei.");
        review(sanna, poster, 3, 3, 4, 4, 3, 2, "A good poster topic; show the numbers.", "Fine as a poster.");
        review(lars, poster, 4, 3, 3, 4, 3, 2, "Relevant for ettervern.", "Godt.");
        decisionService.decide(chair, "nsw2026", List.of(paper), Outcome.ACCEPT, null, "Two strong reviews.", false, Language.EN);
        decisionService.decide(chair, "nsw2026", List.of(workshop), Outcome.REJECT, null, "Both reviewers weak.", false,
                Language.EN);
        decisionService.send(chair, "nsw2026", Language.EN);
        demoProgramme.create(chair, conferences.callDetails("nsw2026", Language.EN).orElseThrow(), then, paper);
        // Two years after the conference its rejected and withdrawn authors and its registrations go (the log page says when).
        retention.set(chair, "nsw2026", 24);
    }

    /** A submission of the decided call, submitted before its deadline (the call is closed now, so not through the form). */
    private Long historic(Long conferenceId, Account owner, Instant at, String title, String text, List<String> keywords,
            AbstractLanguage language, Long trackId, Long typeId) {
        Submission s = new Submission(conferenceId, owner.getId(), at);
        s.edit(new SubmissionContent(title, text, keywords, language, trackId, typeId, List.of(new Author(owner.getName(),
                owner.getEmail(), owner.getAffiliation(), owner.getCountry(), true))), at);
        s.submit(at);
        Long id = submissionRepo.add(s).getId();
        audited.fire(Audited.of(AuditKind.SUBMISSION_SUBMITTED, owner.getId(), conferenceId).onSubmission(id)
                .change("state", null, s.getState()));
        return id;
    }

    private void review(Account reviewer, Long submissionId, int relevance, int originality, int clarity, int practice,
            int recommendation, int confidence, String toAuthors, String toCommittee) {
        Assignment a = assignmentsRepo.find(submissionId, reviewer.getId()).orElseThrow();
        reviewService.save(actors.of(reviewer), a.getId(), ReviewKind.REVIEW, new ReviewContent(Map.of("relevance", relevance,
                "originality", originality, "clarity", clarity, "practice", practice), recommendation, confidence, toAuthors,
                toCommittee), -1, true, Language.EN);
    }
}
