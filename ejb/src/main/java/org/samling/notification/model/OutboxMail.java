package org.samling.notification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.samling.i18n.Language;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One outgoing e-mail. Written in the same transaction as the change it reports, so a mail is
 * never lost once that change is saved; sent afterwards, with retries.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    /** Waits before the 2nd, 3rd, ... attempt; after the last the mail is FAILED. */
    public static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, length = 20000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private Language language;

    /** What the mail is about, e.g. CONFIRM_EMAIL; for filtering the outbox. */
    @Column(nullable = false, length = 40)
    private String kind;

    /** The conference it belongs to, if any, so a chair sees that conference's mails. */
    @Column(name = "conference_id")
    private Long conferenceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    /** One text attachment, such as a participant's calendar (name, MIME type, content), or none. */
    @Column(name = "attachment_name", length = 200)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    @Column(length = 1000000)
    private String attachment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMail() {
    }

    public OutboxMail(String recipient, String subject, String body, Language language, String kind,
            Long conferenceId, boolean deliverable, Instant now) {
        this.recipient = recipient;
        // A subject is one line: a line break typed into a title must not become a header of its own.
        this.subject = subject == null ? "" : subject.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
        this.body = body;
        this.language = language;
        this.kind = kind;
        this.conferenceId = conferenceId;
        this.createdAt = now;
        this.state = deliverable ? MailState.QUEUED : MailState.HELD;
        this.nextAttemptAt = deliverable ? now : null;
    }

    public void attach(String name, String type, String content) {
        this.attachmentName = name;
        this.attachmentType = type;
        this.attachment = content;
    }

    public String getAttachmentName() { return attachmentName; }

    public String getAttachmentType() { return attachmentType; }

    public String getAttachment() { return attachment; }

    public void claim() {
        state = state.moveTo(MailState.SENDING);
        attempts++;
    }

    public void sent(Instant now) {
        state = state.moveTo(MailState.SENT);
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** A failed attempt: try again later, or give up after the last back-off step. */
    public void failed(String error, Instant now) {
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts > BACKOFF.size()) {
            state = state.moveTo(MailState.FAILED);
            nextAttemptAt = null;
        } else {
            state = state.moveTo(MailState.QUEUED);
            nextAttemptAt = now.plus(BACKOFF.get(attempts - 1));
        }
    }

    /**
     * The recipient was erased: the mail keeps its kind, dates and state for the record, loses its
     * address, subject, text and attachment, and one still waiting is held, never sent.
     */
    public void erase(String pseudonymEmail) {
        recipient = pseudonymEmail;
        subject = "(erased)";
        body = "(erased)";
        attach(null, null, null);
        if (state == MailState.QUEUED) {
            hold();
        }
    }

    /** No SMTP server: keep it readable in the outbox. */
    public void hold() {
        state = state.moveTo(MailState.HELD);
        nextAttemptAt = null;
    }

    /** A person asks for it to be sent (again). */
    public void requeue(Instant now) {
        state = state.moveTo(MailState.QUEUED);
        attempts = 0;
        nextAttemptAt = now;
    }

    public Long getId() { return id; }

    public String getRecipient() { return recipient; }

    public String getSubject() { return subject; }

    public String getBody() { return body; }

    public Language getLanguage() { return language; }

    public String getKind() { return kind; }

    public Long getConferenceId() { return conferenceId; }

    public MailState getState() { return state; }

    public int getAttempts() { return attempts; }

    public String getLastError() { return lastError; }

    public Instant getCreatedAt() { return createdAt; }

    public Instant getSentAt() { return sentAt; }

    public Instant getNextAttemptAt() { return nextAttemptAt; }
}
