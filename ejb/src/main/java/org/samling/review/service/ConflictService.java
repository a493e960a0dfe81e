package org.samling.review.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.IdentityPolicy;
import org.samling.review.model.Bid;
import org.samling.review.model.BidPreference;
import org.samling.review.model.Committee;
import org.samling.review.model.ConflictDecision;
import org.samling.review.model.ConflictDetector;
import org.samling.review.model.ReviewerProfileForm;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionState;
import org.samling.submission.model.Submissions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Conflicts of interest of a conference's committee: found by {@link ConflictDetector} from the
 * accounts, the reviewers' profiles, their CONFLICT bids and the submissions; declared ones hold,
 * detected ones hold unless a chair dismissed them (with a note, logged). Drafts are nobody's
 * business yet and are left out.
 */
@Stateless
public class ConflictService {

    @Inject
    Committee committee;
    @Inject
    Submissions submissions;
    @Inject
    AccountService accounts;
    @Inject
    IdentityPolicy identityPolicy;
    @Inject
    ConferenceService conferences;
    @Inject
    Clock clock;
    @Inject
    Event<Audited> audited;

    /** One reviewer with one submission, every reason found, and what the chair decided. */
    public record Pair(Long submissionId, String title, Long reviewerId, String reviewerName,
            List<ConflictDetector.Found> reasons, ConflictDecision.Kind decision, String note) {

        /** Whether the reviewer must not see the submission. */
        public boolean holds() {
            boolean declared = reasons.stream().anyMatch(f -> !f.reason().detected());
            return declared || decision != ConflictDecision.Kind.DISMISSED;
        }

        /** Whether a chair may confirm or dismiss it (only detected reasons can be dismissed). */
        public boolean decidable() {
            return reasons.stream().allMatch(f -> f.reason().detected());
        }
    }

    /** The submissions of a conference this reviewer is in conflict with (in force). */
    public Set<Long> conflictedFor(Long conferenceId, Account reviewer) {
        return pairs(conferenceId, List.of(reviewer)).stream().filter(Pair::holds).map(Pair::submissionId)
                .collect(Collectors.toSet());
    }

    /**
     * Every reviewer-submission pair of a conference in conflict (in force), for the assignment
     * pipeline: a pair in it may not be assigned by any means.
     */
    public Set<PairKey> inForce(Long conferenceId) {
        return pairs(conferenceId, accounts.holders(Role.REVIEWER, conferenceId)).stream().filter(Pair::holds)
                .map(p -> new PairKey(p.submissionId(), p.reviewerId())).collect(Collectors.toSet());
    }

    /** Every pair with at least one reason, for the conference's chairs. */
    public List<Pair> all(Actor actor, String acronym, Language reader) {
        ConferenceView c = conferences.chaired(actor, acronym, reader);
        return pairs(c.id(), accounts.holders(Role.REVIEWER, c.id()));
    }

    /** A chair confirms or dismisses the detected conflicts of one reviewer with one submission, saying why. */
    public void decide(Actor actor, Long submissionId, Long reviewerId, ConflictDecision.Kind kind, String note) {
        Submission s = submissions.byId(submissionId).orElseThrow(() -> new DomainException(null, "submission.notFound"));
        if (!identityPolicy.isChairOf(actor, s.getConferenceId())) {
            throw new DomainException(null, "auth.forbidden");
        }
        Account reviewer = accounts.find(reviewerId).orElseThrow(() -> new DomainException(null, "conflict.notFound"));
        Pair pair = pairs(s.getConferenceId(), List.of(reviewer)).stream()
                .filter(p -> p.submissionId().equals(submissionId)).findFirst()
                .orElseThrow(() -> new DomainException(null, "conflict.notFound"));
        Violations v = new Violations();
        String why = note == null ? "" : note.strip();
        if (why.isEmpty()) {
            v.add("note", "field.required");
        } else if (why.length() > 1000) {
            v.add("note", "field.tooLong", 1000);
        }
        if (!pair.decidable()) {
            v.add(null, "conflict.declaredStays");
        }
        v.throwIfAny();
        // Decided before it is stored: an identity key inserts at once.
        Optional<ConflictDecision> earlier = committee.decision(submissionId, reviewerId);
        ConflictDecision d = earlier.orElseGet(() -> new ConflictDecision(submissionId, reviewerId));
        d.decide(kind, why, actor.accountId(), clock.instant());
        if (earlier.isEmpty()) {
            committee.add(d);
        }
        audited.fire(Audited.of(kind == ConflictDecision.Kind.DISMISSED
                ? AuditKind.CONFLICT_DISMISSED
                : AuditKind.CONFLICT_CONFIRMED, actor.accountId(), s.getConferenceId()).onSubmission(submissionId)
                .about(reviewerId).change("decision", earlier.isEmpty() ? null : pair.decision(), kind));
    }

