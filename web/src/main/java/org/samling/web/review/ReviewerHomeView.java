package org.samling.web.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.LocaleBean;

import java.util.List;

/** The reviewer's area: the committees this person sits on. */
@Named
@RequestScoped
public class ReviewerHomeView {

    @Inject
    ConferenceService conferenceService;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    public List<ConferenceView> getConferences() {
        return conferenceService.reviewedBy(currentUser.actor(), localeBean.getLanguage());
    }
}
