package org.samling.lifecycle.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.lifecycle.model.AuditEntry;
import org.samling.lifecycle.model.AuditLog;
import org.samling.shared.Audited;

import java.time.Clock;

/**
 * Writes each {@link Audited} event as it is fired: a synchronous observer, so in the transaction
 * of the change (a change rolled back leaves no entry, an entry that cannot be written rolls the
 * change back); a change made outside any transaction gets one of its own.
 */
@Stateless
public class AuditRecorder {

    @Inject
    AuditLog log;
    @Inject
    Clock clock;

    public void on(@Observes Audited event) {
        log.append(new AuditEntry(event, clock.instant()));
    }
}
