package org.samling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.identity.model.AccountRegistered;
import org.samling.identity.model.FirstAdminCreated;
import org.samling.identity.model.PasswordResetRequested;
import org.samling.identity.model.RegistrationRepeated;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The mails the identity context's events call for. Observed inside the transaction that fired
 * them: the mail is in the outbox exactly when the account or token is.
 */
@ApplicationScoped
public class IdentityMails {

    @Inject
    OutboxService outbox;
    @Inject
    MailSettings settings;

    void onRegistered(@Observes AccountRegistered e) {
        String link = settings.baseUrl() + "/confirm.xhtml?token="
                + URLEncoder.encode(e.confirmationToken(), StandardCharsets.UTF_8);
        outbox.enqueueUnsolicited(e.email(), e.language(), "confirm", null, e.name(), link);
    }

    void onFirstAdmin(@Observes FirstAdminCreated e) {
        String link = settings.baseUrl() + "/reset.xhtml?token=" + URLEncoder.encode(e.token(), StandardCharsets.UTF_8);
        outbox.enqueue(e.email(), e.language(), "firstAdmin", null, e.name(), link);
    }

    void onResetRequested(@Observes PasswordResetRequested e) {
        String link = settings.baseUrl() + "/reset.xhtml?token=" + URLEncoder.encode(e.resetToken(), StandardCharsets.UTF_8);
        outbox.enqueueUnsolicited(e.email(), e.language(), "reset", null, e.name(), link);
    }

    /** Someone registered with an address that has an account: its owner is told, the form said nothing more. */
    void onRegistrationRepeated(@Observes RegistrationRepeated e) {
        outbox.enqueueUnsolicited(e.email(), e.language(), "registrationRepeated", null, e.name(),
                settings.baseUrl() + "/login.xhtml", settings.baseUrl() + "/forgot.xhtml");
    }
}
