package org.samling.assignment.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.assignment.solver.AssignmentSolver;
import org.samling.assignment.solver.Instance;
import org.samling.assignment.solver.Solution;
import org.samling.identity.model.Account;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.review.model.Affiliations;
import org.samling.review.model.Assignment;
import org.samling.review.model.Assignments;
import org.samling.review.model.Bid;
import org.samling.review.model.BidPreference;
import org.samling.review.model.Committee;
import org.samling.review.model.CommitteeMember;
import org.samling.review.model.ReviewerProfileForm;
import org.samling.review.service.ConflictService;
import org.samling.review.service.ConflictService.PairKey;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.model.SubmissionState;
import org.samling.submission.model.Submissions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The automatic assignment of one conference: reads the committee (loads, profiles, bids), the
 * submissions under review, the conflicts in force and the assignments already made (kept), works
 * out each allowed pair's affinity with its reasons, and solves it ({@link AssignmentSolver}). A
 * pair is allowed when no conflict holds, the reviewer reads the abstract's language (declared in
 * their profile; no profile: any), and the chair did not forbid it. What comes out is a proposal:
 * the chair applies it through the assignment pipeline like any other plan.
 */
@Stateless
public class AutoAssignmentService {

    private static final Set<AbstractLanguage> SCANDINAVIAN = EnumSet.of(AbstractLanguage.DA, AbstractLanguage.SV,
            AbstractLanguage.NB);

    @Inject
    Submissions submissions;
    @Inject
    Assignments assignments;
    @Inject
    Committee committee;
    @Inject
    ConflictService conflicts;
    @Inject
    AccountService accounts;

    /** Reports progress: a percentage and a message key naming the step. */
    public interface Progress extends BiConsumer<Integer, String> {
    }

