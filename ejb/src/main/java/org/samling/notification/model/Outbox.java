package org.samling.notification.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where outgoing mails are kept. */
public interface Outbox {

    OutboxMail add(OutboxMail mail);

    /** The mail, locked for this transaction so that only one node sends it. */
    Optional<OutboxMail> lockForSending(Long id);

    Optional<OutboxMail> byId(Long id);

    List<Long> dueAt(Instant now, int max);

    /** The newest mails first, optionally only one recipient's. */
    List<OutboxMail> latest(String recipient, int max);

    long countIn(MailState state);
}
