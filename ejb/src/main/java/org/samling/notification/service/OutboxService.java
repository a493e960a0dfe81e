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
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Puts mails in the outbox inside the caller's transaction, and shows the outbox to admins (all
 * of it) and to a conference's chairs (its mails).
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

    /**
     * The mails anyone can make Samling send to any address without logging in (a confirmation, a
     * reset link, "you already have an account"): at most {@value #UNSOLICITED_PER_HOUR} an hour to
     * one address, so nobody can flood a stranger's inbox through the site.
     */
    public static final Set<String> UNSOLICITED = Set.of("CONFIRM", "RESET", "REGISTRATIONREPEATED", "PARTICIPANTCONFIRM");
    public static final int UNSOLICITED_PER_HOUR = 5;

    /** Queues an unsolicited mail unless the address had enough of them this hour; false if it was left out. */
    public boolean enqueueUnsolicited(String recipient, Language language, String template, Long conferenceId, Object... args) {
        if (outbox.countTo(recipient, UNSOLICITED, clock.instant().minus(Duration.ofHours(1))) >= UNSOLICITED_PER_HOUR) {
            return false;
        }
        enqueue(recipient, language, template, conferenceId, args);
        return true;
    }

    /** Queues the mail whose subject and body are the bundle's {@code mail.<template>.subject/body}. */
    public OutboxMail enqueue(String recipient, Language language, String template, Long conferenceId, Object... args) {
        return enqueueText(recipient, language, template, conferenceId,
                Messages.get(language, "mail." + template + ".subject", args),
                Messages.get(language, "mail." + template + ".body", args));
    }

    /** Queues a bundle mail with one text attachment (a calendar). */
    public OutboxMail enqueueWithAttachment(String recipient, Language language, String template, Long conferenceId,
            String attachmentName, String attachmentType, String attachment, Object... args) {
        String body = Messages.get(language, "mail." + template + ".body", args) + "\n\n-- \n"
                + Messages.get(language, "mail.footer", settings.baseUrl());
        OutboxMail mail = new OutboxMail(recipient, Messages.get(language, "mail." + template + ".subject", args), body, language,
                template.toUpperCase(Locale.ROOT), conferenceId, settings.smtpConfigured(), clock.instant());
        mail.attach(attachmentName, attachmentType, attachment);
        outbox.add(mail);
        if (mail.getState() == MailState.QUEUED) {
            queued.fire(new MailQueued(mail.getId()));
        }
        return mail;
    }

    /** Queues a mail whose text is already written (a chair's own template, filled in); the footer is added here. */
    public OutboxMail enqueueText(String recipient, Language language, String template, Long conferenceId, String subject,
            String text) {
        String body = text + "\n\n-- \n" + Messages.get(language, "mail.footer", settings.baseUrl());
        OutboxMail mail = outbox.add(new OutboxMail(recipient, subject, body, language, template.toUpperCase(Locale.ROOT),
                conferenceId, settings.smtpConfigured(), clock.instant()));
        if (mail.getState() == MailState.QUEUED) {
            queued.fire(new MailQueued(mail.getId()));
        }
        return mail;
    }

    public List<OutboxMail> latest(Actor actor, String recipient, int max) {
        return latest(actor, null, recipient, max);
    }

    /**
     * The newest mails, all of them for an admin ({@code conferenceId == null}), or those about
     * one conference for its chairs; optionally only one recipient's.
     */
    public List<OutboxMail> latest(Actor actor, Long conferenceId, String recipient, int max) {
        requireReader(actor, conferenceId);
        return outbox.latest(conferenceId, recipient == null || recipient.isBlank()
                ? null
                : recipient.trim().toLowerCase(Locale.ROOT), max);
    }

    /** One page of the outbox, newest first ({@code page} from 0), and whether older mails follow. */
    public record Page(List<OutboxMail> mails, int page, boolean older) {
    }

    public Page page(Actor actor, Long conferenceId, String recipient, int page, int size) {
        requireReader(actor, conferenceId);
        int from = Math.max(0, page) * size;
        List<OutboxMail> rows = outbox.page(conferenceId, recipient == null || recipient.isBlank()
                ? null
                : recipient.trim().toLowerCase(Locale.ROOT), from, size + 1);
        return new Page(rows.subList(0, Math.min(size, rows.size())), Math.max(0, page), rows.size() > size);
    }

    public long count(Actor actor, MailState state) {
        return count(actor, null, state);
    }

    public long count(Actor actor, Long conferenceId, MailState state) {
        requireReader(actor, conferenceId);
        return outbox.countIn(conferenceId, state);
    }

    /** Sends a held, failed or sent mail (again): an admin any, a chair those of their conference. */
    public void resend(Actor actor, Long mailId) {
        OutboxMail m = outbox.byId(mailId).orElseThrow(() -> new DomainException(null, "outbox.notFound"));
        if (!identityPolicy.canEnterAdminArea(actor)
                && (m.getConferenceId() == null || !identityPolicy.isChairOf(actor, m.getConferenceId()))) {
            throw new DomainException(null, "auth.forbidden");
        }
        if (!m.getState().canMoveTo(MailState.QUEUED)) {
            throw new DomainException(null, "outbox.cannotResend");
        }
        if (!settings.smtpConfigured()) {
            throw new DomainException(null, "outbox.noSmtp");
        }
        m.requeue(clock.instant());
        queued.fire(new MailQueued(m.getId()));
    }

    private void requireReader(Actor actor, Long conferenceId) {
        if (conferenceId == null) {
            requireAdmin(actor);
        } else if (!identityPolicy.isChairOf(actor, conferenceId)) {
            throw new DomainException(null, "auth.forbidden");
        }
    }

    private void requireAdmin(Actor actor) {
        if (!identityPolicy.canEnterAdminArea(actor)) {
            throw new DomainException(null, "auth.forbidden");
        }
    }
}
