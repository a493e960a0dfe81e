package org.samling.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A one-time link sent by e-mail. Only the SHA-256 of the token is stored, so a copy of the
 * database does not hand out working links.
 */
@Entity
@Table(name = "email_token")
public class EmailToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected EmailToken() {
    }

    public EmailToken(String tokenHash, Long accountId, TokenPurpose purpose, Instant now) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.purpose = purpose;
        this.expiresAt = now.plus(purpose.validity());
    }

    /** Why a link can no longer be used, or null if it can. */
    public String problemAt(Instant now) {
        if (usedAt != null) {
            return "token.used";
        }
        if (!now.isBefore(expiresAt)) {
            return "token.expired";
        }
        return null;
    }

    public void use(Instant now) {
        if (problemAt(now) != null) {
            throw new IllegalStateException("token cannot be used: " + problemAt(now));
        }
        this.usedAt = now;
    }

    public Long getAccountId() { return accountId; }

    public TokenPurpose getPurpose() { return purpose; }

    public Instant getExpiresAt() { return expiresAt; }
}
