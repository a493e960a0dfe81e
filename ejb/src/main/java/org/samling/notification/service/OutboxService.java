package org.samling.notification.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.model.Actor;
import org.samling.identity.service.IdentityPolicy;
import org.samling.notification.model.MailQueued;
import org.samling.notification.model.MailState;
import org.samling.notification.model.Outbox;
import org.samling.notification.model.OutboxMail;
import org.samling.shared.DomainException;

import java.time.Clock;
import java.util.List;

/**
 * Puts mails in the outbox inside the caller's transaction, and shows the outbox to admins.
 * Subject and body are written from the message bundle in the recipient's language.
 */
@Stateless
public class OutboxService {

    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;
    @Inject
    IdentityPolicy identityPolicy;
    @Inject
    Clock clock;
    @Inject
    Event<MailQueued> queued;

    /** Queues the mail whose subject and body are the bundle's {@code mail.<template>.subject/body}. */
    public OutboxMail enqueue(String recipient, Language language, String template, Long conferenceId, Object... args) {
        String subject = Messages.get(language, "mail." + template + ".subject", args);
        String body = Messages.get(language, "mail." + template + ".body", args)
                + "\n\n-- \n" + Messages.get(language, "mail.footer", settings.baseUrl());
        OutboxMail mail = outbox.add(new OutboxMail(recipient, subject, body, language, template.toUpperCase(java.util.Locale.ROOT),
                conferenceId, settings.smtpConfigured(), clock.instant()));
        if (mail.getState() == MailState.QUEUED) {
            queued.fire(new MailQueued(mail.getId()));
        }
        return mail;
    }

    public List<OutboxMail> latest(Actor actor, String recipient, int max) {
        requireAdmin(actor);
        return outbox.latest(recipient == null || recipient.isBlank() ? null : recipient.trim().toLowerCase(), max);
    }

    public long count(Actor actor, MailState state) {
        requireAdmin(actor);
        return outbox.countIn(state);
    }

    /** Sends a held, failed or sent mail (again). */
    public void resend(Actor actor, Long mailId) {
        requireAdmin(actor);
        OutboxMail m = outbox.byId(mailId).orElseThrow(() -> new DomainException(null, "outbox.notFound"));
        if (!m.getState().canMoveTo(MailState.QUEUED)) {
            throw new DomainException(null, "outbox.cannotResend");
        }
        if (!settings.smtpConfigured()) {
            throw new DomainException(null, "outbox.noSmtp");
        }
        m.requeue(clock.instant());
        queued.fire(new MailQueued(m.getId()));
    }

    private void requireAdmin(Actor actor) {
        if (!identityPolicy.canEnterAdminArea(actor)) {
            throw new DomainException(null, "auth.forbidden");
        }
    }
}
