package org.samling.identity.model;

import java.time.Instant;

/** The failed log-ins counted for one key: how many, since when, and any block. */
public record LoginThrottleState(int failures, Instant firstFailureAt, Instant lastFailureAt, Instant blockedUntil) {

    public static LoginThrottleState none() {
        return new LoginThrottleState(0, null, null, null);
    }
}
