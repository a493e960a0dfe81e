package org.samling.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * A personal token for scripts using the API in a person's name (Authorization: Bearer). Only its
 * SHA-256 is kept (a copy of the database hands out no working token) and the first characters,
 * so that its owner can tell tokens apart. It works until it expires or is revoked; whether it
 * was made in a session that had passed the second factor decides whether it carries chair and
 * admin powers where the site requires that factor.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** Used at most this often is written down: a script calling every second does not write every second. */
    public static final Duration LAST_USED_GRAIN = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 16)
    private String prefix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TokenScope scope;

    @Column(name = "conference_id")
    private Long conferenceId;

    @Column(name = "made_strong", nullable = false)
    private boolean madeStrong;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(Long accountId, String name, String tokenHash, String prefix, TokenScope scope, Long conferenceId,
            boolean madeStrong, Instant now, Instant expiresAt) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.scope = scope;
        this.conferenceId = conferenceId;
        this.madeStrong = madeStrong;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** Notes a use, at most once a {@link #LAST_USED_GRAIN}; true if anything changed. */
    public boolean usedAt(Instant now) {
        if (lastUsedAt != null && now.isBefore(lastUsedAt.plus(LAST_USED_GRAIN))) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() { return id; }

    public Long getAccountId() { return accountId; }

    public String getName() { return name; }

    public String getPrefix() { return prefix; }

    public TokenScope getScope() { return scope; }

    public Long getConferenceId() { return conferenceId; }

    public boolean isMadeStrong() { return madeStrong; }

    public Instant getCreatedAt() { return createdAt; }

    public Instant getExpiresAt() { return expiresAt; }

    public Instant getLastUsedAt() { return lastUsedAt; }

    public Instant getRevokedAt() { return revokedAt; }
}
