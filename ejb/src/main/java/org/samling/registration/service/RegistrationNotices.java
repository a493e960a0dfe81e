package org.samling.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.program.model.BlockKind;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.service.PublishedProgram;
import org.samling.publishing.model.CalendarDocument;
import org.samling.publishing.render.IcsCalendar;
import org.samling.publishing.service.PublishingService;
import org.samling.registration.model.Pick;
import org.samling.registration.model.PickState;
import org.samling.registration.model.Registered;
import org.samling.registration.model.Registration;
import org.samling.registration.model.Registrations;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What a participant is told of their registration: their programme as text and as a calendar, with their link. */
@ApplicationScoped
public class RegistrationNotices {

    @Inject
    Registrations registrations;
    @Inject
    ConferenceService conferences;
    @Inject
    PublishingService publishing;
    @Inject
    SeatRule seatRule;
    @Inject
    Event<Registered> registered;

    /** The confirmation (or, after a change, the update) with the personal programme and its calendar. */
    void confirm(Registration r, PublishedProgram p, boolean changed) {
        ConferenceView c = conferences.byId(r.getConferenceId(), r.getLanguage()).orElseThrow();
        String programme = p == null ? "" : programmeText(r, p);
        String calendar = p == null ? null : IcsCalendar.write(calendarOf(r, p));
        registered.fire(new Registered(c.id(), r.getEmail(), r.getName(), r.getLanguage(), c.name(), programme,
                SeatRule.manageUrl(c, r), calendar, changed));
    }

    private String programmeText(Registration r, PublishedProgram p) {
        Language l = r.getLanguage();
        long occurrence = PublishedBlocks.occurrence(r);
        Map<Long, Pick> byBlock = new HashMap<>();
        for (Pick pick : registrations.picksOf(r.getId())) {
            if (pick.getState().live() && (pick.getState() != PickState.RANKED || pick.getChoice() == 1)) {
                byBlock.putIfAbsent(pick.getBlockId(), pick);
            }
        }
        StringBuilder b = new StringBuilder(
                p.occurrence(occurrence).venue() == null ? "" : p.occurrence(occurrence).venue() + "\n");
        LocalDate day = null;
        for (ProgramSnapshot.BlockView block : p.snapshot().blocks()) {
            LocalDate held = p.dayAt(p.occurrence(occurrence), block.day());
            if (!held.equals(day)) {
                b.append('\n').append(Messages.day(l, held)).append('\n');
                day = held;
            }
            String times = block.times() + "  ";
            if (block.kind() == BlockKind.PARALLEL) {
                Pick pick = byBlock.get(block.id());
                if (pick != null) {
                    b.append(times).append(PublishedBlocks.title(p, pick.getSessionId())).append(" (")
                            .append(Messages.get(l, "registration.state." + pick.getState(), seatRule.position(pick)))
                            .append(")\n");
                }
            } else if (block.kind() == BlockKind.PLENARY) {
                b.append(times).append(p.snapshot().sessionsOf(block.id()).stream().map(ProgramSnapshot.SessionView::title)
                        .collect(Collectors.joining(" / "))).append('\n');
            } else {
                b.append(times).append(block.title()).append('\n');
            }
        }
        return b.toString().strip();
    }

    /** The participant's calendar: the plenary sessions and the sessions they have a seat in, at their occurrence. */
    CalendarDocument calendarOf(Registration r, PublishedProgram p) {
        Set<Long> seated = registrations.picksOf(r.getId()).stream().filter(x -> x.getState() == PickState.CONFIRMED)
                .map(Pick::getSessionId).collect(Collectors.toSet());
        return publishing.calendarOf(p, p.occurrence(PublishedBlocks.occurrence(r)), s -> seated.contains(s.id())
                || p.snapshot().block(s.blockId()).map(b -> b.kind() != BlockKind.PARALLEL).orElse(false),
                "reg-" + r.getId() + "-");
    }
}
