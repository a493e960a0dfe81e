package org.samling.web.submission;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.submission.service.SubmissionService;
import org.samling.submission.service.SubmissionSummary;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.LocaleBean;

import java.util.List;

/** "My submissions": each with its state and what can still be done; the open calls below. */
@Named
@RequestScoped
public class MySubmissionsView {

    @Inject
    SubmissionService submissionService;
    @Inject
    ConferenceService conferenceService;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private List<SubmissionSummary> submissions;

    public List<SubmissionSummary> getSubmissions() {
        if (submissions == null) {
            submissions = submissionService.mine(currentUser.actor(), localeBean.getLanguage());
        }
        return submissions;
    }

    public List<ConferenceView> getOpenCalls() { return conferenceService.openCalls(localeBean.getLanguage()); }
}
