package org.samling.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Accounts;
import org.samling.identity.model.EmailToken;
import org.samling.identity.model.FirstAdminCreated;
import org.samling.identity.model.Role;
import org.samling.identity.model.RoleGrant;
import org.samling.identity.model.TokenPurpose;
import org.samling.platform.ApplicationStarting;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;
import org.samling.shared.Environment;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * How a new installation gets its first admin, with no password known to anyone: at a start where
 * the site has no admin yet, the address in SAMLING_ADMIN_EMAIL becomes one. The account is made
 * without a usable password (or an existing one is granted the role); a link to choose a password,
 * valid for an hour and once, goes to the server log and by mail.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    Event<Audited> audited;
    @Inject
    Accounts accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    Clock clock;
    @Inject
    Event<FirstAdminCreated> created;

    void onStarting(@Observes ApplicationStarting start) {
        Optional<String> email = Environment.get("SAMLING_ADMIN_EMAIL");
        if (email.isEmpty() || !accounts.admins().isEmpty()) {
            return;
        }
        if (!EmailRules.isValid(email.get())) {
            throw new IllegalStateException("SAMLING_ADMIN_EMAIL is not an e-mail address: " + email.get());
        }
        Account a = accounts.byEmail(email.get()).orElseGet(() -> {
            String address = Account.normaliseEmail(email.get());
            // A random secret nobody knows stands for "no password yet": the link sets the first one.
            Account made = new Account(address, address.substring(0, address.indexOf('@')), null, null, Language.EN,
                    hasher.hash(TokenCodec.newToken()), clock.instant());
            return accounts.add(made);
        });
        accounts.grant(new RoleGrant(a.getId(), Role.ADMIN, null));
        audited.fire(Audited.of(AuditKind.ROLE_GRANTED, null, null).about(a.getId()).change("role", null, Role.ADMIN));
        String token = TokenCodec.newToken();
        accounts.add(new EmailToken(TokenCodec.hash(token), a.getId(), TokenPurpose.SET_PASSWORD, clock.instant()));
        created.fire(new FirstAdminCreated(a.getId(), a.getEmail(), a.getName(), a.getLanguage(), token));
        LOG.warning(() -> "\n\n  " + a.getEmail() + " is the site's first admin. Choose the password within an hour at\n  "
                + Environment.baseUrl() + "/reset.xhtml?token=" + token + "\n  (the link works once; it was also mailed).\n");
    }
}
