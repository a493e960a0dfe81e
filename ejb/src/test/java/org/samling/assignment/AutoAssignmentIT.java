package org.samling.assignment;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.assignment.service.AssignmentOverview;
import org.samling.assignment.service.AssignmentService;
import org.samling.assignment.service.AutoAssignmentJobs;
import org.samling.assignment.service.AutoAssignmentOptions;
import org.samling.assignment.service.AutoAssignmentResult;
import org.samling.conference.service.ConferenceService;
import org.samling.demo.DemoAccounts;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.review.service.ConflictService;
import org.samling.shared.DomainException;
import org.samling.shared.JobState;
import org.samling.support.Deployments;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The automatic assignment on the demo conference, as a background job through the database and
 * OR-Tools in the server: the unassigned poster gets k reviewers, none in conflict, loads kept,
 * with reasons; a constraint that cannot be met is named instead of a partial result; applying
 * goes through the pipeline; only the conference's chairs may run it.
 */
@ExtendWith(ArquillianExtension.class)
class AutoAssignmentIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    AutoAssignmentJobs jobs;
    @Inject
    AssignmentService assignments;
    @Inject
    ConflictService conflicts;
    @Inject
    AccountService accounts;
    @Inject
    ConferenceService conferences;

    private Actor demo(String email, String group) {
        Account a = accounts.findByEmail(email).orElseThrow();
        return new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user", group));
    }

    private AutoAssignmentJobs.Status await(Long runId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            AutoAssignmentJobs.Status s = jobs.status(demo(DemoAccounts.CHAIR, "chair"), runId, Language.EN);
            if (s.state().over()) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the run did not finish in 60 s");
    }

    private static AutoAssignmentOptions options(int k, List<String> forbidden) {
        AutoAssignmentOptions d = AutoAssignmentOptions.defaults();
        return new AutoAssignmentOptions(k, d.bidWeight(), d.topicWeight(), d.textWeight(), 0, true, true, List.of(), forbidden);
    }

    private Long poster(AssignmentOverview o) {
        return o.submissions().stream().filter(s -> s.title().startsWith("Digitale handleplaner")).findFirst().orElseThrow().id();
    }

    @Test
    void whatCannotBeMetIsNamedAndNothingIsProposed() throws InterruptedException {
        Actor chair = demo(DemoAccounts.CHAIR, "chair");
        AssignmentOverview o = assignments.overview(chair, "nsw2027", Language.EN);
        Long poster = poster(o);
        List<String> everyone = o.members().stream().map(m -> poster + ":" + m.accountId()).toList();
        int already = o.submissions().stream().filter(x -> x.id().equals(poster)).findFirst().orElseThrow().reviewers().size();
        AutoAssignmentJobs.Status s = await(jobs.start(chair, "nsw2027", options(already + 2, everyone), Language.EN));
        assertEquals(JobState.DONE, s.state(), s.error());
        AutoAssignmentResult r = s.result();
        assertFalse(r.feasible());
        assertTrue(r.changes().isEmpty(), "no partial result");
        assertTrue(r.shortfalls().contains(new AutoAssignmentResult.Shortfall("submission",
                "Digitale handleplaner: hvad barnet selv kan læse", 2, 0)), r.shortfalls().toString());
        assertEquals("autoAssign.nothingToApply", assertThrows(DomainException.class,
                () -> jobs.apply(chair, "nsw2027", s.id(), Language.EN)).violations().get(0).messageKey());
    }

    @Test
    void thePosterGetsItsReviewersWithReasonsAndTheProposalIsAppliedThroughThePipeline() throws InterruptedException {
        Actor chair = demo(DemoAccounts.CHAIR, "chair");
        Long conferenceId = conferences.byAcronym("nsw2027", Language.EN).orElseThrow().id();
        AssignmentOverview before = assignments.overview(chair, "nsw2027", Language.EN);
        Long poster = poster(before);
        AutoAssignmentJobs.Status s = await(jobs.start(chair, "nsw2027", options(2, List.of()), Language.EN));
        assertEquals(JobState.DONE, s.state(), s.error());
        AutoAssignmentResult r = s.result();
        assertTrue(r.feasible(), r.shortfalls().toString());
        assertTrue(r.fair() != null && r.fair().minimum() >= r.plain().minimum());
        List<AutoAssignmentResult.Pair> forPoster = r.changes().stream().filter(p -> p.submissionId().equals(poster)).toList();
        int alreadyOnPoster = before.submissions().stream().filter(x -> x.id().equals(poster)).findFirst().orElseThrow()
                .reviewers().size();
        assertEquals(Math.max(0, 2 - alreadyOnPoster), forPoster.size(), r.changes().toString());
        var inForce = conflicts.inForce(conferenceId);
        for (AutoAssignmentResult.Pair p : r.changes()) {
            assertFalse(inForce.contains(new ConflictService.PairKey(p.submissionId(), p.accountId())),
                    "a conflict assigned: " + p);
            assertTrue(p.affinity() >= 0 && p.affinity() <= 1, p.toString());
        }
        for (AutoAssignmentResult.Load l : r.loads()) {
            assertTrue(l.after() <= Math.max(l.max(), l.before()), l.toString());
        }

        assertThrows(DomainException.class, () -> jobs.start(demo(DemoAccounts.REVIEWER_1, "reviewer"), "nsw2027",
                options(2, List.of()), Language.EN), "chairs only");
        assertThrows(DomainException.class, () -> jobs.status(demo(DemoAccounts.CHAIR_2026, "chair"), s.id(), Language.EN),
                "nor a chair of another conference");

        int applied = jobs.apply(chair, "nsw2027", s.id(), Language.EN);
        assertEquals(r.changes().size(), applied);
        AssignmentOverview after = assignments.overview(chair, "nsw2027", Language.EN);
        assertTrue(after.submissions().stream().filter(x -> x.id().equals(poster)).findFirst().orElseThrow()
                .reviewers().size() >= 2);
    }

    @Test
    void badOptionsAreNamedAtTheirFields() {
        Actor chair = demo(DemoAccounts.CHAIR, "chair");
        DomainException e = assertThrows(DomainException.class, () -> jobs.start(chair, "nsw2027",
                new AutoAssignmentOptions(0, -1, 0, 0, 11, false, true, List.of(), List.of()), Language.EN));
        assertEquals(List.of("k", "weights", "institutionCap"),
                e.violations().stream().map(DomainException.Violation::field).toList());
    }
}
