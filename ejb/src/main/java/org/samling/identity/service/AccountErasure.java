package org.samling.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.identity.model.Account;
import org.samling.identity.model.Accounts;
import org.samling.identity.model.ApiToken;
import org.samling.identity.model.TokenPurpose;
import org.samling.shared.PersonErased;

import java.time.Clock;
import java.util.EnumSet;

/**
 * The identity context's part of an erasure: the account takes the pseudonym and can no longer
 * log in; its tokens, recovery codes, pending links and log-in failure counts go.
 */
@ApplicationScoped
public class AccountErasure {

    @Inject
    Accounts accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    Clock clock;

    void on(@Observes PersonErased e) {
        Account a = accounts.byId(e.accountId()).orElseThrow();
        var now = clock.instant();
        accounts.apiTokensOf(a.getId()).stream().filter(t -> t.usableAt(now)).forEach((ApiToken t) -> t.revoke(now));
        accounts.removeRecoveryCodes(a.getId());
        accounts.useUpTokens(a.getId(), EnumSet.allOf(TokenPurpose.class), now);
        accounts.removeFailure(LoginThrottle.accountKey(Account.normaliseEmail(a.getEmail())));
        a.erase(e.pseudonym(), e.pseudonymEmail(), hasher.hash(TokenCodec.newToken()), now);
    }
}
