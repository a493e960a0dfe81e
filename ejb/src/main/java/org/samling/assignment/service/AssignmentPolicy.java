package org.samling.assignment.service;

import org.samling.assignment.model.AssignmentChange;
import org.samling.review.model.AssignmentState;
import org.samling.review.model.BidPreference;
import org.samling.review.service.ConflictService.PairKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a plan may do to a conference's assignments, decided here for every source (by hand, CSV,
 * automatic): a reviewer must be on the committee and free of conflict with the submission, the
 * submission under review, no pair twice, no submitted review taken away, nobody above their
 * maximum load. An unwilling bid is only a warning: the chair may know better.
 */
public final class AssignmentPolicy {

    private AssignmentPolicy() {
    }

    /** What the policy looks at: the conference as it stands. */
    public record Snapshot(Set<Long> underReview, Map<Long, Integer> maxLoads, Set<PairKey> conflicts,
            Map<PairKey, AssignmentState> assigned, Map<PairKey, BidPreference> bids) {
    }

    public enum Level {
        ERROR, WARNING
    }

    /** One thing the chair should know about a change: an error stops the plan, a warning does not. */
    public record Finding(Level level, String messageKey, Object... args) {

        public boolean isError() { return level == Level.ERROR; }
    }

    /** The findings for each change of the plan, in its order, and each reviewer's load after it. */
    public record Checked(List<List<Finding>> findings, Map<Long, Integer> loadsAfter) {

        public boolean applicable() {
            return findings.stream().flatMap(List::stream).noneMatch(Finding::isError);
        }
    }

    public static Checked check(List<AssignmentChange> changes, Snapshot s) {
        Map<Long, Integer> loads = new HashMap<>();
        s.maxLoads().keySet().forEach(a -> loads.put(a, 0));
        s.assigned().keySet().forEach(k -> loads.merge(k.accountId(), 1, Integer::sum));
        Set<PairKey> seen = new HashSet<>();
        List<List<Finding>> all = new ArrayList<>();
        for (AssignmentChange c : changes) {
            List<Finding> f = new ArrayList<>();
            PairKey key = new PairKey(c.submissionId(), c.accountId());
            if (!seen.add(key)) {
                f.add(new Finding(Level.ERROR, "assignment.duplicate"));
                all.add(f);
                continue;
            }
            boolean member = s.maxLoads().containsKey(c.accountId());
            if (!member) {
                f.add(new Finding(Level.ERROR, "assignment.notMember"));
            }
            if (c.kind() == AssignmentChange.Kind.ADD) {
                if (!s.underReview().contains(c.submissionId())) {
                    f.add(new Finding(Level.ERROR, "assignment.notUnderReview"));
                }
                if (s.assigned().containsKey(key)) {
                    f.add(new Finding(Level.ERROR, "assignment.alreadyAssigned"));
                }
                if (s.conflicts().contains(key)) {
                    f.add(new Finding(Level.ERROR, "assignment.conflict"));
                }
                if (member && f.isEmpty()) {
                    int load = loads.merge(c.accountId(), 1, Integer::sum);
                    int max = s.maxLoads().get(c.accountId());
                    if (load > max) {
                        f.add(new Finding(Level.ERROR, "assignment.overLoad", load, max));
                    }
                }
                BidPreference bid = s.bids().get(key);
                if (bid == BidPreference.UNWILLING) {
                    f.add(new Finding(Level.WARNING, "assignment.unwilling"));
                }
            } else {
                AssignmentState state = s.assigned().get(key);
                if (state == null) {
                    f.add(new Finding(Level.ERROR, "assignment.notAssigned"));
                } else if (!state.removable()) {
                    f.add(new Finding(Level.ERROR, "assignment.reviewSubmitted"));
                } else {
                    loads.merge(c.accountId(), -1, Integer::sum);
                    if (state == AssignmentState.DRAFTED) {
                        f.add(new Finding(Level.WARNING, "assignment.draftDropped"));
                    }
                }
            }
            all.add(f);
        }
        return new Checked(all, loads);
    }
}