    private List<Pair> pairs(Long conferenceId, List<Account> reviewers) {
        List<Submission> all = submissions.ofConference(conferenceId).stream()
                .filter(s -> s.getState() != SubmissionState.DRAFT).toList();
        Map<Long, String> emails = new HashMap<>();
        for (Account a : accounts.holders(Role.REVIEWER, conferenceId)) {
            emails.put(a.getId(), a.getEmail());
        }
        List<ConflictDetector.Submission> facts = all.stream().map(s -> facts(s, emails)).toList();
        Map<PairKey, ConflictDecision> decisions = committee.decisionsOf(conferenceId).stream()
                .collect(Collectors.toMap(d -> new PairKey(d.getSubmissionId(), d.getAccountId()), d -> d));
        Map<Long, String> titles = all.stream().collect(Collectors.toMap(Submission::getId, Submission::getTitle));
        List<Pair> pairs = new ArrayList<>();
        for (Account a : reviewers) {
            ConflictDetector.Reviewer r = reviewer(conferenceId, a);
            for (ConflictDetector.Submission s : facts) {
                List<ConflictDetector.Found> found = ConflictDetector.detect(r, s, facts);
                if (!found.isEmpty()) {
                    ConflictDecision d = decisions.get(new PairKey(s.id(), a.getId()));
                    pairs.add(new Pair(s.id(), titles.get(s.id()), a.getId(), a.getName(), found,
                            d == null ? null : d.getDecision(), d == null ? null : d.getNote()));
                }
            }
        }
        return pairs;
    }

    /** A reviewer with a submission. */
    public record PairKey(Long submissionId, Long accountId) {
    }

    private ConflictDetector.Reviewer reviewer(Long conferenceId, Account a) {
        Optional<ReviewerProfileForm> profile = committee.profileOf(conferenceId, a.getId()).map(p -> p.form());
        Set<Long> declaredSubmissions = new HashSet<>();
        for (Bid b : committee.bidsOf(conferenceId, a.getId())) {
            if (b.getPreference() == BidPreference.CONFLICT) {
                declaredSubmissions.add(b.getSubmissionId());
            }
        }
        List<String> affiliations = a.getAffiliation() == null ? List.of() : List.of(a.getAffiliation());
        return new ConflictDetector.Reviewer(a.getId(), a.getName(), a.getEmail(), affiliations,
                profile.map(ReviewerProfileForm::declaredPeople).orElse(List.of()),
                profile.map(ReviewerProfileForm::declaredInstitutions).orElse(List.of()), declaredSubmissions);
    }

    /** A submission's facts; the committee members its authors named, by their addresses. */
    private static ConflictDetector.Submission facts(Submission s, Map<Long, String> committeeEmails) {
        Set<String> named = s.getNamedConflicts().stream().map(committeeEmails::get).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new ConflictDetector.Submission(s.getId(), s.getAuthors().stream()
                .map(x -> new ConflictDetector.Person(x.getName(), x.getEmail(), x.getAffiliation())).toList(), named);
    }
}
