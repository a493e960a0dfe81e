package org.samling.lifecycle.service;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.conference.model.Conference;
import org.samling.conference.model.Conferences;
import org.samling.i18n.Messages;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.lifecycle.model.RetentionPolicy;
import org.samling.lifecycle.model.Retentions;
import org.samling.notification.service.OutboxService;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;
import org.samling.shared.ConferenceDataExpired;
import org.samling.shared.DomainException;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A conference's retention of personal data: its chairs choose how many months after the
 * conference the data its record does not need is erased (none: kept); the chairs are mailed a
 * month before; then the timer erases it ({@link ConferenceDataExpired}) and logs that it did.
 */
@Stateless
public class RetentionService {

    @Inject
    Retentions retentions;
    @Inject
    Conferences conferences;
    @Inject
    LifecyclePolicy policy;
    @Inject
    AccountService accounts;
    @Inject
    OutboxService outbox;
    @Inject
    Clock clock;
    @Inject
    Event<ConferenceDataExpired> expired;
    @Inject
    Event<Audited> audited;

    /** What the chairs' page shows: the months (null: kept), when the notice and the erasure fall due, and when they happened. */
    public record View(Integer months, Instant noticeAt, Instant dueAt, Instant noticedAt, Instant erasedAt, ZoneId zone)
            implements
                Serializable {
    }

    public View view(Actor actor, String acronym) {
        Conference c = chaired(actor, acronym);
        return retentions.of(c.getId()).map(p -> new View(p.getMonths(),
                RetentionPolicy.noticeAt(c.getLastDay(), c.zone(), p.getMonths()),
                RetentionPolicy.dueAt(c.getLastDay(), c.zone(), p.getMonths()), p.getNoticedAt(), p.getErasedAt(), c.zone()))
                .orElse(new View(null, null, null, null, null, c.zone()));
    }

    /** Sets the period ({@code null}: keep for ever); refused once the data is erased, and outside 1 to 120 months. */
    public void set(Actor actor, String acronym, Integer months) {
        Conference c = chaired(actor, acronym);
        if (months != null && (months < RetentionPolicy.MIN_MONTHS || months > RetentionPolicy.MAX_MONTHS)) {
            throw new DomainException("months", "retention.months", RetentionPolicy.MIN_MONTHS, RetentionPolicy.MAX_MONTHS);
        }
        RetentionPolicy p = retentions.lock(c.getId()).orElse(null);
        if (p != null && p.getErasedAt() != null) {
            throw new DomainException("months", "retention.alreadyErased");
        }
        Integer before = p == null ? null : p.getMonths();
        if (months == null) {
            if (p != null) {
                retentions.remove(p);
            }
        } else if (p == null) {
            retentions.add(new RetentionPolicy(c.getId(), months));
        } else {
            p.change(months);
        }
        audited.fire(Audited.of(AuditKind.SETTINGS_CHANGED, actor.accountId(), c.getId())
                .change("retentionMonths", before == null ? "kept" : before, months == null ? "kept" : months));
    }

    /** The conferences whose data is still to be erased, for the timer. */
    public List<Long> pending() {
        return retentions.pending();
    }

    /**
     * Does what is due for one conference at {@code now}, in a transaction of its own under the
     * policy row's lock (so on two nodes it is done once): the notice, or the erasure.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RetentionPolicy.Step runFor(Long conferenceId, Instant now) {
        RetentionPolicy p = retentions.lock(conferenceId).orElse(null);
        Conference c = conferences.byId(conferenceId).orElse(null);
        if (p == null || c == null) {
            return RetentionPolicy.Step.NOTHING;
        }
        RetentionPolicy.Step step = p.stepAt(c.getLastDay(), c.zone(), now);
        if (step == RetentionPolicy.Step.NOTICE) {
            String due = Messages.dateTime(Locale.ENGLISH, RetentionPolicy.dueAt(c.getLastDay(), c.zone(), p.getMonths()),
                    c.zone());
            for (Account chair : accounts.holders(Role.CHAIR, conferenceId)) {
                outbox.enqueue(chair.getEmail(), chair.getLanguage(), "retentionNotice", conferenceId, chair.getName(),
                        c.getName(), Messages.dateTime(chair.getLanguage().locale(),
                                RetentionPolicy.dueAt(c.getLastDay(), c.zone(), p.getMonths()), c.zone()));
            }
            p.noticed(now);
            audited.fire(Audited.of(AuditKind.RETENTION_NOTICE, null, conferenceId).change("due", null, due));
        } else if (step == RetentionPolicy.Step.ERASE) {
            expired.fire(new ConferenceDataExpired(conferenceId));
            p.erased(now);
            audited.fire(Audited.of(AuditKind.RETENTION_ERASED, null, conferenceId).change("months", null, p.getMonths()));
        }
        return step;
    }

    private Conference chaired(Actor actor, String acronym) {
        Conference c = conferences.byAcronym(acronym == null ? "" : acronym)
                .orElseThrow(() -> new DomainException(null, "conference.notFound"));
        if (!policy.canReadConference(actor, c.getId())) {
            throw new DomainException(null, "auth.forbidden");
        }
        return c;
    }
}
