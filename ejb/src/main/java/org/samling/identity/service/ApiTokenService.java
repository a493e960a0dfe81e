package org.samling.identity.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.identity.model.Access;
import org.samling.identity.model.Account;
import org.samling.identity.model.Accounts;
import org.samling.identity.model.Actor;
import org.samling.identity.model.ApiToken;
import org.samling.identity.model.TokenScope;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens: made by their owner on the profile page (shown once), listed, revoked; and
 * recognised when a script presents one. A token acts as its owner, through the same policies,
 * narrowed by its scope and conference (see {@link Access}).
 */
@Stateless
public class ApiTokenService {

    /** What every token starts with, so that one pasted into the wrong place can be recognised (and scanned for). */
    public static final String PREFIX = "sam_";
    public static final int MAX_DAYS = 365;
    public static final int MAX_ACTIVE = 20;

    @Inject
    Accounts accounts;
    @Inject
    Clock clock;

    /** A token just made: its id, and the token itself, which is never shown again. */
    public record Created(Long id, String token) {
    }

    /** A token as its owner sees it in the list. */
    public record View(Long id, String name, String prefix, TokenScope scope, Long conferenceId, Instant createdAt,
            Instant expiresAt, Instant lastUsedAt, boolean usable) {
    }

    /** Who a presented token acts for, and how far. */
    public record Use(Long accountId, String email, String name, TokenScope scope, Long conferenceId, boolean madeStrong) {
    }

    /**
     * Makes a token for the actor, valid for {@code days} days (1 to {@value #MAX_DAYS}); {@code conferenceId}
     * binds it to one conference (null: any); {@code strongSession} whether the session making it passed the
     * second factor.
     */
    public Created create(Actor actor, String name, TokenScope scope, Long conferenceId, Integer days, boolean strongSession) {
        Account owner = require(actor);
        Violations v = new Violations();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            v.add("name", "field.required");
        } else if (n.length() > 100) {
            v.add("name", "field.tooLong", 100);
        }
        if (scope == null) {
            v.add("scope", "field.required");
        }
        if (days == null) {
            v.add("days", "field.required");
        } else if (days < 1 || days > MAX_DAYS) {
            v.add("days", "field.outOfRange", 1, MAX_DAYS);
        }
        Instant now = clock.instant();
        if (accounts.apiTokensOf(owner.getId()).stream().filter(t -> t.usableAt(now)).count() >= MAX_ACTIVE) {
            v.add(null, "token.tooMany", MAX_ACTIVE);
        }
        v.throwIfAny();
        String token = PREFIX + TokenCodec.newToken();
        ApiToken t = accounts.add(new ApiToken(owner.getId(), n, TokenCodec.hash(token), token.substring(0, 10), scope,
                conferenceId, strongSession && actor.access().elevated(), now, now.plus(Duration.ofDays(days))));
        return new Created(t.getId(), token);
    }

    public List<View> list(Actor actor) {
        Account owner = require(actor);
        Instant now = clock.instant();
        return accounts.apiTokensOf(owner.getId()).stream().map(t -> new View(t.getId(), t.getName(), t.getPrefix(), t.getScope(),
                t.getConferenceId(), t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(), t.usableAt(now))).toList();
    }

    /** Revokes one of the actor's own tokens; another's is "not found". */
    public void revoke(Actor actor, Long id) {
        Account owner = require(actor);
        ApiToken t = accounts.apiToken(id).filter(x -> x.getAccountId().equals(owner.getId()))
                .orElseThrow(() -> new DomainException(null, "token.notFound"));
        t.revoke(clock.instant());
    }

    /** Revokes every token of the account (a password reset, when the person asks it to). */
    public int revokeAll(Long accountId) {
        Instant now = clock.instant();
        List<ApiToken> usable = accounts.apiTokensOf(accountId).stream().filter(t -> t.usableAt(now)).toList();
        usable.forEach(t -> t.revoke(now));
        return usable.size();
    }

    /** The owner and reach of a presented token, if it is one and still usable; notes its use. */
    public Optional<Use> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return accounts.apiTokenByHash(TokenCodec.hash(presented)).filter(t -> t.usableAt(now)).flatMap(t -> {
            t.usedAt(now);
            return accounts.byId(t.getAccountId()).filter(Account::isEmailConfirmed)
                    .map(a -> new Use(a.getId(), a.getEmail(), a.getName(), t.getScope(), t.getConferenceId(), t.isMadeStrong()));
        });
    }

    private Account require(Actor actor) {
        if (actor == null || actor.isVisitor()) {
            throw new DomainException(null, "auth.required");
        }
        return accounts.byId(actor.accountId()).orElseThrow(() -> new DomainException(null, "auth.required"));
    }
}
