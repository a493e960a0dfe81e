package org.samling.web.conference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.program.service.PublishedPrograms;
import org.samling.registration.service.ParticipantRegistration;
import org.samling.web.support.LocaleBean;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The front page: conferences whose call is open now, and those still to come whose programme is
 * published or whose registration is open.
 */
@Named
@RequestScoped
public class HomeView {

    @Inject
    ConferenceService conferenceService;
    @Inject
    PublishedPrograms publishedPrograms;
    @Inject
    ParticipantRegistration participants;
    @Inject
    LocaleBean localeBean;

    private List<ConferenceView> openCalls;
    private List<Coming> coming;

    /** A conference to come, with what a visitor can do there. */
    public record Coming(ConferenceView conference, boolean programme, boolean registration) {
    }

    public List<ConferenceView> getOpenCalls() {
        if (openCalls == null) {
            openCalls = conferenceService.openCalls(localeBean.getLanguage());
        }
        return openCalls;
    }

    public List<Coming> getComing() {
        if (coming == null) {
            Set<Long> registering = participants.takingRegistrations();
            Map<Long, Coming> byId = new LinkedHashMap<>();
            for (ConferenceView c : publishedPrograms.conferencesWithProgramme(localeBean.getLanguage())) {
                byId.put(c.id(), new Coming(c, true, registering.contains(c.id())));
            }
            for (Long id : registering) {
                Optional<ConferenceView> c = conferenceService.byId(id, localeBean.getLanguage());
                c.ifPresent(v -> byId.putIfAbsent(id, new Coming(v, false, true)));
            }
            coming = byId.values().stream().filter(x -> !x.conference().lastDay().isBefore(LocalDate.now(x.conference().zone())))
                    .sorted(Comparator.comparing(x -> x.conference().firstDay())).toList();
        }
        return coming;
    }
}
