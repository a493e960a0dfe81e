package org.samling.notification.service;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.samling.notification.model.MailQueued;
import org.samling.notification.model.MailState;
import org.samling.notification.model.Outbox;
import org.samling.notification.model.OutboxMail;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what is due in the outbox through WildFly's mail session, one mail per transaction, so a
 * failure of one never holds back the others. Woken after each commit that queued a mail, and by
 * {@link MailRetryTimer} for retries; a row lock lets only one node send a given mail.
 */
@Stateless
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;
    @Inject
    Event<Audited> audited;
    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;
    @Inject
    Clock clock;
    @EJB
    MailDispatcher self;

    /**
     * The server's mail session with SMTP authentication on, for an SMTP server that asks a user
     * name and password (SAMLING_SMTP_USER and SAMLING_SMTP_PASSWORD, read at start like the rest).
     */
    private Session authenticating() {
        Properties p = new Properties();
        p.putAll(session.getProperties());
        p.setProperty("mail.smtp.auth", "true");
        return Session.getInstance(p);
    }

    /** After the transaction that queued a mail commits, send it without making the person wait. */
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        self.dispatchAsync();
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dispatchAsync() {
        dispatchDue();
    }

    /**
     * Sends every mail that is due, a hundred at a time, until a batch sends nothing (all done, or
     * the rest claimed by another node or set back for later); returns how many were sent. After a
     * node died with mails queued, the next node's timer sends the whole backlog, not a batch a tick.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int dispatchDue() {
        int sent = 0;
        int batch;
        do {
            batch = 0;
            for (Long id : self.due()) {
                if (self.sendOne(id)) {
                    batch++;
                }
            }
            sent += batch;
        } while (batch > 0);
        return sent;
    }

    public List<Long> due() {
        return outbox.dueAt(clock.instant(), 100);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendOne(Long id) {
        OutboxMail mail = outbox.lockForSending(id).orElse(null);
        // Another node or thread may have tried it meanwhile and set it back for a later attempt.
        if (mail == null || mail.getState() != MailState.QUEUED
                || mail.getNextAttemptAt() == null || mail.getNextAttemptAt().isAfter(clock.instant())) {
            return false;
        }
        if (!settings.smtpConfigured()) {
            mail.hold();
            return false;
        }
        mail.claim();
        try {
            MimeMessage message = new MimeMessage(settings.smtpUser().isPresent() ? authenticating() : session);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
            message.setSubject(mail.getSubject(), "UTF-8");
            if (mail.getAttachment() == null) {
                message.setText(mail.getBody(), "UTF-8");
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.getBody(), "UTF-8");
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(
                        mail.getAttachment().getBytes(StandardCharsets.UTF_8),
                        mail.getAttachmentType() + "; charset=UTF-8")));
                file.setFileName(mail.getAttachmentName());
                message.setContent(new MimeMultipart(text, file));
            }
            message.setSentDate(Date.from(clock.instant()));
            Optional<String> user = settings.smtpUser();
            if (user.isPresent()) {
                Transport.send(message, user.get(), settings.smtpPassword());
            } else {
                Transport.send(message);
            }
            mail.sent(clock.instant());
            // Who it went to is in the outbox; the log keeps which mail, not the address.
            audited.fire(Audited.of(AuditKind.MAIL_SENT, null, mail.getConferenceId()).change("mail", null, mail.getId())
                    .change("template", null, mail.getKind()));
            return true;
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail {0} to {1} not sent: {2}", new Object[]{id, mail.getRecipient(), e.toString()});
            mail.failed(e.toString(), clock.instant());
            return false;
        }
    }
}
