package org.samling.program.service;

import org.junit.jupiter.api.Test;
import org.samling.program.model.BlockKind;
import org.samling.program.model.Clash;
import org.samling.program.model.ClashKind;
import org.samling.program.model.ProgramSnapshot;
import org.samling.submission.model.SubmissionState;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramPolicyTest {

    private final ProgramPolicy policy = new ProgramPolicy();

    private static ProgramSnapshot programme() {
        return new ProgramSnapshot(
                List.of(new ProgramSnapshot.BlockView(1, LocalDate.of(2026, 12, 27), LocalTime.of(9, 0), LocalTime.of(10, 30),
                        BlockKind.PARALLEL, "Papers")),
                List.of(), List.of(new ProgramSnapshot.SessionView(5, 1, null, "Skolen og familien", null, null, false, List.of(
                        new ProgramSnapshot.ItemView(50, 7L, "Socialrådgiveren som brobygger", List.of("Søren Højgaard"), null,
                                20, false),
                        new ProgramSnapshot.ItemView(51, null, "Velkommen", List.of(), null, 5, false),
                        new ProgramSnapshot.ItemView(52, 8L, "Barns röst", List.of("Maria Ek"), null, 20, false)))),
                List.of());
    }

    @Test
    void aPlacedSubmissionWithdrawnSinceIsFlaggedAndHoldsTheReleaseBack() {
        List<Clash> clashes = policy.notAccepted(programme(),
                Map.of(7L, SubmissionState.WITHDRAWN, 8L, SubmissionState.ACCEPTED));

        assertEquals(1, clashes.size());
        assertEquals(ClashKind.NOT_ACCEPTED, clashes.get(0).kind());
        assertEquals(List.of("Socialrådgiveren som brobygger", "Skolen og familien"), clashes.get(0).args());
        assertEquals(List.of(5L), clashes.get(0).sessionIds());
        assertEquals(clashes, policy.blockingPublication(clashes));
    }

    @Test
    void aRoomThatMayBeTooSmallDoesNotHoldTheReleaseBack() {
        Clash small = new Clash(ClashKind.ROOM_TOO_SMALL, List.of(5L), List.of("Sal A", "10", "12", "Papers"));
        Clash overrun = new Clash(ClashKind.OVERRUN, List.of(5L), List.of("Papers", "5", "95", "90"));

        assertEquals(List.of(overrun), policy.blockingPublication(List.of(small, overrun)));
    }

    @Test
    void onlyWhatTheLatestReleaseHoldsIsNoLongerBlind() {
        assertTrue(policy.canSeeAuthors(programme(), 7L));
        assertFalse(policy.canSeeAuthors(programme(), 9L), "not in the release");
        assertFalse(policy.canSeeAuthors(null, 7L), "nothing published");
    }
}
