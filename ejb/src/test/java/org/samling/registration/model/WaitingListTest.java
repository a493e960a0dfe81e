package org.samling.registration.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WaitingListTest {

    private static Pick pick(PickState state, long second) {
        return new Pick(1L, 1L, 0, 1L, 1L, 1, state, Instant.EPOCH.plusSeconds(second));
    }

    @Test
    void aFreedSeatGoesToTheEarliestWaitingAndNoMoreThanTheSeats() {
        Pick seated = pick(PickState.CONFIRMED, 1);
        Pick later = pick(PickState.WAITING, 30);
        Pick first = pick(PickState.WAITING, 10);
        Pick second = pick(PickState.WAITING, 20);
        List<Pick> live = List.of(seated, later, first, second);

        assertEquals(List.of(first), WaitingList.toSeat(live, 2), "one free seat: the first who came");
        assertEquals(List.of(first, second), WaitingList.toSeat(live, 3));
        assertEquals(List.of(), WaitingList.toSeat(live, 1), "full: nobody moves up");
        assertEquals(List.of(), WaitingList.toSeat(live, 0),
                "seats lowered below the seated: nobody moves up, nobody is put out");
        assertEquals(List.of(first, second, later), WaitingList.toSeat(live, null), "no limit: everyone");
    }

    @Test
    void positionsCountFromTheFirstWaiting() {
        Pick seated = pick(PickState.CONFIRMED, 1);
        Pick b = pick(PickState.WAITING, 20);
        Pick a = pick(PickState.WAITING, 10);
        List<Pick> live = List.of(seated, b, a);

        assertEquals(1, WaitingList.position(live, a));
        assertEquals(2, WaitingList.position(live, b));
        assertEquals(0, WaitingList.position(live, seated));
    }
}