    public AutoAssignmentResult compute(Long conferenceId, AutoAssignmentOptions o, Progress progress) {
        progress.accept(5, "autoAssign.step.reading");
        List<Submission> subs = submissions.ofConference(conferenceId).stream()
                .filter(s -> s.getState().underReview())
                .sorted(Comparator.comparing(Submission::getId)).toList();
        List<Account> members = accounts.holders(Role.REVIEWER, conferenceId).stream()
                .sorted(Comparator.comparing(Account::getId)).toList();
        Map<Long, CommitteeMember> limits = committee.membersOf(conferenceId).stream()
                .collect(Collectors.toMap(CommitteeMember::getAccountId, m -> m));
        Set<PairKey> conflicted = conflicts.inForce(conferenceId);
        List<Assignment> existing = assignments.ofConference(conferenceId);
        Set<PairKey> kept = existing.stream().map(a -> new PairKey(a.getSubmissionId(), a.getAccountId()))
                .collect(Collectors.toSet());
        Set<PairKey> pinned = pairs(o.pinned());
        Set<PairKey> forbidden = pairs(o.forbidden());
        Map<PairKey, BidPreference> bids = new HashMap<>();
        Map<Long, Optional<ReviewerProfileForm>> profiles = new HashMap<>();
        Map<Long, String> texts = new LinkedHashMap<>();
        for (Account a : members) {
            for (Bid b : committee.bidsOf(conferenceId, a.getId())) {
                bids.put(new PairKey(b.getSubmissionId(), a.getId()), b.getPreference());
            }
            Optional<ReviewerProfileForm> p = committee.profileOf(conferenceId, a.getId()).map(x -> x.form());
            profiles.put(a.getId(), p);
            StringBuilder text = new StringBuilder();
            p.ifPresent(f -> text.append(f.fieldDescription()).append(' ').append(String.join(" ", f.keywords())));
            for (Submission own : submissions.ownedBy(a.getId())) {
                if (own.getState() != SubmissionState.DRAFT) {
                    SubmissionContent c = own.content();
                    text.append(' ').append(c.title()).append(' ').append(c.abstractText());
                }
            }
            texts.put(a.getId(), text.toString());
        }

        progress.accept(20, "autoAssign.step.similarity");
        Map<Long, Map<Long, Double>> similarity = TextSimilarity.of(subs.stream().map(s -> new TextSimilarity.Doc(s.getId(),
                s.content().language().name().toLowerCase(Locale.ROOT), text(s.content()))).toList(), texts);

        progress.accept(50, "autoAssign.step.building");
        Map<String, Integer> institutions = new HashMap<>();
        List<Instance.Reviewer> reviewers = new ArrayList<>();
        Map<Long, Integer> reviewerIndex = new HashMap<>();
        for (Account a : members) {
            CommitteeMember m = limits.get(a.getId());
            String inst = a.getAffiliation() == null || a.getAffiliation().isBlank()
                    ? null
                    : Affiliations.normalise(a.getAffiliation());
            int instIndex = inst == null ? -1 : institutions.computeIfAbsent(inst, x -> institutions.size());
            reviewerIndex.put(a.getId(), reviewers.size());
            reviewers.add(new Instance.Reviewer(a.getName(), m == null ? 0 : m.getMinLoad(),
                    m == null ? CommitteeMember.DEFAULT_MAX_LOAD : m.getMaxLoad(), instIndex));
        }
        List<Instance.Submission> instSubs = new ArrayList<>();
        List<List<Instance.Candidate>> candidates = new ArrayList<>();
        List<int[]> fixed = new ArrayList<>();
        Map<PairKey, Affinity> reasons = new HashMap<>();
        for (int i = 0; i < subs.size(); i++) {
            Submission s = subs.get(i);
            SubmissionContent c = s.content();
            instSubs.add(new Instance.Submission(s.getTitle(), o.k(), String.valueOf(c.trackId())));
            List<Instance.Candidate> cs = new ArrayList<>();
            for (Account a : members) {
                PairKey key = new PairKey(s.getId(), a.getId());
                Optional<ReviewerProfileForm> p = profiles.get(a.getId());
                Affinity aff = affinity(c, p, bids.get(key), similarity.getOrDefault(a.getId(), Map.of())
                        .getOrDefault(s.getId(), 0.0), o.weights());
                reasons.put(key, aff);
                int j = reviewerIndex.get(a.getId());
                if (kept.contains(key) || (pinned.contains(key) && !conflicted.contains(key))) {
                    fixed.add(new int[]{i, j});
                    continue;
                }
                if (conflicted.contains(key) || forbidden.contains(key) || !reads(p, c.language(), o.scandinavian())
                        || bids.get(key) == BidPreference.CONFLICT) {
                    continue;
                }
                cs.add(new Instance.Candidate(j, aff.value(), aff.unwilling()));
            }
            candidates.add(cs);
        }
        Instance instance = new Instance(instSubs, reviewers, candidates, fixed, o.institutionCap());

        progress.accept(60, o.fair() ? "autoAssign.step.solvingFair" : "autoAssign.step.solving");
        AssignmentSolver.Result r = AssignmentSolver.solve(instance, new AssignmentSolver.Options(10, o.fair()));
        Solution chosen = r.chosen();

        progress.accept(90, "autoAssign.step.explaining");
        List<AutoAssignmentResult.Pair> changes = new ArrayList<>();
        for (int[] p : chosen.pairs()) {
            changes.add(pair(subs.get(p[0]), members.get(p[1]), reasons, false));
        }
        List<AutoAssignmentResult.Pair> keptPairs = new ArrayList<>();
        for (int[] f : fixed) {
            PairKey key = new PairKey(subs.get(f[0]).getId(), members.get(f[1]).getId());
            AutoAssignmentResult.Pair pair = pair(subs.get(f[0]), members.get(f[1]), reasons, pinned.contains(key));
            if (kept.contains(key)) {
                keptPairs.add(pair);
            } else {
                changes.add(pair);
            }
        }
        Map<Long, Integer> before = new HashMap<>();
        existing.forEach(a -> before.merge(a.getAccountId(), 1, Integer::sum));
        Map<Long, Integer> after = new HashMap<>(before);
        if (chosen.feasible()) {
            changes.forEach(p -> after.merge(p.accountId(), 1, Integer::sum));
        }
        List<AutoAssignmentResult.Load> loads = members.stream().map(a -> new AutoAssignmentResult.Load(a.getId(), a.getName(),
                before.getOrDefault(a.getId(), 0), after.getOrDefault(a.getId(), 0),
                reviewers.get(reviewerIndex.get(a.getId())).maxLoad())).toList();
        return new AutoAssignmentResult(o.k(), subs.size(), members.size(), chosen.feasible() ? changes : List.of(), keptPairs,
                stats(r.plain(), o.k()), r.fair() == null ? null : stats(r.fair(), o.k()),
                chosen.shortfalls().stream().map(x -> new AutoAssignmentResult.Shortfall(x.kind(), x.subject(), x.needed(),
                        x.available())).toList(),
                chosen.unwillingUsed(), loads, chosen.solveMillis());
    }

