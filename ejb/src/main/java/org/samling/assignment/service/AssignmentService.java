package org.samling.assignment.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.assignment.model.AssignmentChange;
import org.samling.assignment.model.AssignmentPlan;
import org.samling.assignment.model.AssignmentsChanged;
import org.samling.assignment.model.ReviewerAssigned;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.IdentityPolicy;
import org.samling.review.model.Assignment;
import org.samling.review.model.AssignmentState;
import org.samling.review.model.AssignmentWithdrawn;
import org.samling.review.model.Assignments;
import org.samling.review.model.Bid;
import org.samling.review.model.BidPreference;
import org.samling.review.model.Committee;
import org.samling.review.model.CommitteeMember;
import org.samling.review.service.ConflictService;
import org.samling.review.service.ConflictService.PairKey;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;
import org.samling.shared.DomainException;
import org.samling.submission.model.Submission;
import org.samling.submission.model.Submissions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The assignment pipeline: a plan is checked against the conference as it stands
 * ({@link AssignmentPolicy}), shown as a preview, and applied only if nothing in it is an error,
 * checked again at that moment (someone may have declared a conflict meanwhile). Chairs only.
 */
@Stateless
public class AssignmentService {

    @Inject
    Event<Audited> audited;
    @Inject
    Assignments assignments;
    @Inject
    Submissions submissions;
    @Inject
    Committee committee;
    @Inject
    ConflictService conflicts;
    @Inject
    ConferenceService conferences;
    @Inject
    AccountService accounts;
    @Inject
    IdentityPolicy identityPolicy;
    @Inject
    Event<AssignmentsChanged> changed;
    @Inject
    Event<AssignmentWithdrawn> withdrawn;
    @Inject
    Event<ReviewerAssigned> assigned;
    @Inject
    Clock clock;

    public AssignmentOverview overview(Actor actor, String acronym, Language reader) {
        Long conferenceId = conferences.chaired(actor, acronym, reader).id();
        Map<Long, Account> members = members(conferenceId);
        Map<Long, List<Assignment>> bySubmission = assignments.ofConference(conferenceId).stream()
                .collect(Collectors.groupingBy(Assignment::getSubmissionId));
        List<AssignmentOverview.SubmissionRow> rows = new ArrayList<>();
        for (Submission s : submissions.ofConference(conferenceId)) {
            if (!underReview(s)) {
                continue;
            }
            List<AssignmentOverview.ReviewerRow> reviewers = bySubmission.getOrDefault(s.getId(), List.of()).stream()
                    .map(a -> new AssignmentOverview.ReviewerRow(a.getId(), a.getAccountId(), name(members, a.getAccountId()),
                            a.getState(), a.isMetaReviewer(), a.getSource()))
                    .toList();
            rows.add(new AssignmentOverview.SubmissionRow(s.getId(), s.getTitle(), reviewers));
        }
        Map<Long, Integer> loads = new HashMap<>();
        bySubmission.values().stream().flatMap(List::stream).forEach(a -> loads.merge(a.getAccountId(), 1, Integer::sum));
        return new AssignmentOverview(rows, memberLoads(conferenceId, members, loads));
    }

    /** Checks a plan and tells what it would do; changes nothing. */
    public AssignmentPreview preview(Actor actor, AssignmentPlan plan, Language reader) {
        Long conferenceId = conferences.chaired(actor, plan.acronym(), reader).id();
        return preview(conferenceId, plan);
    }

    /**
     * Applies a plan if, checked once more now, none of its changes is an error; all or nothing.
     * Returns the preview it was applied from.
     */
    public AssignmentPreview apply(Actor actor, AssignmentPlan plan, Language reader) {
        ConferenceView conference = conferences.chaired(actor, plan.acronym(), reader);
        Long conferenceId = conference.id();
        if (plan.changes().isEmpty()) {
            throw new DomainException(null, "assignment.emptyPlan");
        }
        AssignmentPreview preview = preview(conferenceId, plan);
        if (!preview.applicable()) {
            throw new DomainException(null, "assignment.planHasErrors", preview.errors());
        }
        for (AssignmentChange c : plan.changes()) {
            audited.fire(Audited.of(c.kind() == AssignmentChange.Kind.ADD
                    ? AuditKind.ASSIGNMENT_APPLIED
                    : AuditKind.ASSIGNMENT_WITHDRAWN, actor.accountId(), conferenceId).onSubmission(c.submissionId())
                    .about(c.accountId()).change("source", null, plan.source()));
            if (c.kind() == AssignmentChange.Kind.ADD) {
                assignments.add(new Assignment(conferenceId, c.submissionId(), c.accountId(), plan.source(),
                        actor.accountId(), clock.instant()));
            } else {
                Assignment a = assignments.find(c.submissionId(), c.accountId()).orElseThrow();
                withdrawn.fire(new AssignmentWithdrawn(a.getId()));
                assignments.remove(a);
            }
        }
        changed.fire(new AssignmentsChanged(conferenceId, plan.changes(), actor.accountId()));
        tell(conference, preview);
        return preview;
    }

