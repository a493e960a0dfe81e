package org.samling.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.shared.PersonErased;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionFactsChanged;
import org.samling.submission.model.SubmissionState;
import org.samling.submission.model.Submissions;

import java.util.Set;

/**
 * The submission context's part of an erasure: the person leaves the author lists of the
 * submissions they owned or were named on. An accepted one (in the programme and the book of
 * abstracts, a public record) keeps them unless the admin chose otherwise. The submission stays,
 * with its reviews and decision; the search index is told.
 */
@ApplicationScoped
public class SubmissionErasure {

    @Inject
    Submissions submissions;
    @Inject
    Event<SubmissionFactsChanged> factsChanged;

    void on(@Observes PersonErased e) {
        Set<Long> ids = submissions.idsAuthoredBy(e.accountId(), e.email());
        for (Long id : ids) {
            Submission s = submissions.byId(id).orElseThrow();
            if (keepsAuthors(s.getState(), e.keepPublishedAuthors())) {
                continue;
            }
            if (s.replaceAuthor(e.email(), e.pseudonym(), e.pseudonymEmail())) {
                factsChanged.fire(new SubmissionFactsChanged(id));
            }
        }
    }

    /** Whether a submission in this state keeps an erased person among its authors. */
    public static boolean keepsAuthors(SubmissionState state, boolean keepPublished) {
        return keepPublished && state == SubmissionState.ACCEPTED;
    }
}
