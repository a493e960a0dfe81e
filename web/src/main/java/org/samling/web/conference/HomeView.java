package org.samling.web.conference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.web.support.LocaleBean;

import java.util.List;

/** The front page: conferences whose call is open now. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    ConferenceService conferenceService;
    @Inject
    LocaleBean localeBean;

    private List<ConferenceView> openCalls;

    public List<ConferenceView> getOpenCalls() {
        if (openCalls == null) {
            openCalls = conferenceService.openCalls(localeBean.getLanguage());
        }
        return openCalls;
    }
}
