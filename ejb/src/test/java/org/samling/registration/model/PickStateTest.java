package org.samling.registration.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PickStateTest {

    @Test
    void aWaitingPickIsPromotedAndACancelledOneGoesNowhere() {
        Pick p = new Pick(1L, 2L, 0, 3L, 4L, 1, PickState.WAITING, Instant.EPOCH);
        p.moveTo(PickState.CONFIRMED);
        assertEquals(PickState.CONFIRMED, p.getState());
        assertThrows(IllegalStateException.class, () -> p.moveTo(PickState.WAITING), "a seat is not given back to the queue");
        p.moveTo(PickState.CANCELLED);
        assertThrows(IllegalStateException.class, () -> p.moveTo(PickState.CONFIRMED));
        assertFalse(PickState.CANCELLED.live());
        assertTrue(PickState.RANKED.canMoveTo(PickState.NOT_GIVEN));
        assertFalse(PickState.NOT_GIVEN.canMoveTo(PickState.CONFIRMED));
    }
}
