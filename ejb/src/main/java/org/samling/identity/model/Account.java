package org.samling.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.samling.i18n.Language;

import java.time.Instant;
import java.util.Locale;

/** A person who can log in: author by default; other roles come from {@link RoleGrant}s. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 320)
    private String email;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 300)
    private String affiliation;

    /** ISO 3166-1 alpha-2. */
    @Column(length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private Language language;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "email_confirmed", nullable = false)
    private boolean emailConfirmed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The shared secret of the person's authenticator app (RFC 6238), once enrolment is confirmed. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "second_factor_since")
    private Instant secondFactorSince;

    /** The time step of the last code accepted: a code is good once. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** Sessions opened before this instant are over (a password was reset or changed). */
    @Column(name = "sessions_valid_after")
    private Instant sessionsValidAfter;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String email, String name, String affiliation, String country, Language language,
            String passwordHash, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.name = name.trim();
        this.affiliation = blankToNull(affiliation);
        this.country = country == null ? null : country.toUpperCase(Locale.ROOT);
        this.language = language;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    /** E-mail addresses are compared without regard to case or surrounding spaces. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public void confirmEmail() {
        this.emailConfirmed = true;
    }

    /** A new password ends every session opened before it. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.sessionsValidAfter = now;
    }

    /**
     * Erases the person from the account: name and address become the pseudonym, affiliation and
     * country go, the password is one nobody knows, the second factor is off and every session ends.
     * The row stays, so reviews and log entries keep pointing at the same (now anonymous) account.
     */
    public void erase(String pseudonym, String pseudonymEmail, String unknownPasswordHash, Instant now) {
        this.name = pseudonym;
        this.email = pseudonymEmail;
        this.affiliation = null;
        this.country = null;
        this.emailConfirmed = false;
        disableSecondFactor();
        changePassword(unknownPasswordHash, now);
    }

    public void enableSecondFactor(String secret, Instant now) {
        this.totpSecret = secret;
        this.secondFactorSince = now;
    }

    public void disableSecondFactor() {
        this.totpSecret = null;
        this.secondFactorSince = null;
        this.totpLastStep = null;
    }

    /** Takes the code of this time step if no code of it or a later one was taken before. */
    public boolean takeStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public String getTotpSecret() { return totpSecret; }

    public Instant getSecondFactorSince() { return secondFactorSince; }

    /** Whether a session whose log-in was at this instant may go on. */
    public boolean sessionValid(Instant loggedInAt) {
        return sessionsValidAfter == null || (loggedInAt != null && !loggedInAt.isBefore(sessionsValidAfter));
    }

    public void updateProfile(String name, String affiliation, String country, Language language) {
        this.name = name.trim();
        this.affiliation = blankToNull(affiliation);
        this.country = country == null || country.isBlank() ? null : country.toUpperCase(Locale.ROOT);
        this.language = language;
    }

    public Long getId() { return id; }

    public String getEmail() { return email; }

    public String getName() { return name; }

    public String getAffiliation() { return affiliation; }

    public String getCountry() { return country; }

    public Language getLanguage() { return language; }

    public String getPasswordHash() { return passwordHash; }

    public boolean isEmailConfirmed() { return emailConfirmed; }

    public Instant getCreatedAt() { return createdAt; }

    public long getVersion() { return version; }
}