    private static AutoAssignmentResult.Pair pair(Submission s, Account a, Map<PairKey, Affinity> reasons, boolean pinned) {
        Affinity f = reasons.get(new PairKey(s.getId(), a.getId()));
        return new AutoAssignmentResult.Pair(s.getId(), s.getTitle(), a.getId(), a.getName(),
                f.bid() == null ? null : f.bid().name(), f.trackMatch(), f.sharedKeywords(), f.text(), f.value(), pinned);
    }

    private static AutoAssignmentResult.Stats stats(Solution s, int k) {
        int[] buckets = new int[10];
        double[] totals = s.submissionTotals();
        for (double t : totals) {
            double mean = k == 0 ? 0 : t / k;
            buckets[Math.max(0, Math.min(9, (int) Math.floor(mean * 10)))]++;
        }
        List<Integer> distribution = new ArrayList<>();
        for (int b : buckets) {
            distribution.add(b);
        }
        double round = 1000.0;
        return new AutoAssignmentResult.Stats(Math.round(s.total() * round) / round, Math.round(s.minimum() * round) / round,
                totals.length == 0 ? 0 : Math.round(s.total() / totals.length * round) / round, distribution);
    }

    static Affinity affinity(SubmissionContent c, Optional<ReviewerProfileForm> p, BidPreference bid, double text,
            Affinity.Weights w) {
        boolean track = p.map(f -> f.trackIds().contains(c.trackId())).orElse(false);
        Set<String> mine = new HashSet<>();
        p.ifPresent(f -> f.keywords().forEach(k -> mine.add(k.strip().toLowerCase(Locale.ROOT))));
        List<String> shared = c.keywords().stream().filter(k -> mine.contains(k.strip().toLowerCase(Locale.ROOT))).toList();
        int smaller = Math.min(mine.size(), c.keywords().size());
        return Affinity.of(bid, track, shared, smaller, text, w);
    }

    /** Whether the reviewer reads the language: as declared (no profile: any), with Scandinavian readers' mutual reading if allowed. */
    static boolean reads(Optional<ReviewerProfileForm> p, AbstractLanguage language, boolean scandinavian) {
        if (p.isEmpty() || p.get().languages().isEmpty() || language == null || language == AbstractLanguage.OTHER) {
            return true;
        }
        Set<AbstractLanguage> l = p.get().languages();
        return l.contains(language)
                || (scandinavian && SCANDINAVIAN.contains(language) && l.stream().anyMatch(SCANDINAVIAN::contains));
    }

    private static String text(SubmissionContent c) {
        return c.title() + " " + c.abstractText() + " " + String.join(" ", c.keywords());
    }

    private static Set<PairKey> pairs(List<String> pairs) {
        Set<PairKey> out = new HashSet<>();
        for (String p : pairs) {
            String[] parts = p.split(":");
            if (parts.length == 2) {
                try {
                    out.add(new PairKey(Long.valueOf(parts[0]), Long.valueOf(parts[1])));
                } catch (NumberFormatException e) {
                    // not a pair: ignored (the page only ever sends ids)
                }
            }
        }
        return out;
    }
}
