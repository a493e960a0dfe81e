package org.samling.identity.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.identity.model.Account;
import org.samling.identity.model.Accounts;
import org.samling.identity.model.LoginFailure;
import org.samling.identity.model.LoginThrottleState;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a password with the throttle of {@link LoginThrottle}: a blocked account or address is
 * refused before the password is looked at, an account's repeated failures make its next tries
 * wait a little (an address's failures never delay anyone else), and the counts live in the
 * database so every node sees them.
 */
@Stateless
public class LoginService {

    @Inject
    Event<Audited> audited;
    @Inject
    Accounts accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    IdentityPolicy policy;
    @Inject
    Clock clock;

    public LoginOutcome authenticate(String email, String password, String address) {
        String normalised = Account.normaliseEmail(email == null ? "" : email);
        String addr = address == null ? "unknown" : address;
        Instant now = clock.instant();
        String accountKey = LoginThrottle.accountKey(normalised);
        String addressKey = LoginThrottle.addressKey(addr);

        Optional<LoginFailure> byAccount = accounts.failureForUpdate(accountKey);
        Optional<LoginFailure> byAddress = accounts.failureForUpdate(addressKey);
        LoginThrottleState accountState = byAccount.map(LoginFailure::state).orElse(null);
        LoginThrottleState addressState = byAddress.map(LoginFailure::state).orElse(null);

        Instant blocked = later(LoginThrottle.blockedUntil(accountState, now), LoginThrottle.blockedUntil(addressState, now));
        if (blocked != null) {
            failed(accounts.byEmail(normalised), "blocked");
            return new LoginOutcome.Blocked(blocked);
        }
        pause(LoginThrottle.delay(accountState, now));

        Optional<Account> account = accounts.byEmail(normalised);
        boolean passwordRight = hasher.verify(password == null ? "" : password,
                account.map(Account::getPasswordHash).orElse(null)) && account.isPresent();
        if (!passwordRight) {
            LoginThrottleState p = record(byAccount, accountKey, accountState, now, LoginThrottle.ACCOUNT_BLOCK_AFTER);
            record(byAddress, addressKey, addressState, now, LoginThrottle.ADDRESS_BLOCK_AFTER);
            failed(account, account.isPresent() ? "wrongPassword" : "unknownAddress");
            return new LoginOutcome.WrongCredentials(LoginThrottle.triesLeft(p, now));
        }
        Account a = account.get();
        if (!a.isEmailConfirmed()) {
            return new LoginOutcome.Unconfirmed(a.getEmail());
        }
        accounts.removeFailure(accountKey);
        audited.fire(Audited.of(AuditKind.LOGIN, a.getId(), null));
        return new LoginOutcome.Success(a.getId(), a.getEmail(), policy.groupsOf(a.getId()));
    }

    /** A refused log-in: about the account if the address has one (an unknown address is not kept). */
    private void failed(Optional<Account> account, String reason) {
        audited.fire(Audited.of(AuditKind.LOGIN_FAILED, null, null).about(account.map(Account::getId).orElse(null))
                .change("reason", null, reason));
    }

    private LoginThrottleState record(Optional<LoginFailure> existing, String key, LoginThrottleState state,
            Instant now, int blockAfter) {
        LoginThrottleState next = LoginThrottle.afterFailure(state, now, blockAfter);
        LoginFailure f = existing.orElseGet(() -> {
            LoginFailure created = new LoginFailure(key, now);
            accounts.add(created);
            return created;
        });
        f.apply(next);
        return next;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static void pause(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
