package org.samling.notification.model;

import java.time.Instant;
import java.util.Collection;
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
    default List<OutboxMail> latest(String recipient, int max) {
        return latest(null, recipient, max);
    }

    /** The newest mails first, optionally only one conference's and one recipient's. */
    default List<OutboxMail> latest(Long conferenceId, String recipient, int max) {
        return page(conferenceId, recipient, 0, max);
    }

    /** As {@link #latest(Long, String, int)}, skipping the {@code first} newest. */
    List<OutboxMail> page(Long conferenceId, String recipient, int first, int max);

    default long countIn(MailState state) {
        return countIn(null, state);
    }

    /** How many mails of these kinds went to the address since the instant (what a stranger can make us send is limited). */
    long countTo(String recipient, Collection<String> kinds, Instant since);

    /** How many mails are in a state, optionally of one conference only. */
    long countIn(Long conferenceId, MailState state);
}
