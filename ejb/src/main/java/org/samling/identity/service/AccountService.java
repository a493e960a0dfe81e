package org.samling.identity.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.AccountRegistered;
import org.samling.identity.model.Accounts;
import org.samling.identity.model.Actor;
import org.samling.identity.model.EmailToken;
import org.samling.identity.model.PasswordResetRequested;
import org.samling.identity.model.RegistrationRepeated;
import org.samling.identity.model.Role;
import org.samling.identity.model.RoleGrant;
import org.samling.identity.model.TokenPurpose;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;
import org.samling.shared.DomainException;
import org.samling.shared.Text;
import org.samling.shared.Violations;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Registration, e-mail confirmation, password reset and profile changes. */
@Stateless
public class AccountService {

    /** The links that set a password: a reset asked for, the first admin's. */
    private static final Set<TokenPurpose> PASSWORD_LINKS = Set.of(TokenPurpose.RESET_PASSWORD, TokenPurpose.SET_PASSWORD);
    private static final Set<String> COUNTRIES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));

    @Inject
    Event<Audited> audited;
    @Inject
    Accounts accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    Clock clock;
    @Inject
    Event<AccountRegistered> registered;
    @Inject
    Event<PasswordResetRequested> resetRequested;
    @Inject
    Event<RegistrationRepeated> repeated;
    @Inject
    ApiTokenService apiTokens;

    /**
     * Creates an unconfirmed account and mails the confirmation link (in the same transaction,
     * through the outbox, so the mail cannot be lost once the account exists). For an address that
     * has an account already, nothing is created and its owner is mailed instead; the answer is the
     * same, so the form tells nobody who has an account (empty then).
     */
    public Optional<Account> register(RegistrationForm form) {
        Violations v = new Violations();
        if (form.email() == null || form.email().isBlank()) {
            v.add("email", "field.required");
        } else if (!EmailRules.isValid(form.email())) {
            v.add("email", "email.malformed");
        }
        checkProfile(v, form.name(), form.affiliation(), form.country(), form.language());
        String problem = PasswordPolicy.problem(form.password(), form.email(), form.name());
        if (problem != null) {
            v.add("password", problem, PasswordPolicy.MIN_LENGTH);
        } else if (!form.password().equals(form.passwordRepeat())) {
            v.add("passwordRepeat", "password.mismatch");
        }
        v.throwIfAny();

        Optional<Account> existing = accounts.byEmail(form.email());
        if (existing.isPresent()) {
            Account owner = existing.get();
            repeated.fire(new RegistrationRepeated(owner.getId(), owner.getEmail(), owner.getName(), owner.getLanguage()));
            return Optional.empty();
        }
        Account account = new Account(form.email(), Text.line(form.name()), Text.line(form.affiliation()), form.country(),
                form.language(), hasher.hash(form.password()), clock.instant());
        try {
            accounts.add(account);
        } catch (PersistenceException e) {
            // Two registrations with one address at once: the unique constraint decides, the other one's mail goes.
            return Optional.empty();
        }
        String token = newToken(account, TokenPurpose.CONFIRM_EMAIL);
        registered.fire(new AccountRegistered(account.getId(), account.getEmail(), account.getName(),
                account.getLanguage(), token));
        return Optional.of(account);
    }

    /** Confirms the address behind a link; a used, expired or unknown link is refused. */
    public Account confirmEmail(String token) {
        EmailToken t = usableToken(token, TokenPurpose.CONFIRM_EMAIL);
        t.use(clock.instant());
        Account a = accounts.byId(t.getAccountId()).orElseThrow(() -> new DomainException("token", "token.invalid"));
        a.confirmEmail();
        return a;
    }

    /** Mails a new confirmation link to an unconfirmed account; says nothing about others. */
    public void resendConfirmation(String email) {
        accounts.byEmail(email).filter(a -> !a.isEmailConfirmed()).ifPresent(a -> {
            String token = newToken(a, TokenPurpose.CONFIRM_EMAIL);
            registered.fire(new AccountRegistered(a.getId(), a.getEmail(), a.getName(), a.getLanguage(), token));
        });
    }

    /**
     * Mails a reset link if the address has an account. The answer is the same either way, so
     * the form does not tell strangers who is registered.
     */
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank()) {
            throw new DomainException("email", "field.required");
        }
        if (!EmailRules.isValid(email)) {
            throw new DomainException("email", "email.malformed");
        }
        accounts.byEmail(email).ifPresent(a -> {
            String token = newToken(a, TokenPurpose.RESET_PASSWORD);
            resetRequested.fire(new PasswordResetRequested(a.getId(), a.getEmail(), a.getName(), a.getLanguage(), token));
        });
    }

    /** Checks a reset (or first-admin) link before the form is shown, so an expired one is said at once. */
    public void checkResetToken(String token) {
        usableToken(token, PASSWORD_LINKS);
    }

    /**
     * Sets a new password through a reset link; also confirms the address, which the link proved.
     * Every other password link of the account stops working, every session opened before ends, and,
     * if the person asks, every personal API token is revoked.
     */
    public Account resetPassword(String token, String password, String repeat, boolean revokeTokens) {
        EmailToken t = usableToken(token, PASSWORD_LINKS);
        Account a = accounts.byId(t.getAccountId()).orElseThrow(() -> new DomainException("token", "token.invalid"));
        String problem = PasswordPolicy.problem(password, a.getEmail(), a.getName());
        if (problem != null) {
            throw new DomainException("password", problem, PasswordPolicy.MIN_LENGTH);
        }
        if (!password.equals(repeat)) {
            throw new DomainException("passwordRepeat", "password.mismatch");
        }
        Instant now = clock.instant();
        t.use(now);
        accounts.useUpTokens(a.getId(), PASSWORD_LINKS, now);
        a.changePassword(hasher.hash(password), now);
        a.confirmEmail();
        if (revokeTokens) {
            apiTokens.revokeAll(a.getId());
        }
        return a;
    }

    public Account updateProfile(Actor actor, ProfileForm form) {
        Account a = require(actor);
        Violations v = new Violations();
        checkProfile(v, form.name(), form.affiliation(), form.country(), form.language());
        v.throwIfAny();
        a.updateProfile(Text.line(form.name()), Text.line(form.affiliation()), form.country(), form.language());
        return a;
    }

    public Optional<Account> find(Long id) {
        return accounts.byId(id);
    }

    /** The committee (or the chairs) of a conference: who holds the role there, by name. */
    public List<Account> holders(Role role, Long conferenceId) {
        return accounts.holders(role, conferenceId);
    }

    public Optional<Account> findByEmail(String email) {
        return accounts.byEmail(email);
    }

    /** The account of a logged-in actor; a visitor is refused. */
    public Account require(Actor actor) {
        if (actor == null || actor.isVisitor()) {
            throw new DomainException(null, "auth.required");
        }
        return accounts.byId(actor.accountId()).orElseThrow(() -> new DomainException(null, "auth.required"));
    }

    /** Used by the demo data and by admins: an account that is confirmed from the start. */
    public Account createConfirmed(String email, String name, String affiliation, String country,
            Language language, String password) {
        Account a = new Account(email, name, affiliation, country, language, hasher.hash(password), clock.instant());
        a.confirmEmail();
        return accounts.add(a);
    }

    /** A role given by Samling itself (the demo data, a test's set-up). */
    public void grant(Long accountId, Role role, Long conferenceId) {
        grant(null, accountId, role, conferenceId);
    }

    /** A role given by the account {@code by} (a conference's creator, an invitation accepted), logged. */
    public void grant(Long by, Long accountId, Role role, Long conferenceId) {
        accounts.grant(new RoleGrant(accountId, role, conferenceId));
        audited.fire(Audited.of(AuditKind.ROLE_GRANTED, by, conferenceId).about(accountId).change("role", null, role));
    }

    public long countAccounts() {
        return accounts.count();
    }

    /** The rules for what a person says about themself, at registration and in the profile. */
    private void checkProfile(Violations v, String name, String affiliation, String country, Language language) {
        if (Text.unreadable(name)) {
            v.add("name", "text.unreadable");
        } else if (name == null || Text.line(name).isBlank()) {
            v.add("name", "field.required");
        } else if (name.trim().length() > 200) {
            v.add("name", "field.tooLong", 200);
        }
        if (language == null) {
            v.add("language", "field.required");
        }
        if (affiliation != null && affiliation.trim().length() > 300) {
            v.add("affiliation", "field.tooLong", 300);
        }
        if (country != null && !country.isBlank() && !COUNTRIES.contains(country.trim().toUpperCase(Locale.ROOT))) {
            v.add("country", "country.unknown");
        }
    }

    private String newToken(Account a, TokenPurpose purpose) {
        String token = TokenCodec.newToken();
        accounts.add(new EmailToken(TokenCodec.hash(token), a.getId(), purpose, clock.instant()));
        return token;
    }

    private EmailToken usableToken(String token, TokenPurpose purpose) {
        return usableToken(token, Set.of(purpose));
    }

    private EmailToken usableToken(String token, Set<TokenPurpose> purposes) {
        if (token == null || token.isBlank()) {
            throw new DomainException("token", "token.invalid");
        }
        EmailToken t = accounts.tokenByHash(TokenCodec.hash(token.trim()))
                .filter(x -> purposes.contains(x.getPurpose()))
                .orElseThrow(() -> new DomainException("token", "token.invalid"));
        String problem = t.problemAt(clock.instant());
        if (problem != null) {
            throw new DomainException("token", problem);
        }
        return t;
    }
}
