package org.samling.identity.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where accounts, their roles, tokens and log-in failures are kept. */
public interface Accounts {

    Optional<Account> byId(Long id);

    Optional<Account> byEmail(String email);

    long count();

    /** Names by id, for lists that keep ids (an id with no account is left out). */
    Map<Long, String> namesOf(Collection<Long> ids);

    /** The ids of the accounts whose name or address contains the text, case aside. */
    Set<Long> idsMatching(String text);

    Account add(Account account);

    List<RoleGrant> grantsOf(Long accountId);

    /** The accounts that hold a role in a conference, by name. */
    List<Account> holders(Role role, Long conferenceId);

    /** The site's admins (the role held without a conference). */
    List<Account> admins();

    void grant(RoleGrant grant);

    EmailToken add(EmailToken token);

    Optional<EmailToken> tokenByHash(String hash);

    /** Marks the account's unused links of these purposes used: none of them works any more. */
    void useUpTokens(Long accountId, Collection<TokenPurpose> purposes, Instant now);

    ApiToken add(ApiToken token);

    Optional<ApiToken> apiTokenByHash(String hash);

    Optional<ApiToken> apiToken(Long id);

    /** The account's tokens, newest first, revoked and expired ones too. */
    List<ApiToken> apiTokensOf(Long accountId);

    RecoveryCode add(RecoveryCode code);

    List<RecoveryCode> recoveryCodesOf(Long accountId);

    void removeRecoveryCodes(Long accountId);

    /** The failure record of a key, locked for update; empty if there is none. */
    Optional<LoginFailure> failureForUpdate(String key);

    void add(LoginFailure failure);

    void removeFailure(String key);
}
