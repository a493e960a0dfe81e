package org.samling.registration.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.service.PublishedProgram;
import org.samling.program.service.PublishedPrograms;
import org.samling.registration.model.Allocation;
import org.samling.registration.model.Pick;
import org.samling.registration.model.PickState;
import org.samling.registration.model.Registration;
import org.samling.registration.model.RegistrationSettings;
import org.samling.registration.model.Registrations;
import org.samling.registration.model.SessionSeats;
import org.samling.registration.solver.SeatAllocation;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The chairs' side of registration: its settings, the counts and lists per session, seats, moving
 * a participant, and the allocation of ranked choices after the deadline. Who is a chair is the
 * conference's rule ({@code ConferenceService.chaired}).
 */
@Stateless
public class RegistrationAdmin {

    @Inject
    ConferenceService conferences;
    @Inject
    PublishedPrograms publishedPrograms;
    @Inject
    Registrations registrations;
    @Inject
    RegistrationPolicy policy;
    @Inject
    SeatRule seatRule;
    @Inject
    RegistrationNotices notices;
    @Inject
    Clock clock;

    public RegistrationViews.Overview overview(Actor actor, String acronym, Long occurrenceId, Language reader) {
        ConferenceView c = conferences.chaired(actor, acronym, reader);
        RegistrationSettings s = registrations.settings(c.id()).orElse(new RegistrationSettings(c.id()));
        PublishedProgram p = publishedPrograms.published(acronym, reader).orElse(null);
        long occurrence = p == null ? 0 : p.occurrence(occurrenceId).id();
        Map<Long, Registration> people = registrations.ofConference(c.id()).stream()
                .collect(Collectors.toMap(Registration::getId, r -> r));
        List<RegistrationViews.BlockOverview> blocks = new ArrayList<>();
        for (ProgramSnapshot.BlockView b : p == null ? List.<ProgramSnapshot.BlockView>of() : PublishedBlocks.parallel(p)) {
            List<RegistrationViews.SessionOverview> sessions = new ArrayList<>();
            for (ProgramSnapshot.SessionView session : p.snapshot().sessionsOf(b.id())) {
                sessions.add(sessionOverview(p, session, occurrence, people));
            }
            blocks.add(new RegistrationViews.BlockOverview(b.id(), PublishedBlocks.label(p, b, occurrence, reader), sessions));
        }
        int active = (int) people.values().stream().filter(Registration::active).count();
        return new RegistrationViews.Overview(c, new RegistrationViews.Settings(s.isOpen(), s.getClosesAt(), s.getAllocation(),
                s.questionList(), s.getLinksMailAt(), s.getLinksMailedAt(), s.getAllocatedAt()), active, blocks, p != null,
                p == null ? List.of() : p.occurrences(), occurrence);
    }

    private RegistrationViews.SessionOverview sessionOverview(PublishedProgram p, ProgramSnapshot.SessionView session,
            long occurrence, Map<Long, Registration> people) {
        List<RegistrationViews.Participant> list = new ArrayList<>();
        int waiting = 0;
        long confirmed = 0;
        for (Pick pick : registrations.picksOfSession(session.id(), occurrence)) {
            Registration r = people.get(pick.getRegistrationId());
            if (pick.getState() == PickState.WAITING) {
                waiting++;
            } else {
                confirmed++;
            }
            list.add(new RegistrationViews.Participant(pick.getId(), r.getId(), r.getName(), r.getEmail(), r.getOrganisation(),
                    pick.getState(), pick.getState() == PickState.WAITING ? waiting : 0, pick.getChoice(), r.getAnswers()));
        }
        Integer limit = registrations.seatsOf(session.id()).map(SessionSeats::getSeats).orElse(null);
        return new RegistrationViews.SessionOverview(session.id(), session.title(),
                p.snapshot().room(session.roomId()).map(ProgramSnapshot.RoomView::name).orElse(""),
                seatRule.seats(p, session.id()),
                limit, confirmed, waiting, list);
    }

    public void saveSettings(Actor actor, String acronym, RegistrationViews.Settings in) {
        ConferenceView c = conferences.chaired(actor, acronym, Language.EN);
        Violations v = new Violations();
        if (in.allocation() == null) {
            v.add("allocation", "field.required");
        }
        List<String> questions = in.questions() == null
                ? List.of()
                : in.questions().stream().map(String::strip).filter(q -> !q.isEmpty()).toList();
        if (questions.size() > 10) {
            v.add("questions", "registration.tooManyQuestions", 10);
        } else if (questions.stream().anyMatch(q -> q.length() > 200)) {
            v.add("questions", "field.tooLong", 200);
        }
        v.throwIfAny();
        RegistrationSettings s = registrations.settings(c.id())
                .orElseGet(() -> registrations.add(new RegistrationSettings(c.id())));
        if (s.getAllocatedAt() != null && in.allocation() != s.getAllocation()) {
            throw new DomainException("allocation", "registration.allocatedAlready");
        }
        s.change(in.open(), in.closesAt(), in.allocation(), questions, in.linksMailAt());
    }

