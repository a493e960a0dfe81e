package org.samling.registration.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.service.PublishedProgram;
import org.samling.program.service.PublishedPrograms;
import org.samling.registration.model.LinksDue;
import org.samling.registration.model.Pick;
import org.samling.registration.model.PickState;
import org.samling.registration.model.Registration;
import org.samling.registration.model.RegistrationSettings;
import org.samling.registration.model.Registrations;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The virtual rooms' links, mailed once on the chairs' date to everyone with a seat in a virtual session. */
@Stateless
public class RegistrationLinks {

    @Inject
    ConferenceService conferences;
    @Inject
    PublishedPrograms publishedPrograms;
    @Inject
    Registrations registrations;
    @Inject
    Event<LinksDue> linksDue;
    @Inject
    Clock clock;

    /** Sends the mailings that are due (the timer calls it); returns how many participants were sent their links. */
    public int sendDueLinks() {
        Instant now = clock.instant();
        int sent = 0;
        for (RegistrationSettings s : registrations.linksNotMailed().stream().filter(x -> x.linksMailDue(now)).toList()) {
            ConferenceView c = conferences.byId(s.getConferenceId(), Language.EN).orElseThrow();
            PublishedProgram p = publishedPrograms.published(c.acronym(), Language.EN).orElse(null);
            if (p != null) {
                sent += send(c, p);
            }
            s.linksMailed(now);
        }
        return sent;
    }

    private int send(ConferenceView c, PublishedProgram p) {
        Map<Long, Registration> people = registrations.ofConference(c.id()).stream().filter(Registration::active)
                .collect(Collectors.toMap(Registration::getId, r -> r));
        Map<Long, List<String>> links = new LinkedHashMap<>();
        for (Pick pick : registrations.picksOfConference(c.id())) {
            Registration r = people.get(pick.getRegistrationId());
            if (pick.getState() != PickState.CONFIRMED || r == null) {
                continue;
            }
            PublishedBlocks.session(p, pick.getSessionId()).ifPresent(session -> p.snapshot().room(session.roomId())
                    .filter(ProgramSnapshot.RoomView::virtual)
                    .ifPresent(room -> links.computeIfAbsent(r.getId(), k -> new ArrayList<>())
                            .add(p.snapshot().block(session.blockId())
                                    .map(b -> PublishedBlocks.label(p, b, pick.getOccurrence(), r.getLanguage())).orElse("")
                                    + "\n" + session.title() + "\n" + room.link())));
        }
        links.forEach((id, lines) -> {
            Registration r = people.get(id);
            linksDue.fire(new LinksDue(c.id(), r.getEmail(), r.getName(), r.getLanguage(), c.name(), String.join("\n\n", lines),
                    SeatRule.manageUrl(c, r)));
        });
        return links.size();
    }
}
