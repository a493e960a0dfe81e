package org.samling.web.conference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.program.service.PublishedPrograms;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;

/** A conference's public page at /c/{acronym}; an unknown acronym is a 404. */
@Named
@RequestScoped
public class ConferencePageView {

    @Inject
    ConferenceService conferenceService;
    @Inject
    PublishedPrograms publishedPrograms;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private ConferenceView conference;
    private CallDetails call;
    private boolean programmePublished;

    public void load() throws IOException {
        conference = conferenceService.byAcronym(acronym, localeBean.getLanguage()).orElse(null);
        call = conferenceService.callDetails(acronym, localeBean.getLanguage()).orElse(null);
        if (conference == null) {
            Pages.notFound();
            return;
        }
        programmePublished = publishedPrograms.isPublished(conference.id());
    }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public CallDetails getCall() { return call; }

    public ConferenceView getConference() { return conference; }

    /** Whether the page links a programme: only once one is published. */
    public boolean isProgrammePublished() {
        return programmePublished;
    }
}
