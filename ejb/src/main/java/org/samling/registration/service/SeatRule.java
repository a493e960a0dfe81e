package org.samling.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.program.model.ProgramPublished;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.service.PublishedProgram;
import org.samling.program.service.PublishedPrograms;
import org.samling.registration.model.Allocation;
import org.samling.registration.model.Pick;
import org.samling.registration.model.PickState;
import org.samling.registration.model.Registration;
import org.samling.registration.model.RegistrationSettings;
import org.samling.registration.model.Registrations;
import org.samling.registration.model.SeatChanged;
import org.samling.registration.model.SessionSeats;
import org.samling.registration.model.WaitingList;
import org.samling.shared.Environment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The seat rule, applied in the caller's transaction: a session's seats are given one at a time
 * under its seats row's lock, so never more confirmed than seats whatever the concurrency; one who
 * comes too late waits, in order; a freed seat goes to the first waiting at once, who is told.
 * Sessions are always locked in ascending order: two registrations never wait on each other.
 */
@ApplicationScoped
public class SeatRule {

    @Inject
    Registrations registrations;
    @Inject
    ConferenceService conferences;
    @Inject
    PublishedPrograms publishedPrograms;
    @Inject
    Event<SeatChanged> seatChanged;
    @Inject
    Clock clock;

    /** Seats of a session: the chairs' limit, else its room's capacity in the published programme, else no limit (null). */
    Integer seats(PublishedProgram p, long sessionId) {
        Integer limit = registrations.seatsOf(sessionId).map(SessionSeats::getSeats).orElse(null);
        if (limit != null) {
            return limit;
        }
        return PublishedBlocks.session(p, sessionId).flatMap(s -> p.snapshot().room(s.roomId()))
                .map(ProgramSnapshot.RoomView::capacity).orElse(null);
    }

    SessionSeats lock(long sessionId, Long conferenceId) {
        return registrations.lockSession(sessionId, conferenceId);
    }

    /** Gives the picks: ranked ones wait for the allocation; a single pick gets a seat if one is free, else waits. */
    void give(ConferenceView c, RegistrationSettings settings, Registration r, long occurrence, Map<Long, List<Long>> picks,
            PublishedProgram p) {
        if (settings.getAllocation() == Allocation.AFTER_DEADLINE) {
            Instant now = clock.instant();
            picks.forEach((block, ranked) -> {
                for (int i = 0; i < ranked.size(); i++) {
                    registrations
                            .add(new Pick(r.getId(), c.id(), occurrence, block, ranked.get(i), i + 1, PickState.RANKED, now));
                }
            });
            return;
        }
        List<Map.Entry<Long, Long>> bySession = picks.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue().get(0)))
                .sorted(Map.Entry.comparingByValue()).toList();
        for (Map.Entry<Long, Long> e : bySession) {
            lock(e.getValue(), c.id());
            Integer seats = seats(p, e.getValue());
            boolean free = seats == null || registrations.confirmed(e.getValue(), occurrence) < seats;
            // Queued at the moment the lock is held, not when the request came: the waiting list's order is the
            // order of the lock, so the number a participant is told is the one stored (two at once were both told 7).
            registrations.add(new Pick(r.getId(), c.id(), occurrence, e.getKey(), e.getValue(), 1,
                    free ? PickState.CONFIRMED : PickState.WAITING, clock.instant()));
            registrations.flush();
        }
    }

    /** Cancels the pick of one block; a seat it held goes to the first waiting. */
    void cancelBlock(Registration r, long blockId, PublishedProgram p) {
        List<Long> freed = new ArrayList<>();
        for (Pick pick : registrations.picksOf(r.getId())) {
            if (pick.getBlockId() == blockId && (pick.getState().live() || pick.getState() == PickState.NOT_GIVEN)) {
                if (pick.getState() == PickState.CONFIRMED) {
                    freed.add(pick.getSessionId());
                }
                pick.moveTo(PickState.CANCELLED);
            }
        }
        registrations.flush();
        freed.forEach(s -> promote(s, PublishedBlocks.occurrence(r), r.getConferenceId(), p));
    }

    /** Gives the session's free seats to the first waiting, in order, and tells them. */
    void promote(long sessionId, long occurrence, Long conferenceId, PublishedProgram p) {
        lock(sessionId, conferenceId);
        for (Pick pick : WaitingList.toSeat(registrations.picksOfSession(sessionId, occurrence), seats(p, sessionId))) {
            pick.moveTo(PickState.CONFIRMED);
            Registration r = registrations.byId(pick.getRegistrationId()).orElseThrow();
            ConferenceView c = conferences.byId(r.getConferenceId(), r.getLanguage()).orElseThrow();
            PublishedProgram told = publishedPrograms.published(c.acronym(), r.getLanguage()).orElse(p);
            String when = told.snapshot().block(pick.getBlockId())
                    .map(b -> PublishedBlocks.label(told, b, occurrence, r.getLanguage())).orElse("");
            seatChanged.fire(new SeatChanged(c.id(), r.getEmail(), r.getName(), r.getLanguage(), c.name(),
                    PublishedBlocks.title(told, sessionId), when, manageUrl(c, r)));
        }
        registrations.flush();
    }

    /** A release publishes sessions: each gets its seats row (the lock's target) if it has none. */
    void onPublished(@Observes ProgramPublished e) {
        publishedPrograms.published(e.acronym(), Language.EN).ifPresent(p -> p.snapshot().sessions().forEach(s -> {
            if (registrations.seatsOf(s.id()).isEmpty()) {
                registrations.add(new SessionSeats(s.id(), e.conferenceId()));
            }
        }));
    }

    /** A waiting pick's number in the queue (1 for the first), 0 if it is not waiting. */
    int position(Pick pick) {
        return pick.getState() != PickState.WAITING
                ? 0
                : WaitingList.position(registrations.picksOfSession(pick.getSessionId(), pick.getOccurrence()), pick);
    }

    /** The sessions of a registration's live picks in one block, in the order of choice. */
    List<Long> current(Registration r, long blockId) {
        return registrations.picksOf(r.getId()).stream().filter(x -> x.getBlockId() == blockId && x.getState().live())
                .sorted(Comparator.comparingInt(Pick::getChoice)).map(Pick::getSessionId).toList();
    }

    /** The participant's own page, whose link the mails carry (and whose token proves the address). */
    static String manageUrl(ConferenceView c, Registration r) {
        return Environment.baseUrl() + "/c/" + c.acronym() + "/registration/" + r.getToken();
    }
}