    /** Sets a published session's seats (empty: the room's); more seats go to the waiting at once. */
    public void setSeats(Actor actor, String acronym, long sessionId, Integer seats) {
        ConferenceView c = conferences.chaired(actor, acronym, Language.EN);
        PublishedProgram p = publishedPrograms.published(acronym, Language.EN)
                .filter(x -> PublishedBlocks.session(x, sessionId).isPresent())
                .orElseThrow(() -> new DomainException(null, "program.notFound"));
        if (seats != null && (seats < 0 || seats > 100_000)) {
            throw new DomainException("seats" + sessionId, "program.capacityRange", 0, 100_000);
        }
        seatRule.lock(sessionId, c.id()).limit(seats);
        registrations.flush();
        for (ProgramSnapshot.OccurrenceView o : p.occurrences()) {
            seatRule.promote(sessionId, o.id(), c.id(), p);
        }
    }

    /** A chair moves a participant to another session of the same block, if it has a free seat. */
    public void move(Actor actor, String acronym, long pickId, long sessionId) {
        ConferenceView c = conferences.chaired(actor, acronym, Language.EN);
        Pick pick = registrations.picksOfConference(c.id()).stream().filter(p -> p.getId() == pickId && p.getState().live())
                .findFirst().orElseThrow(() -> new DomainException(null, "registration.notFound"));
        PublishedProgram p = publishedPrograms.published(acronym, Language.EN).orElseThrow();
        if (p.snapshot().sessionsOf(pick.getBlockId()).stream().noneMatch(s -> s.id() == sessionId)) {
            throw new DomainException(null, "registration.otherBlock");
        }
        Long from = pick.getSessionId();
        if (from == sessionId) {
            return;
        }
        seatRule.lock(Math.min(from, sessionId), c.id());
        seatRule.lock(Math.max(from, sessionId), c.id());
        Integer seats = seatRule.seats(p, sessionId);
        if (seats != null && registrations.confirmed(sessionId, pick.getOccurrence()) >= seats) {
            throw new DomainException(null, "registration.sessionFull", PublishedBlocks.title(p, sessionId));
        }
        boolean hadSeat = pick.getState() == PickState.CONFIRMED;
        pick.reseat(sessionId, clock.instant());
        registrations.flush();
        if (hadSeat) {
            seatRule.promote(from, pick.getOccurrence(), c.id(), p);
        }
        notices.confirm(registrations.byId(pick.getRegistrationId()).orElseThrow(), p, true);
    }

    /**
     * Allocates the seats of every parallel block from the ranked picks, after registration closed:
     * as many first choices as possible, then as many seats; those left out wait for their first
     * choice. Everyone is told their seats.
     */
    public int allocate(Actor actor, String acronym) {
        ConferenceView c = conferences.chaired(actor, acronym, Language.EN);
        RegistrationSettings s = registrations.settings(c.id())
                .orElseThrow(() -> new DomainException(null, "registration.closed"));
        if (!policy.mayAllocate(s, clock.instant())) {
            throw new DomainException(null, s.getAllocation() != Allocation.AFTER_DEADLINE
                    ? "registration.notAllocating"
                    : "registration.allocateAfterClose");
        }
        PublishedProgram p = publishedPrograms.published(acronym, Language.EN)
                .orElseThrow(() -> new DomainException(null, "program.empty"));
        List<Pick> all = registrations.picksOfConference(c.id());
        int seated = 0;
        for (ProgramSnapshot.OccurrenceView o : p.occurrences()) {
            for (ProgramSnapshot.BlockView b : PublishedBlocks.parallel(p)) {
                seated += allocate(p, b, o.id(), all);
            }
        }
        s.allocated(clock.instant());
        registrations.flush();
        for (Registration r : registrations.ofConference(c.id())) {
            if (r.active()) {
                notices.confirm(r, p, true);
            }
        }
        return seated;
    }

    private int allocate(PublishedProgram p, ProgramSnapshot.BlockView b, long occurrence, List<Pick> all) {
        Map<Long, List<Pick>> ranked = all.stream()
                .filter(x -> x.getOccurrence() == occurrence && x.getBlockId() == b.id() && x.getState() == PickState.RANKED)
                .sorted(Comparator.comparingInt(Pick::getChoice))
                .collect(Collectors.groupingBy(Pick::getRegistrationId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Integer> seats = new LinkedHashMap<>();
        for (ProgramSnapshot.SessionView session : p.snapshot().sessionsOf(b.id())) {
            Integer n = seatRule.seats(p, session.id());
            seats.put(session.id(), n == null ? null : (int) Math.max(0, n - registrations.confirmed(session.id(), occurrence)));
        }
        List<SeatAllocation.Person> people = ranked.entrySet().stream()
                .map(e -> new SeatAllocation.Person(e.getKey(), e.getValue().stream().map(Pick::getSessionId).toList())).toList();
        SeatAllocation.Result result = SeatAllocation.allocate(new SeatAllocation.Input(people, seats));
        ranked.forEach((registration, picks) -> {
            Long given = result.sessionOf().get(registration);
            for (Pick pick : picks) {
                if (given == null) {
                    pick.moveTo(pick.getChoice() == 1 ? PickState.WAITING : PickState.NOT_GIVEN);
                } else {
                    pick.moveTo(pick.getSessionId().equals(given) ? PickState.CONFIRMED : PickState.NOT_GIVEN);
                }
            }
        });
        return result.sessionOf().size();
    }
}
