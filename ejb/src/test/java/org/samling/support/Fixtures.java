package org.samling.support;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.samling.assignment.model.AssignmentChange;
import org.samling.assignment.model.AssignmentPlan;
import org.samling.assignment.service.AssignmentService;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.CallSettings;
import org.samling.conference.model.ConferenceSettings;
import org.samling.conference.model.SubmissionKind;
import org.samling.conference.model.TrackEdit;
import org.samling.conference.model.TypeEdit;
import org.samling.conference.service.ConferenceService;
import org.samling.conference.service.ConferenceSetup;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.review.model.AssignmentSource;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.review.service.ReviewFormService;
import org.samling.review.service.ReviewService;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.service.SubmissionService;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seeds what a test changes, through the services as people would: a conference of its own with
 * its chair, tracks, types and call; committee members; authors with submissions; assignments.
 * Nothing here touches the demo data, so a test built on it passes when run again.
 */
@Dependent
public class Fixtures {

    public static final String PASSWORD = "rødgrød med fløde";

    @Inject
    AccountService accounts;
    @Inject
    ConferenceService conferences;
    @Inject
    ConferenceSetup conferenceSetup;
    @Inject
    ReviewFormService forms;
    @Inject
    SubmissionService submissions;
    @Inject
    AssignmentService assignments;
    @Inject
    ReviewService reviews;

    /** A conference of one's own, chaired by a new account, with two tracks, papers and workshops, its call open. */
    public record Conference(String acronym, Long id, Actor chair, List<Long> tracks, List<Long> types) {
    }

    /** A confirmed account of its own, acting with these site-wide groups. */
    public Actor person(String name, String affiliation, String... groups) {
        Account a = accounts.createConfirmed(Deployments.uniqueEmail(name.split(" ")[0].toLowerCase()), name, affiliation, "DK",
                Language.DA, PASSWORD);
        return actor(a, groups);
    }

    private static Actor actor(Account a, String... groups) {
        Set<String> all = new LinkedHashSet<>(List.of("user"));
        all.addAll(List.of(groups));
        return new Actor(a.getId(), a.getEmail(), a.getName(), all);
    }

    public Conference conference(String prefix, boolean blind, boolean othersVisible) {
        Actor chair = person("Birgitte Ødum", "VIA University College", "chair");
        LocalDate day = LocalDate.now().plusDays(120);
        String acronym = conferenceSetup.create(chair, new ConferenceSettings(prefix + "-" + Long.toString(System.nanoTime(), 36),
                "Socialt arbejde i praksis", "Aarhus", "Europe/Copenhagen", day, day.plusDays(1),
                List.of(Language.DA, Language.EN),
                Map.of()));
        conferenceSetup.saveTracks(chair, acronym, List.of(new TrackEdit(null, Map.of(Language.DA, "Børn og familie")),
                new TrackEdit(null, Map.of(Language.DA, "Ældre"))), Language.DA);
        conferenceSetup.saveTypes(chair, acronym, List.of(new TypeEdit(null, SubmissionKind.PAPER, 20),
                new TypeEdit(null, SubmissionKind.WORKSHOP, 90)), Language.DA);
        CallSettings c = conferenceSetup.callSettings(chair, acronym);
        conferenceSetup.configureCall(chair, acronym, new CallSettings(c.opensAt(), c.deadline(), c.graceMinutes(),
                c.notificationDate(), c.finalVersionDeadline(), c.wordLimit(), c.maxKeywords(), c.maxAuthors(), c.pdfPolicy(),
                c.pdfMaxPages(), c.pdfMaxBytes(), blind));
        forms.define(chair, acronym, ReviewFormDefinition.defaults(), othersVisible, null, Language.EN);
        CallDetails call = conferences.callDetails(acronym, Language.EN).orElseThrow();
        return new Conference(acronym, call.conference().id(), chair,
                call.tracks().stream().map(CallDetails.TrackView::id).toList(),
                call.types().stream().map(CallDetails.TypeView::id).toList());
    }

    /** A committee member of the conference. */
    public Actor reviewer(Conference c, String name, String affiliation) {
        Actor r = person(name, affiliation, "reviewer");
        accounts.grant(r.accountId(), Role.REVIEWER, c.id());
        return r;
    }

    /** A submitted abstract by the author, in Danish, in the first track, as a paper. */
    public Long submit(Conference c, Actor author, String title, String text) {
        return submissions.save(author, c.acronym(), null, new SubmissionContent(title, text, List.of("praksis"),
                AbstractLanguage.DA, c.tracks().get(0), c.types().get(0),
                List.of(new Author(author.name(), author.email(), "Testkommunen", "DK", true))), true, Language.DA);
    }

    /** Assigns the reviewer through the one pipeline; returns the assignment's id. */
    public Long assign(Conference c, Actor reviewer, Long submissionId) {
        assignments.apply(c.chair(), new AssignmentPlan(c.acronym(), AssignmentSource.MANUAL,
                List.of(AssignmentChange.add(submissionId, reviewer.accountId()))), Language.EN);
        return reviews.mine(reviewer, c.acronym(), Language.EN).stream().filter(r -> r.submissionId().equals(submissionId))
                .findFirst().orElseThrow().assignmentId();
    }
}
