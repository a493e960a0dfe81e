package org.samling.identity.service;

import org.samling.identity.model.LoginThrottleState;

import java.time.Duration;
import java.time.Instant;

/**
 * How repeated wrong passwords (and second-factor codes) are slowed down and then blocked. Counted
 * per account, from wherever they come (someone guessing one person's password), and per client
 * address across accounts (someone trying many accounts). Only the account's count slows a try:
 * after {@value #SLOW_AFTER} failures each further try on that account waits a little longer, the
 * right password too, and after {@value #ACCOUNT_BLOCK_AFTER} the account's log-in is blocked for
 * {@link #BLOCK}. An address with {@value #ADDRESS_BLOCK_AFTER} failures is refused for that long,
 * whatever it tries; other addresses never wait for it. Failures older than {@link #WINDOW} are
 * forgotten.
 */
public final class LoginThrottle {

    public static final int SLOW_AFTER = 2;
    public static final int ACCOUNT_BLOCK_AFTER = 5;
    public static final int ADDRESS_BLOCK_AFTER = 30;
    public static final Duration STEP = Duration.ofMillis(400);
    public static final Duration MAX_DELAY = Duration.ofSeconds(2);
    public static final Duration BLOCK = Duration.ofMinutes(15);
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    /** The key of an account's passwords, from any address. */
    public static String accountKey(String email) {
        return "acct:" + email;
    }

    /** The key of an account's second-factor codes. */
    public static String codeKey(Long accountId) {
        return "code:" + accountId;
    }

    /** The key of an address, across accounts. */
    public static String addressKey(String address) {
        return "addr:" + address;
    }

    /** Failures that still count at {@code now}; an expired window starts afresh. */
    public static LoginThrottleState current(LoginThrottleState s, Instant now) {
        if (s == null || s.failures() == 0) {
            return LoginThrottleState.none();
        }
        boolean blocked = s.blockedUntil() != null && now.isBefore(s.blockedUntil());
        if (!blocked && !now.isBefore(s.lastFailureAt().plus(WINDOW))) {
            return LoginThrottleState.none();
        }
        return s;
    }

    /** Until when this key is blocked, or null. */
    public static Instant blockedUntil(LoginThrottleState s, Instant now) {
        LoginThrottleState c = current(s, now);
        return c.blockedUntil() != null && now.isBefore(c.blockedUntil()) ? c.blockedUntil() : null;
    }

    /** How long to wait before checking the password, given the failures so far. */
    public static Duration delay(LoginThrottleState s, Instant now) {
        int over = current(s, now).failures() - SLOW_AFTER;
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration d = STEP.multipliedBy(over);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    /** The state after one more failure; blocks when the limit for this kind of key is reached. */
    public static LoginThrottleState afterFailure(LoginThrottleState s, Instant now, int blockAfter) {
        LoginThrottleState c = current(s, now);
        int failures = c.failures() + 1;
        Instant first = c.failures() == 0 ? now : c.firstFailureAt();
        Instant blocked = failures >= blockAfter ? now.plus(BLOCK) : c.blockedUntil();
        return new LoginThrottleState(failures, first, now, blocked);
    }

    /** How many more wrong tries before the block; 0 when blocked. */
    public static int triesLeft(LoginThrottleState s, Instant now) {
        return Math.max(0, ACCOUNT_BLOCK_AFTER - current(s, now).failures());
    }
}
