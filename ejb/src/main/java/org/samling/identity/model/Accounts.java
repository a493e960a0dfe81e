package org.samling.identity.model;

import java.util.List;
import java.util.Optional;

/** Where accounts, their roles, tokens and log-in failures are kept. */
public interface Accounts {

    Optional<Account> byId(Long id);

    Optional<Account> byEmail(String email);

    long count();

    Account add(Account account);

    List<RoleGrant> grantsOf(Long accountId);

    /** The accounts that hold a role in a conference, by name. */
    List<Account> holders(Role role, Long conferenceId);

    void grant(RoleGrant grant);

    EmailToken add(EmailToken token);

    Optional<EmailToken> tokenByHash(String hash);

    /** The failure record of a key, locked for update; empty if there is none. */
    Optional<LoginFailure> failureForUpdate(String key);

    void add(LoginFailure failure);

    void removeFailure(String key);
}
