package org.samling.identity.service;

import jakarta.enterprise.context.RequestScoped;

/**
 * Carries the detailed outcome of a log-in through Jakarta Security, whose identity store can
 * only say valid or invalid, to the page that explains it (wrong, blocked, unconfirmed).
 */
@RequestScoped
public class LoginOutcomeHolder {

    private LoginOutcome outcome;

    public LoginOutcome get() {
        return outcome;
    }

    public void set(LoginOutcome outcome) {
        this.outcome = outcome;
    }
}
