package org.samling.lifecycle.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.conference.model.Conference;
import org.samling.conference.model.Conferences;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.model.Accounts;
import org.samling.identity.model.Actor;
import org.samling.lifecycle.model.AuditEntry;
import org.samling.lifecycle.model.AuditFilter;
import org.samling.lifecycle.model.AuditLog;
import org.samling.shared.DomainException;
import org.samling.shared.SpreadsheetCsv;
import org.samling.submission.model.Submissions;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the audit log for chairs (their conference's) and admins (the whole site's): filtered,
 * newest first, a page at a time or all of it as CSV, with people shown as the audit policy allows.
 */
@Stateless
public class AuditService {

    /** The most rows one CSV export holds; a longer log is narrowed by the filter first. */
    public static final int CSV_MAX = 50_000;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    AuditLog log;
    @Inject
    LifecyclePolicy policy;
    @Inject
    Conferences conferences;
    @Inject
    Accounts accounts;
    @Inject
    Submissions submissions;

    /** One page of rows, whether there are older ones, and how many match in all. */
    public record Page(List<AuditRow> rows, int page, boolean older, long total) implements Serializable {
    }

    /** A page of a conference's log ({@code acronym}) or, with a null acronym, of the whole site's. */
    public Page page(Actor actor, String acronym, AuditQuery query, int page, int size, Language reader) {
        Scope scope = scope(actor, acronym, query);
        List<AuditEntry> entries = log.page(scope.filter(), page * size, size + 1);
        boolean older = entries.size() > size;
        List<AuditEntry> shown = older ? entries.subList(0, size) : entries;
        return new Page(rows(shown, scope, reader), page, older, log.count(scope.filter()));
    }

    /** The rows the filter matches (up to {@value #CSV_MAX}) as a spreadsheet, in the reader's language. */
    public String csv(Actor actor, String acronym, AuditQuery query, Language reader) {
        Scope scope = scope(actor, acronym, query);
        List<String> header = List.of("id", "utc", "local", "kind", "conference", "actor", "submission", "subject", "changes");
        List<List<?>> lines = new ArrayList<>();
        for (AuditRow r : rows(log.page(scope.filter(), 0, CSV_MAX), scope, reader)) {
            lines.add(Arrays.asList(r.id(), r.atUtc(), r.atLocal(), r.kind().name(), r.conference(), r.actor(),
                    r.submissionId(), r.subject(), r.changes()));
        }
        return SpreadsheetCsv.write(header, lines, reader.locale());
    }

    /** What the reader may read: the filter (narrowed as the policy says) and the submissions they wrote. */
    private record Scope(AuditFilter filter, Set<Long> authored, Conference conference) {
    }

    private Scope scope(Actor actor, String acronym, AuditQuery q) {
        Conference c = null;
        if (acronym != null) {
            c = conferences.byAcronym(acronym).orElseThrow(() -> new DomainException("acronym", "conference.notFound"));
            if (!policy.canReadConference(actor, c.getId())) {
                throw new DomainException(null, "auth.forbidden");
            }
        } else if (!policy.canReadSite(actor)) {
            throw new DomainException(null, "auth.forbidden");
        }
        ZoneId zone = c == null ? ZoneOffset.UTC : c.zone();
        Set<Long> authored = submissions.idsAuthoredBy(actor.accountId(), actor.email());
        String person = q.person() == null || q.person().isBlank() ? null : q.person().strip();
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            throw new DomainException("to", "audit.toBeforeFrom");
        }
        AuditFilter filter = new AuditFilter(c == null ? null : c.getId(), person == null ? null : accounts.idsMatching(person),
                q.kind(), q.submissionId(), q.from() == null ? null : q.from().atStartOfDay(zone).toInstant(),
                q.to() == null ? null : q.to().plusDays(1).atStartOfDay(zone).toInstant(),
                person == null ? Set.of() : authored);
        return new Scope(filter, authored, c);
    }

    private List<AuditRow> rows(List<AuditEntry> entries, Scope scope, Language reader) {
        Set<Long> ids = new HashSet<>();
        Set<Long> conferenceIds = new HashSet<>();
        for (AuditEntry e : entries) {
            ids.add(e.getActorId());
            ids.add(e.getSubjectId());
            conferenceIds.add(e.getConferenceId());
        }
        ids.remove(null);
        conferenceIds.remove(null);
        Map<Long, String> names = accounts.namesOf(ids);
        Map<Long, Conference> confs = new HashMap<>();
        conferenceIds.forEach(id -> conferences.byId(id).ifPresent(c -> confs.put(id, c)));
        String system = Messages.get(reader, "audit.system");
        String hidden = Messages.get(reader, "audit.hidden");
        List<AuditRow> rows = new ArrayList<>();
        for (AuditEntry e : entries) {
            Conference c = e.getConferenceId() == null ? null : confs.get(e.getConferenceId());
            ZoneId zone = c == null ? ZoneOffset.UTC : c.zone();
            boolean hide = LifecyclePolicy.hidesPeople(e.getKind(), e.getSubmissionId(), scope.authored());
            String actor = e.getActorId() == null
                    ? system
                    : hide ? hidden : names.getOrDefault(e.getActorId(), "#" + e.getActorId());
            String subject = e.getSubjectId() == null
                    ? ""
                    : hide ? hidden : names.getOrDefault(e.getSubjectId(), "#" + e.getSubjectId());
            rows.add(new AuditRow(e.getId(), STAMP.format(e.getAt().atZone(ZoneOffset.UTC)),
                    STAMP.format(e.getAt().atZone(zone)) + " " + zone.getId(), e.getKind(),
                    c == null ? "" : c.getAcronym(), actor, e.getSubmissionId(), subject, e.getChanges().replace('\n', ';')));
        }
        return rows;
    }
}
