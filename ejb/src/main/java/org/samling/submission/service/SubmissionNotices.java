package org.samling.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.conference.model.CallDetails;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.model.Account;
import org.samling.submission.model.Author;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.model.SubmissionEvent;
import org.samling.submission.model.SubmissionPdf;
import org.samling.submission.model.Submissions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the authors are told when a submission changes: a receipt for each submit and withdrawal,
 * with what the author keeps; after submitting, a change notice that names what changed, at most
 * one an hour per submission (a chain of small saves is not a chain of mails). Fired as
 * {@link SubmissionEvent}s in the caller's transaction; the notification context writes the mails.
 */
@ApplicationScoped
public class SubmissionNotices {

    static final Duration NOTICE_INTERVAL = Duration.ofHours(1);

    @Inject
    Event<SubmissionEvent> events;
    @Inject
    Submissions submissions;
    @Inject
    Clock clock;

    void submitted(Submission s, CallDetails details, Account owner) {
        fire(SubmissionEvent.What.SUBMITTED, s, details, owner, List.of());
    }

    void withdrawn(Submission s, CallDetails details, Account owner) {
        fire(SubmissionEvent.What.WITHDRAWN, s, details, owner, List.of());
    }

    /** A submitted one changed: told unless nothing changed or a notice went out within the hour. */
    void changed(Submission s, List<String> fields, CallDetails details, Account owner) {
        Instant now = clock.instant();
        if (fields.isEmpty() || !s.changeNoticeDue(now, NOTICE_INTERVAL)) {
            return;
        }
        s.changeNoticed(now);
        fire(SubmissionEvent.What.UPDATED, s, details, owner, fields);
    }

    /** The fields whose content differs, named as the form names them in the reader's language. */
    static List<String> changes(SubmissionContent before, SubmissionContent after, Language l) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(before.title(), after.title())) {
            out.add(Messages.get(l, "field.title"));
        }
        if (!Objects.equals(before.abstractText(), after.abstractText())) {
            out.add(Messages.get(l, "field.abstractText"));
        }
        if (!Objects.equals(before.keywords(), after.keywords())) {
            out.add(Messages.get(l, "field.keywords"));
        }
        if (before.language() != after.language()) {
            out.add(Messages.get(l, "field.abstractLanguage"));
        }
        if (!Objects.equals(before.trackId(), after.trackId())) {
            out.add(Messages.get(l, "field.track"));
        }
        if (!Objects.equals(before.typeId(), after.typeId())) {
            out.add(Messages.get(l, "field.type"));
        }
        if (!Objects.equals(authors(before), authors(after))) {
            out.add(Messages.get(l, "field.authors"));
        }
        return out;
    }

    private static List<String> authors(SubmissionContent c) {
        return c.authors() == null
                ? List.of()
                : c.authors().stream()
                        .map(a -> a.getName() + "|" + a.getEmail() + "|" + a.getAffiliation() + "|" + a.isPresenting()).toList();
    }

    private void fire(SubmissionEvent.What what, Submission s, CallDetails details, Account owner, List<String> changed) {
        Language l = owner.getLanguage() == null ? Language.EN : owner.getLanguage();
        List<Author> authors = s.getAuthors();
        String track = details.tracks().stream().filter(t -> t.id().equals(s.getTrackId())).map(CallDetails.TrackView::name)
                .findFirst().orElse("");
        String type = details.types().stream().filter(t -> t.id().equals(s.getTypeId()))
                .map(t -> Messages.get(l, "submission.kind." + t.kind().name())).findFirst().orElse("");
        String pdf = submissions.pdfOf(s.getId()).map(SubmissionPdf::getFileName).orElse(Messages.get(l, "receipt.noPdf"));
        Instant deadline = details.conference().deadline() == null ? null : s.closesAt(details.conference().deadline());
        String due = deadline == null ? "" : Messages.dateTime(l.locale(), deadline, details.conference().zone());
        events.fire(new SubmissionEvent(what, s.getId(), details.conference().id(), details.conference().name(), s.getTitle(),
                owner.getEmail(), owner.getName(), owner.getLanguage(), authors.stream().map(Author::getName).toList(),
                authors.stream().map(Author::getEmail).filter(e -> e != null && !e.equalsIgnoreCase(owner.getEmail())).toList(),
                s.content().words(), new SubmissionEvent.Receipt(track, type, s.content().abstractText(), pdf, due), changed));
    }
}
