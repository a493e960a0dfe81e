package org.samling.identity.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmailTokenTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aResetLinkWorksForTwoHoursAndOnlyOnce() {
        EmailToken t = new EmailToken("h", 1L, TokenPurpose.RESET_PASSWORD, T0);
        assertNull(t.problemAt(T0.plus(Duration.ofMinutes(119))));
        assertEquals("token.expired", t.problemAt(T0.plus(Duration.ofHours(2))));
        t.use(T0.plusSeconds(60));
        assertEquals("token.used", t.problemAt(T0.plusSeconds(61)));
        assertThrows(IllegalStateException.class, () -> t.use(T0.plusSeconds(62)));
    }

    @Test
    void aConfirmationLinkLastsThreeDays() {
        EmailToken t = new EmailToken("h", 1L, TokenPurpose.CONFIRM_EMAIL, T0);
        assertNull(t.problemAt(T0.plus(Duration.ofDays(3)).minusSeconds(1)));
        assertEquals("token.expired", t.problemAt(T0.plus(Duration.ofDays(3))));
    }

    @Test
    void rolesAreGrantedAtTheRightLevel() {
        assertThrows(IllegalArgumentException.class, () -> new RoleGrant(1L, Role.CHAIR, null));
        assertThrows(IllegalArgumentException.class, () -> new RoleGrant(1L, Role.ADMIN, 5L));
        assertEquals(Role.CHAIR, new RoleGrant(1L, Role.CHAIR, 5L).getRole());
    }
}
