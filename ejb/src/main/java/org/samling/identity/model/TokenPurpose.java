package org.samling.identity.model;

import java.time.Duration;

/** What a one-time e-mail link is for, and how long it stays valid. */
public enum TokenPurpose {

    CONFIRM_EMAIL(Duration.ofDays(3)), RESET_PASSWORD(Duration.ofHours(2)),
    /** The first admin's link to choose a password: an account made without one. */
    SET_PASSWORD(Duration.ofHours(1));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
