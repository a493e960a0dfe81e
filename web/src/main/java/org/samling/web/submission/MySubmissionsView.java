package org.samling.web.submission;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.web.support.LocaleBean;

import java.util.List;

/**
 * "My submissions". Submissions themselves arrive with the submission context; until then the
 * page says there are none and points to the calls that are open.
 */
@Named
@RequestScoped
public class MySubmissionsView {

    @Inject
    ConferenceService conferenceService;
    @Inject
    LocaleBean localeBean;

    public List<Object> getSubmissions() {
        return List.of();
    }

    public List<ConferenceView> getOpenCalls() {
        return conferenceService.openCalls(localeBean.getLanguage());
    }
}
