package org.samling.assignment.service;

import org.junit.jupiter.api.Test;
import org.samling.assignment.model.AssignmentChange;
import org.samling.review.model.AssignmentState;
import org.samling.review.model.BidPreference;
import org.samling.review.service.ConflictService.PairKey;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules every assignment change passes, whatever made it: by hand, CSV or automatic. */
class AssignmentPolicyTest {

    private static final long ASA = 1, LARS = 2, OUTSIDER = 9;
    private static final long PAPER = 10, WORKSHOP = 11, DRAFT = 12;

    private static AssignmentPolicy.Snapshot snapshot(Map<PairKey, AssignmentState> assigned) {
        return new AssignmentPolicy.Snapshot(Set.of(PAPER, WORKSHOP), Map.of(ASA, 1, LARS, 3),
                Set.of(new PairKey(WORKSHOP, LARS)), assigned,
                Map.of(new PairKey(PAPER, LARS), BidPreference.UNWILLING));
    }

    private static List<String> keys(AssignmentPolicy.Checked c, int line) {
        return c.findings().get(line).stream().map(AssignmentPolicy.Finding::messageKey).toList();
    }

    @Test
    void aConflictedPairCannotBeAssignedAndBlocksTheWholePlan() {
        AssignmentPolicy.Checked c = AssignmentPolicy.check(List.of(AssignmentChange.add(PAPER, ASA),
                AssignmentChange.add(WORKSHOP, LARS)), snapshot(Map.of()));
        assertEquals(List.of(), keys(c, 0));
        assertEquals(List.of("assignment.conflict"), keys(c, 1));
        assertFalse(c.applicable());
    }

    @Test
    void theMaximumLoadCountsWhatIsAssignedAndWhatThePlanAdds() {
        AssignmentPolicy.Checked c = AssignmentPolicy.check(List.of(AssignmentChange.add(PAPER, ASA),
                AssignmentChange.add(WORKSHOP, ASA)), snapshot(Map.of()));
        assertEquals(List.of(), keys(c, 0));
        assertEquals(List.of("assignment.overLoad"), keys(c, 1));
        assertEquals(2, c.loadsAfter().get(ASA));
        // Taking one away first makes room.
        AssignmentPolicy.Checked swap = AssignmentPolicy.check(List.of(AssignmentChange.remove(PAPER, ASA),
                AssignmentChange.add(WORKSHOP, ASA)), snapshot(Map.of(new PairKey(PAPER, ASA), AssignmentState.ASSIGNED)));
        assertTrue(swap.applicable());
        assertEquals(1, swap.loadsAfter().get(ASA));
    }

    @Test
    void outsidersDraftsDuplicatesAndRepeatsAreErrors() {
        AssignmentPolicy.Checked c = AssignmentPolicy.check(List.of(AssignmentChange.add(PAPER, OUTSIDER),
                AssignmentChange.add(DRAFT, LARS), AssignmentChange.add(PAPER, LARS), AssignmentChange.add(PAPER, LARS),
                AssignmentChange.add(WORKSHOP, ASA)), snapshot(Map.of(new PairKey(WORKSHOP, ASA), AssignmentState.ASSIGNED)));
        assertEquals(List.of("assignment.notMember"), keys(c, 0));
        assertEquals(List.of("assignment.notUnderReview"), keys(c, 1));
        assertEquals(List.of("assignment.unwilling"), keys(c, 2), "an unwilling bid is a warning only");
        assertFalse(c.findings().get(2).get(0).isError());
        assertEquals(List.of("assignment.duplicate"), keys(c, 3));
        assertEquals(List.of("assignment.alreadyAssigned"), keys(c, 4));
    }

    @Test
    void aSubmittedReviewIsNeverTakenAwayAndADraftOnlyWithAWarning() {
        AssignmentPolicy.Checked c = AssignmentPolicy.check(List.of(AssignmentChange.remove(PAPER, ASA),
                AssignmentChange.remove(PAPER, LARS), AssignmentChange.remove(WORKSHOP, ASA)),
                snapshot(Map.of(new PairKey(PAPER, ASA), AssignmentState.SUBMITTED,
                        new PairKey(PAPER, LARS), AssignmentState.DRAFTED)));
        assertEquals(List.of("assignment.reviewSubmitted"), keys(c, 0));
        assertEquals(List.of("assignment.draftDropped"), keys(c, 1));
        assertFalse(c.findings().get(1).get(0).isError());
        assertEquals(List.of("assignment.notAssigned"), keys(c, 2));
    }
}