    /** One mail per reviewer with new submissions, with their titles (never their authors). */
    private void tell(ConferenceView conference, AssignmentPreview applied) {
        Map<Long, List<String>> titles = new LinkedHashMap<>();
        for (AssignmentPreview.Line l : applied.lines()) {
            if (l.kind() == AssignmentChange.Kind.ADD) {
                titles.computeIfAbsent(l.accountId(), k -> new ArrayList<>()).add(l.title());
            }
        }
        titles.forEach((accountId, list) -> accounts.find(accountId).ifPresent(a -> assigned.fire(new ReviewerAssigned(
                conference.id(), conference.acronym(), conference.name(), a.getEmail(), a.getName(), a.getLanguage(),
                List.copyOf(list)))));
    }

    /** The chair asks one reviewer of a submission for its meta-review (anyone asked before is released). */
    public void askForMetaReview(Actor actor, Long assignmentId) {
        Assignment chosen = assignments.byId(assignmentId)
                .filter(a -> identityPolicy.isChairOf(actor, a.getConferenceId()))
                .orElseThrow(() -> new DomainException(null, "assignment.notFound"));
        for (Assignment a : assignments.ofSubmission(chosen.getSubmissionId())) {
            a.askForMetaReview(a.getId().equals(chosen.getId()));
        }
    }

    private AssignmentPreview preview(Long conferenceId, AssignmentPlan plan) {
        Map<Long, Account> members = members(conferenceId);
        Map<Long, Submission> subs = submissions.ofConference(conferenceId).stream()
                .collect(Collectors.toMap(Submission::getId, Function.identity()));
        Map<PairKey, AssignmentState> assigned = assignments.ofConference(conferenceId).stream()
                .collect(Collectors.toMap(a -> new PairKey(a.getSubmissionId(), a.getAccountId()), Assignment::getState));
        Map<PairKey, BidPreference> bids = new HashMap<>();
        for (Long accountId : members.keySet()) {
            for (Bid b : committee.bidsOf(conferenceId, accountId)) {
                bids.put(new PairKey(b.getSubmissionId(), accountId), b.getPreference());
            }
        }
        Map<Long, Integer> maxLoads = new HashMap<>();
        Map<Long, CommitteeMember> limits = limits(conferenceId);
        members.keySet().forEach(id -> maxLoads.put(id, limits.containsKey(id)
                ? limits.get(id).getMaxLoad()
                : CommitteeMember.DEFAULT_MAX_LOAD));
        Set<Long> underReview = subs.values().stream().filter(AssignmentService::underReview).map(Submission::getId)
                .collect(Collectors.toSet());
        AssignmentPolicy.Checked checked = AssignmentPolicy.check(plan.changes(), new AssignmentPolicy.Snapshot(
                underReview, maxLoads, conflicts.inForce(conferenceId), assigned, bids));
        List<AssignmentPreview.Line> lines = new ArrayList<>();
        for (int i = 0; i < plan.changes().size(); i++) {
            AssignmentChange c = plan.changes().get(i);
            Submission s = subs.get(c.submissionId());
            lines.add(new AssignmentPreview.Line(c.kind(), c.submissionId(), s == null ? "" : s.getTitle(), c.accountId(),
                    name(members, c.accountId()), checked.findings().get(i)));
        }
        return new AssignmentPreview(lines, memberLoads(conferenceId, members, checked.loadsAfter()), checked.applicable());
    }

    private static boolean underReview(Submission s) {
        return s.getState().underReview();
    }

    private Map<Long, Account> members(Long conferenceId) {
        Map<Long, Account> members = new LinkedHashMap<>();
        accounts.holders(Role.REVIEWER, conferenceId).stream().sorted(Comparator.comparing(Account::getName))
                .forEach(a -> members.put(a.getId(), a));
        return members;
    }

    private Map<Long, CommitteeMember> limits(Long conferenceId) {
        return committee.membersOf(conferenceId).stream()
                .collect(Collectors.toMap(CommitteeMember::getAccountId, Function.identity()));
    }

    private List<AssignmentOverview.MemberLoad> memberLoads(Long conferenceId, Map<Long, Account> members,
            Map<Long, Integer> loads) {
        Map<Long, CommitteeMember> limits = limits(conferenceId);
        return members.values().stream().map(a -> {
            CommitteeMember m = limits.get(a.getId());
            return new AssignmentOverview.MemberLoad(a.getId(), a.getName(), loads.getOrDefault(a.getId(), 0),
                    m == null ? CommitteeMember.DEFAULT_MAX_LOAD : m.getMaxLoad(), m == null ? 0 : m.getMinLoad());
        }).toList();
    }

    private static String name(Map<Long, Account> members, Long accountId) {
        Account a = members.get(accountId);
        return a == null ? "#" + accountId : a.getName();
    }
}
