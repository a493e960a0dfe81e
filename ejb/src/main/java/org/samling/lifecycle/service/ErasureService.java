package org.samling.lifecycle.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.identity.model.Account;
import org.samling.identity.model.Accounts;
import org.samling.identity.model.Actor;
import org.samling.identity.service.PasswordHasher;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;
import org.samling.shared.DomainException;
import org.samling.shared.PersonErased;

/**
 * Erases a person, at their own request (with their password) or an admin's (on a request the
 * person made elsewhere). Every context replaces what it holds about them with a stable
 * pseudonym in this one transaction ({@link PersonErased}); reviews, scores and decisions stay.
 * The log says that an account was erased, by whom, and whether published authorships were kept,
 * and nothing of who the person was.
 */
@Stateless
public class ErasureService {

    @Inject
    Accounts accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    LifecyclePolicy policy;
    @Inject
    Event<PersonErased> erased;
    @Inject
    Event<Audited> audited;

    /** The person erases their own account; an accepted submission keeps them as its author (a public record). */
    public String eraseSelf(Actor actor, String password) {
        if (actor == null || actor.isVisitor()) {
            throw new DomainException(null, "auth.required");
        }
        if (!policy.canEraseSelf(actor)) {
            throw new DomainException(null, "auth.forbidden");
        }
        Account a = accounts.byId(actor.accountId()).orElseThrow(() -> new DomainException(null, "auth.forbidden"));
        if (password == null || password.isEmpty()) {
            throw new DomainException("password", "field.required");
        }
        if (!hasher.verify(password, a.getPasswordHash())) {
            throw new DomainException("password", "erasure.wrongPassword");
        }
        return erase(a, actor.accountId(), true);
    }

    /** An admin erases the account with this address; {@code keepPublishedAuthors} as the person asked. */
    public String eraseByAdmin(Actor admin, String email, boolean keepPublishedAuthors) {
        if (!policy.canEraseOthers(admin)) {
            throw new DomainException(null, "auth.forbidden");
        }
        if (email == null || email.isBlank()) {
            throw new DomainException("email", "field.required");
        }
        Account a = accounts.byEmail(email).orElseThrow(() -> new DomainException("email", "erasure.noAccount"));
        return erase(a, admin.accountId(), keepPublishedAuthors);
    }

    private String erase(Account a, Long by, boolean keepPublishedAuthors) {
        if (isErased(a)) {
            throw new DomainException(null, "erasure.alreadyErased");
        }
        if (accounts.admins().stream().allMatch(x -> x.getId().equals(a.getId()))) {
            // The site would have no admin left, and nobody could make one.
            throw new DomainException(null, "erasure.lastAdmin");
        }
        PersonErased e = PersonErased.of(a.getId(), a.getEmail(), keepPublishedAuthors);
        erased.fire(e);
        audited.fire(Audited.of(AuditKind.ACCOUNT_ERASED, by, null).about(a.getId())
                .change("keepPublishedAuthors", null, keepPublishedAuthors));
        return e.pseudonym();
    }

    /** Whether the account was erased before: its address is a pseudonym's. */
    public static boolean isErased(Account a) {
        return a.getEmail().endsWith("@erased.invalid");
    }
}
