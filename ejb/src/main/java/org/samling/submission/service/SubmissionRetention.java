package org.samling.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.shared.ConferenceDataExpired;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionFactsChanged;
import org.samling.submission.model.SubmissionState;
import org.samling.submission.model.Submissions;

import java.util.EnumSet;
import java.util.Set;

/**
 * The submission context's part of a conference's retention: the submissions that will never be in
 * its record (rejected, withdrawn, or never submitted) lose their authors' names and their PDF file.
 * Their titles, abstracts, reviews and decisions stay, for the conference's statistics and history.
 */
@ApplicationScoped
public class SubmissionRetention {

    /** The states whose authors the record does not need. */
    public static final Set<SubmissionState> EXPIRING = EnumSet.of(SubmissionState.REJECTED, SubmissionState.WITHDRAWN,
            SubmissionState.DRAFT);

    @Inject
    Submissions submissions;
    @Inject
    Event<SubmissionFactsChanged> factsChanged;

    void on(@Observes ConferenceDataExpired e) {
        for (Submission s : submissions.ofConference(e.conferenceId())) {
            if (EXPIRING.contains(s.getState())) {
                s.anonymiseAuthors();
                submissions.removePdf(s.getId());
                factsChanged.fire(new SubmissionFactsChanged(s.getId()));
            }
        }
    }
}
