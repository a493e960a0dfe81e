package org.samling.program.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.conference.model.ConferenceView;
import org.samling.decision.model.Decision;
import org.samling.decision.model.Decisions;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.program.model.Change;
import org.samling.program.model.Changelog;
import org.samling.program.model.Clash;
import org.samling.program.model.ProgramPublished;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.model.Programs;
import org.samling.program.model.Release;
import org.samling.program.model.SnapshotJson;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;
import org.samling.shared.DomainException;
import org.samling.submission.model.Author;
import org.samling.submission.model.Submission;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The draft published as the next release, with its changelog; the presenters whose item changed are told. */
@Stateless
public class ProgramPublishing {

    @Inject
    Event<Audited> audited;
    @Inject
    ProgramDrafts drafts;
    @Inject
    Programs programs;
    @Inject
    Decisions decisions;
    @Inject
    AccountService accounts;
    @Inject
    ProgramPolicy policy;
    @Inject
    Clock clock;
    @Inject
    Event<ProgramPublished> published;

    /** What publishing now would do: the release's number, its changes and how many people it mails. */
    public record Preview(int number, int changes, int recipients) implements Serializable {
    }

    /** Publishing's outcome without publishing, for the chair to confirm; refused as publishing would be. */
    public Preview preview(Actor actor, String acronym) {
        Pending p = pending(drafts.chaired(actor, acronym));
        return new Preview(p.number(), p.changes().size(),
                (int) p.notices().stream().map(ProgramPublished.Notice::email).distinct().count());
    }

    /**
     * Publishes the draft as the next release, with its changelog to the last one. Refused while it
     * has clashes (a room that may be too small excepted) or nothing changed; the presenters of
     * every submission the release adds, moves, cancels or changes are told.
     */
    public int publish(Actor actor, String acronym, Language reader) {
        ConferenceView c = drafts.chaired(actor, acronym);
        programs.lockForRelease(c.id());
        Pending p = pending(c);
        programs.add(new Release(c.id(), p.number(), clock.instant(), actor.accountId(), SnapshotJson.write(p.draft()),
                SnapshotJson.write(p.changes())));
        published.fire(new ProgramPublished(c.id(), c.acronym(), c.name(), p.number(), p.notices()));
        audited.fire(Audited.of(AuditKind.PROGRAMME_RELEASED, actor.accountId(), c.id()).change("release", null, p.number())
                .change("changes", null, p.changes().size()));
        return p.number();
    }

    private record Pending(int number, ProgramSnapshot draft, List<Change> changes, List<ProgramPublished.Notice> notices) {
    }

    private Pending pending(ConferenceView c) {
        Map<Long, Submission> subs = drafts.submissionsOf(c.id());
        ProgramSnapshot draft = drafts.draft(c.id(), subs);
        if (draft.items().isEmpty()) {
            throw new DomainException(null, "program.empty");
        }
        List<Clash> blocking = policy.blockingPublication(drafts.clashes(c.id(), draft, subs));
        if (!blocking.isEmpty()) {
            throw new DomainException(null, "program.clashesFirst", blocking.size());
        }
        Optional<Release> latest = programs.latestRelease(c.id());
        List<Change> changes = Changelog.between(latest.map(r -> SnapshotJson.snapshot(r.getSnapshot())).orElse(null), draft);
        if (latest.isPresent() && changes.isEmpty()) {
            throw new DomainException(null, "program.nothingToPublish");
        }
        return new Pending(latest.map(Release::getNumber).orElse(0) + 1, draft, changes, notices(changes, subs));
    }

    /** Who is told of each change: the confirmed presenter, else the presenting authors, else the submitter. */
    private List<ProgramPublished.Notice> notices(List<Change> changes, Map<Long, Submission> subs) {
        List<ProgramPublished.Notice> notices = new ArrayList<>();
        Map<Long, Decision> ds = new HashMap<>();
        for (Change ch : changes) {
            Submission s = ch.submissionId() == null ? null : subs.get(ch.submissionId());
            if (s == null) {
                continue;
            }
            Decision d = ds.computeIfAbsent(s.getId(), id -> decisions.of(id).orElse(null));
            Language language = accounts.find(s.getOwnerId()).map(Account::getLanguage).orElse(Language.EN);
            Map<String, String> to = new LinkedHashMap<>();
            if (d != null && d.getPresenterEmail() != null) {
                to.put(d.getPresenterEmail().toLowerCase(Locale.ROOT), d.getPresenterName());
            } else {
                for (Author a : s.getAuthors()) {
                    if (a.isPresenting() && a.getEmail() != null && !a.getEmail().isBlank()) {
                        to.putIfAbsent(a.getEmail().toLowerCase(Locale.ROOT), a.getName());
                    }
                }
                if (to.isEmpty()) {
                    accounts.find(s.getOwnerId()).ifPresent(o -> to.put(o.getEmail(), o.getName()));
                }
            }
            to.forEach((email, name) -> notices.add(new ProgramPublished.Notice(email, name, language, ch)));
        }
        return notices;
    }
}
