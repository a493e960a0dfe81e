package org.samling.identity.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.identity.model.Account;
import org.samling.identity.model.Accounts;
import org.samling.identity.model.Actor;
import org.samling.identity.model.LoginFailure;
import org.samling.identity.model.LoginThrottleState;
import org.samling.identity.model.RecoveryCode;
import org.samling.platform.SiteSettings;
import org.samling.shared.DomainException;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The second factor (TOTP, RFC 6238): enrolment with a QR code and ten recovery codes shown once,
 * the code asked after the password, throttled like passwords, and the site's rule that chairs
 * and admins must have one before their powers count.
 */
@Stateless
public class SecondFactorService {

    public static final int RECOVERY_CODES = 10;

    @Inject
    Accounts accounts;
    @Inject
    IdentityPolicy policy;
    @Inject
    SiteSettings settings;
    @Inject
    Clock clock;

    /** What the enrolment page shows: the secret (also typed by hand), the app's address and its QR code. */
    public record Enrolment(String secret, String uri, String qrDataUri) implements Serializable {
    }

    public Enrolment start(Actor actor) {
        Account a = require(actor);
        String secret = Totp.newSecret();
        return new Enrolment(secret, Totp.uri(secret, a.getEmail()), Totp.qrDataUri(secret, a.getEmail()));
    }

    /** Turns the factor on once the app shows the right code for the secret; the recovery codes, shown once. */
    public List<String> confirm(Actor actor, String secret, String code) {
        Account a = require(actor);
        if (secret == null || !secret.matches("[A-Z2-7]{32}")) {
            throw new DomainException("code", "secondFactor.startAgain");
        }
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            throw new DomainException("code", "secondFactor.wrongCode");
        }
        a.enableSecondFactor(secret, clock.instant());
        a.takeStep(step.getAsLong());
        return newRecoveryCodes(a);
    }

    /** New recovery codes for a code from the app; the old ones stop working. */
    public List<String> renewRecoveryCodes(Actor actor, String code) {
        Account a = require(actor);
        if (!a.hasSecondFactor() || !(check(a, code) instanceof LoginOutcome.Success)) {
            throw new DomainException("code", "secondFactor.wrongCode");
        }
        return newRecoveryCodes(a);
    }

    /** Turns the factor off, for a right code, unless the site requires it of this person. */
    public void disable(Actor actor, String code) {
        Account a = require(actor);
        if (required(a.getId())) {
            throw new DomainException(null, "secondFactor.requiredForRole");
        }
        if (!(check(a, code) instanceof LoginOutcome.Success)) {
            throw new DomainException("code", "secondFactor.wrongCode");
        }
        a.disableSecondFactor();
        accounts.removeRecoveryCodes(a.getId());
    }

    /**
     * Checks the code typed after the password: the app's (once per step) or an unused recovery code
     * (used up). Counted like passwords: repeated wrong codes wait, then block the account's codes.
     */
    public LoginOutcome verify(Long accountId, String code) {
        Account a = accounts.byId(accountId).orElseThrow(() -> new DomainException(null, "auth.required"));
        return check(a, code);
    }

    private LoginOutcome check(Account a, String code) {
        Instant now = clock.instant();
        String key = LoginThrottle.codeKey(a.getId());
        Optional<LoginFailure> failure = accounts.failureForUpdate(key);
        LoginThrottleState state = failure.map(LoginFailure::state).orElse(null);
        Instant blocked = LoginThrottle.blockedUntil(state, now);
        if (blocked != null) {
            return new LoginOutcome.Blocked(blocked);
        }
        OptionalLong step = a.hasSecondFactor() ? Totp.matchingStep(a.getTotpSecret(), code, now) : OptionalLong.empty();
        boolean right = step.isPresent() ? a.takeStep(step.getAsLong()) : useRecoveryCode(a, code, now);
        if (right) {
            accounts.removeFailure(key);
            return new LoginOutcome.Success(a.getId(), a.getEmail(), policy.groupsOf(a.getId()));
        }
        LoginThrottleState next = LoginThrottle.afterFailure(state, now, LoginThrottle.ACCOUNT_BLOCK_AFTER);
        failure.orElseGet(() -> {
            LoginFailure made = new LoginFailure(key, now);
            accounts.add(made);
            return made;
        }).apply(next);
        return new LoginOutcome.WrongCredentials(LoginThrottle.triesLeft(next, now));
    }

    private boolean useRecoveryCode(Account a, String code, Instant now) {
        String hash = TokenCodec.hash(Totp.normaliseRecoveryCode(code));
        Optional<RecoveryCode> match = accounts.recoveryCodesOf(a.getId()).stream()
                .filter(c -> c.unused() && c.getCodeHash().equals(hash)).findFirst();
        match.ifPresent(c -> c.use(now));
        return match.isPresent();
    }

    private List<String> newRecoveryCodes(Account a) {
        accounts.removeRecoveryCodes(a.getId());
        List<String> codes = Totp.newRecoveryCodes(RECOVERY_CODES);
        codes.forEach(c -> accounts.add(new RecoveryCode(a.getId(), TokenCodec.hash(Totp.normaliseRecoveryCode(c)))));
        return codes;
    }

    public boolean enrolled(Long accountId) {
        return accounts.byId(accountId).map(Account::hasSecondFactor).orElse(false);
    }

    /** Whether the site asks this person for a second factor before chair and admin powers count. */
    public boolean required(Long accountId) {
        return policy.needsSecondFactor(accountId, settings.flag(SiteSettings.SECOND_FACTOR_FOR_CHAIRS));
    }

    public boolean requiredForChairs() {
        return settings.flag(SiteSettings.SECOND_FACTOR_FOR_CHAIRS);
    }

    /** An admin sets whether chairs and admins must have a second factor; she needs one herself first (or she locks herself out). */
    public void requireForChairs(Actor actor, boolean required) {
        if (!policy.canEnterAdminArea(actor)) {
            throw new DomainException(null, "auth.forbidden");
        }
        if (required && !enrolled(actor.accountId())) {
            throw new DomainException("required", "siteSecurity.enrolFirst");
        }
        settings.set(SiteSettings.SECOND_FACTOR_FOR_CHAIRS, Boolean.toString(required));
    }

    private Account require(Actor actor) {
        if (actor == null || actor.isVisitor()) {
            throw new DomainException(null, "auth.required");
        }
        return accounts.byId(actor.accountId()).orElseThrow(() -> new DomainException(null, "auth.required"));
    }
}
