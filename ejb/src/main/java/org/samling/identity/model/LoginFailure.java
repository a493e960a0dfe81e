package org.samling.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * Failed log-ins counted per key (an account from an address, or an address alone). Kept in
 * the database, not in memory, so that every server node sees the same count.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @Column(name = "throttle_key", length = 400)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "first_failure_at", nullable = false)
    private Instant firstFailureAt;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Version
    private long version;

    protected LoginFailure() {
    }

    public LoginFailure(String key, Instant now) {
        this.key = key;
        this.firstFailureAt = now;
        this.lastFailureAt = now;
    }

    /** Copies a state that the throttle policy computed. */
    public void apply(LoginThrottleState state) {
        this.failures = state.failures();
        this.firstFailureAt = state.firstFailureAt();
        this.lastFailureAt = state.lastFailureAt();
        this.blockedUntil = state.blockedUntil();
    }

    public LoginThrottleState state() {
        return new LoginThrottleState(failures, firstFailureAt, lastFailureAt, blockedUntil);
    }

    public String getKey() { return key; }
}
