package org.samling.web.conference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.LocaleBean;

import java.util.List;

/** The chair's area: the conferences this person chairs. */
@Named
@RequestScoped
public class ChairHomeView {

    @Inject
    ConferenceService conferenceService;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private List<ConferenceView> conferences;

    public List<ConferenceView> getConferences() {
        if (conferences == null) {
            conferences = conferenceService.chairedBy(currentUser.actor(), localeBean.getLanguage());
        }
        return conferences;
    }
}
