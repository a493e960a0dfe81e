package org.samling.notification.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an outgoing mail stands. HELD: no SMTP server is configured, the mail waits in the
 * outbox where an admin can read it. QUEUED: waiting for its (next) attempt. SENDING: one node
 * has claimed it. SENT and FAILED (all retries used) end the line, but a person may resend.
 */
public enum MailState {

    HELD, QUEUED, SENDING, SENT, FAILED;

    private Set<MailState> next() {
        return switch (this) {
            case HELD -> EnumSet.of(QUEUED);
            case QUEUED -> EnumSet.of(SENDING, HELD);
            case SENDING -> EnumSet.of(SENT, QUEUED, FAILED, HELD);
            case SENT, FAILED -> EnumSet.of(QUEUED);
        };
    }

    public boolean canMoveTo(MailState target) {
        return next().contains(target);
    }

    /** The state after a legal move; an illegal one is refused. */
    public MailState moveTo(MailState target) {
        if (!canMoveTo(target)) {
            throw new IllegalStateException("A mail cannot go from " + this + " to " + target);
        }
        return target;
    }
}
