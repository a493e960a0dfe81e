package org.samling.identity.service;

import org.junit.jupiter.api.Test;
import org.samling.identity.model.LoginThrottleState;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-15T22:00:00Z");

    private static LoginThrottleState fail(int times, Instant at) {
        LoginThrottleState s = LoginThrottleState.none();
        for (int i = 0; i < times; i++) {
            s = LoginThrottle.afterFailure(s, at, LoginThrottle.ACCOUNT_BLOCK_AFTER);
        }
        return s;
    }

    @Test
    void firstTriesAreNotSlowedThenEachWaitsLongerUpToTheCap() {
        assertEquals(Duration.ZERO, LoginThrottle.delay(fail(2, T0), T0));
        assertEquals(Duration.ofMillis(400), LoginThrottle.delay(fail(3, T0), T0));
        assertEquals(Duration.ofMillis(800), LoginThrottle.delay(fail(4, T0), T0));
        LoginThrottleState many = LoginThrottleState.none();
        for (int i = 0; i < 15; i++) {
            many = LoginThrottle.afterFailure(many, T0, LoginThrottle.ADDRESS_BLOCK_AFTER);
        }
        assertEquals(LoginThrottle.MAX_DELAY, LoginThrottle.delay(many, T0));
    }

    @Test
    void theFifthFailureBlocksSoTheSixthTryIsRefusedForFifteenMinutes() {
        assertNull(LoginThrottle.blockedUntil(fail(4, T0), T0));
        assertEquals(1, LoginThrottle.triesLeft(fail(4, T0), T0));
        LoginThrottleState five = fail(5, T0);
        assertEquals(T0.plus(Duration.ofMinutes(15)), LoginThrottle.blockedUntil(five, T0.plusSeconds(1)));
        assertEquals(0, LoginThrottle.triesLeft(five, T0));
        assertNull(LoginThrottle.blockedUntil(five, T0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void oldFailuresAreForgottenAfterTheWindow() {
        LoginThrottleState three = fail(3, T0);
        Instant later = T0.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertEquals(0, LoginThrottle.current(three, later).failures());
        LoginThrottleState afterBreak = LoginThrottle.afterFailure(three, later, LoginThrottle.ACCOUNT_BLOCK_AFTER);
        assertEquals(1, afterBreak.failures());
        assertEquals(later, afterBreak.firstFailureAt());
    }

    @Test
    void anAddressIsBlockedOnlyAfterManyFailuresAcrossAccounts() {
        LoginThrottleState s = LoginThrottleState.none();
        for (int i = 0; i < LoginThrottle.ADDRESS_BLOCK_AFTER - 1; i++) {
            s = LoginThrottle.afterFailure(s, T0, LoginThrottle.ADDRESS_BLOCK_AFTER);
        }
        assertNull(LoginThrottle.blockedUntil(s, T0));
        s = LoginThrottle.afterFailure(s, T0, LoginThrottle.ADDRESS_BLOCK_AFTER);
        assertNotNull(LoginThrottle.blockedUntil(s, T0));
        assertTrue(LoginThrottle.accountKey("a@b.dk").startsWith("acct:"));
        assertTrue(LoginThrottle.codeKey(7L).startsWith("code:"));
    }
}
