package org.samling.registration.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.model.Actor;
import org.samling.identity.service.EmailRules;
import org.samling.notification.service.MailSettings;
import org.samling.program.model.BlockKind;
import org.samling.program.model.ProgramSession;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.model.Programs;
import org.samling.program.model.Room;
import org.samling.program.service.ProgramService;
import org.samling.program.service.PublishedProgram;
import org.samling.publishing.model.CalendarDocument;
import org.samling.publishing.render.IcsCalendar;
import org.samling.publishing.render.SignInSheet;
import org.samling.registration.model.Allocation;
import org.samling.registration.model.LinksDue;
import org.samling.registration.model.Pick;
import org.samling.registration.model.PickState;
import org.samling.registration.model.Registered;
import org.samling.registration.model.Registration;
import org.samling.registration.model.RegistrationSettings;
import org.samling.registration.model.Registrations;
import org.samling.registration.model.SeatChanged;
import org.samling.registration.model.WaitingList;
import org.samling.registration.solver.SeatAllocation;
import org.samling.shared.DomainException;
import org.samling.shared.SpreadsheetCsv;
import org.samling.shared.Violations;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Registration for a conference's published programme: a participant registers (with or without
 * an account) and picks one session per parallel block, or ranks up to three when the chair
 * allocates after the deadline; changes or cancels until the deadline through the link in their
 * mail. The seat rule: a session's seats are given one at a time under its row lock, so never more
 * confirmed than seats whatever the concurrency; one who comes too late waits, in order, and a
 * freed seat goes to the first waiting at once. The chairs set seats, see counts and lists, move
 * people, export lists and sign-in sheets, allocate, and schedule the virtual rooms' links.
 */
@Stateless
public class RegistrationService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_ANSWER = 500;

    @Inject
    ConferenceService conferences;
    @Inject
    ProgramService programService;
    @Inject
    Programs programs;
    @Inject
    Registrations registrations;
    @Inject
    MailSettings mailSettings;
    @Inject
    RegistrationPolicy policy;
    @Inject
    org.samling.publishing.service.PublishingService publishing;
    @Inject
    Clock clock;
    @Inject
    Event<Registered> registered;
    @Inject
    Event<SeatChanged> seatChanged;
    @Inject
    Event<LinksDue> linksDue;

    // ---- participants ----

    public RegistrationViews.Form form(String acronym, Long occurrenceId, Language reader) {
        ConferenceView c = conference(acronym, reader);
        RegistrationSettings s = registrations.settings(c.id()).orElse(new RegistrationSettings(c.id()));
        Optional<PublishedProgram> p = programService.published(acronym, reader);
        long occurrence = p.map(x -> x.occurrence(occurrenceId).id()).orElse(0L);
        return new RegistrationViews.Form(c, policy.takesChanges(s, clock.instant()), s.getClosesAt(), s.getAllocation(),
                s.questionList(), p.map(PublishedProgram::occurrences).orElse(List.of()),
                p.map(x -> choices(x, occurrence, reader)).orElse(List.of()), p.isPresent());
    }

    private List<RegistrationViews.BlockChoice> choices(PublishedProgram p, long occurrence, Language reader) {
        Map<Long, long[]> counts = counts(p.conference().id(), occurrence);
        List<RegistrationViews.BlockChoice> blocks = new ArrayList<>();
        for (ProgramSnapshot.BlockView b : parallelBlocks(p)) {
            List<RegistrationViews.SessionChoice> sessions = new ArrayList<>();
            for (ProgramSnapshot.SessionView s : p.snapshot().sessionsOf(b.id())) {
                var room = p.snapshot().room(s.roomId());
                long[] n = counts.getOrDefault(s.id(), new long[2]);
                sessions.add(new RegistrationViews.SessionChoice(s.id(), s.title(),
                        room.map(ProgramSnapshot.RoomView::name).orElse(""), room.map(ProgramSnapshot.RoomView::virtual).orElse(false),
                        seats(s.id()), n[0], n[1]));
            }
            blocks.add(new RegistrationViews.BlockChoice(b.id(), label(p, b, occurrence, reader), sessions));
        }
        return blocks;
    }

    private static String label(PublishedProgram p, ProgramSnapshot.BlockView b, long occurrence, Language reader) {
        return Messages.day(reader, p.dayAt(p.occurrence(occurrence), b.day())) + ", " + b.times()
                + ": " + b.title();
    }

    /** Registers; returns the token of the participant's own link. */
    public String register(String acronym, RegistrationViews.Input in, Long accountId, Language language) {
        ConferenceView c = conference(acronym, language);
        RegistrationSettings settings = open(c);
        PublishedProgram p = programService.published(acronym, language).orElse(null);
        Violations v = new Violations();
        String name = required(v, "name", in.name(), 200);
        String email = in.email() == null ? "" : in.email().strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            v.add("email", "field.required");
        } else if (!EmailRules.isValid(email)) {
            v.add("email", "registration.emailInvalid");
        }
        String organisation = in.organisation() == null || in.organisation().isBlank() ? null : in.organisation().strip();
        if (organisation != null && organisation.length() > 300) {
            v.add("organisation", "field.tooLong", 300);
        }
        long occurrence = 0;
        if (in.occurrenceId() != null && in.occurrenceId() != 0) {
            if (p == null || !p.holds(in.occurrenceId())) {
                v.add("occurrence", "program.notFound");
            } else {
                occurrence = in.occurrenceId();
            }
        }
        String answers = answers(v, settings, in.answers());
        Map<Long, List<Long>> picks = checkPicks(v, p, settings, in.picks(), block -> true, language);
        if (!v.has("email") && !email.isEmpty()) {
            registrations.byEmail(c.id(), email).filter(Registration::active)
                    .ifPresent(r -> v.add("email", "registration.exists"));
        }
        v.throwIfAny();
        Instant now = clock.instant();
        Registration r = registrations.byEmail(c.id(), email).orElse(null);
        if (r == null) {
            r = registrations.add(new Registration(c.id(), occurrence == 0 ? null : occurrence, accountId, name, email,
                    organisation, answers, language, token(), now));
        } else {
            r.reactivate();
            r.update(occurrence == 0 ? null : occurrence, accountId, name, email, organisation, answers, language);
        }
        givePicks(c, settings, r, occurrence, picks, now);
        confirm(r, p, false);
        return r.getToken();
    }

    /** A participant's own page. */
    public RegistrationViews.Mine mine(String token, Language reader) {
        Registration r = registrations.byToken(token).orElseThrow(() -> new DomainException(null, "registration.notFound"));
        ConferenceView c = conferences.byId(r.getConferenceId(), reader).orElseThrow();
        RegistrationSettings s = registrations.settings(c.id()).orElse(new RegistrationSettings(c.id()));
        PublishedProgram p = programService.published(c.acronym(), reader).orElse(null);
        long occurrence = occurrence(r);
        List<RegistrationViews.PickView> picks = new ArrayList<>();
        for (Pick pick : registrations.picksOf(r.getId())) {
            if (!pick.getState().live() && pick.getState() != PickState.NOT_GIVEN) {
                continue;
            }
            ProgramSnapshot.SessionView session = p == null ? null : p.snapshot().sessions().stream()
                    .filter(x -> x.id() == pick.getSessionId()).findFirst().orElse(null);
            ProgramSnapshot.BlockView block = p == null ? null : p.snapshot().block(pick.getBlockId()).orElse(null);
            var room = session == null ? Optional.<ProgramSnapshot.RoomView>empty() : p.snapshot().room(session.roomId());
            picks.add(new RegistrationViews.PickView(pick.getId(), pick.getBlockId(), block == null ? "" : label(p, block, occurrence, reader),
                    pick.getSessionId(), session == null ? "" : session.title(), room.map(ProgramSnapshot.RoomView::name).orElse(""),
                    room.filter(ProgramSnapshot.RoomView::virtual).map(ProgramSnapshot.RoomView::link).orElse(null),
                    pick.getChoice(), pick.getState(), position(pick)));
        }
        String where = p == null ? "" : p.occurrence(occurrence).venue();
        return new RegistrationViews.Mine(r.getToken(), c, r.getName(), r.getEmail(), r.getOrganisation(), occurrence, where, r.active(),
                r.active() && policy.takesChanges(s, clock.instant()), s.getClosesAt(), s.getAllocation(),
                picks, form(c.acronym(), occurrence == 0 ? null : occurrence, reader));
    }

    /** Changes the pick of one block (one session, or up to three ranked), until the deadline. */
    public void changePick(String token, long blockId, List<Long> sessions, Language reader) {
        Registration r = lockedActive(token);
        ConferenceView c = conferences.byId(r.getConferenceId(), reader).orElseThrow();
        RegistrationSettings settings = open(c);
        PublishedProgram p = programService.published(c.acronym(), reader).orElse(null);
        Violations v = new Violations();
        if (p == null || parallelBlocks(p).stream().noneMatch(b -> b.id() == blockId)) {
            throw new DomainException(null, "program.notFound");
        }
        Map<Long, List<Long>> checked = checkPicks(v, p, settings, Map.of(blockId, sessions == null ? List.of() : sessions),
                block -> block == blockId, reader);
        v.throwIfAny();
        if (checked.get(blockId).equals(current(r, blockId))) {
            return;
        }
        cancelBlock(r, blockId);
        givePicks(c, settings, r, occurrence(r), checked, clock.instant());
        confirm(r, p, true);
    }

    /**
     * Moves the registration to another occurrence (another venue and first day), until the
     * deadline. Every pick is given up where it was (a seat goes to the first waiting there) and
     * asked for again at the new place, the same sessions in the same order: a seat where one is
     * free, else a place at the end of the waiting list; ranked choices stay ranked. One mail says
     * what the participant now has.
     */
    public void moveOccurrence(String token, Long occurrenceId, Language reader) {
        Registration r = lockedActive(token);
        ConferenceView c = conferences.byId(r.getConferenceId(), reader).orElseThrow();
        RegistrationSettings settings = open(c);
        PublishedProgram p = programService.published(c.acronym(), reader).orElse(null);
        long target = occurrenceId == null ? 0 : occurrenceId;
        if (p == null || !p.holds(target)) {
            throw new DomainException("occurrence", "program.notFound");
        }
        if (target == occurrence(r)) {
            return;
        }
        Map<Long, List<Long>> picks = new LinkedHashMap<>();
        for (Long block : registrations.picksOf(r.getId()).stream().map(Pick::getBlockId).distinct().sorted().toList()) {
            List<Long> sessions = current(r, block);
            if (!sessions.isEmpty()) {
                picks.put(block, sessions);
            }
            cancelBlock(r, block);
        }
        r.moveTo(target == 0 ? null : target);
        givePicks(c, settings, r, target, picks, clock.instant());
        confirm(r, p, true);
    }

    /** Cancels the pick of one block (its seat goes to the first waiting), until the deadline. */
    public void cancelPick(String token, long blockId, Language reader) {
        Registration r = lockedActive(token);
        ConferenceView c = conferences.byId(r.getConferenceId(), reader).orElseThrow();
        open(c);
        cancelBlock(r, blockId);
        confirm(r, programService.published(c.acronym(), reader).orElse(null), true);
    }

    /** Cancels the whole registration, until the deadline; every seat goes to the first waiting. */
    public void cancel(String token, Language reader) {
        Registration r = lockedActive(token);
        ConferenceView c = conferences.byId(r.getConferenceId(), reader).orElseThrow();
        open(c);
        for (Long block : registrations.picksOf(r.getId()).stream().map(Pick::getBlockId).distinct().toList()) {
            cancelBlock(r, block);
        }
        r.cancel(clock.instant());
    }

    /** The participant's own calendar: the plenary sessions and the sessions they have a seat in. */
    public Optional<String> calendar(String token) {
        return registrations.byToken(token).filter(Registration::active).flatMap(r -> {
            ConferenceView c = conferences.byId(r.getConferenceId(), r.getLanguage()).orElseThrow();
            return programService.published(c.acronym(), r.getLanguage()).map(p -> IcsCalendar.write(calendarOf(r, p)));
        });
    }

    // ---- the seat rule ----

    private void givePicks(ConferenceView c, RegistrationSettings settings, Registration r, long occurrence,
                           Map<Long, List<Long>> picks, Instant now) {
        if (settings.getAllocation() == Allocation.AFTER_DEADLINE) {
            picks.forEach((block, ranked) -> {
                for (int i = 0; i < ranked.size(); i++) {
                    registrations.add(new Pick(r.getId(), c.id(), occurrence, block, ranked.get(i), i + 1, PickState.RANKED, now));
                }
            });
            return;
        }
        // Sessions locked in ascending order by every transaction: two registrations never wait on each other in a circle.
        List<Map.Entry<Long, Long>> bySession = picks.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue().get(0)))
                .sorted(Map.Entry.comparingByValue()).toList();
        for (Map.Entry<Long, Long> e : bySession) {
            registrations.lockSession(e.getValue());
            Integer seats = seats(e.getValue());
            boolean free = seats == null || registrations.confirmed(e.getValue(), occurrence) < seats;
            // Queued at the moment the lock is held, not when the request came: the waiting list's order is the
            // order of the lock, so the number a participant is told is the one stored (two at once were both told 7).
            registrations.add(new Pick(r.getId(), c.id(), occurrence, e.getKey(), e.getValue(), 1,
                    free ? PickState.CONFIRMED : PickState.WAITING, clock.instant()));
            registrations.flush();
        }
    }

    private void cancelBlock(Registration r, long blockId) {
        List<Long> freed = new ArrayList<>();
        for (Pick p : registrations.picksOf(r.getId())) {
            if (p.getBlockId() == blockId && (p.getState().live() || p.getState() == PickState.NOT_GIVEN)) {
                if (p.getState() == PickState.CONFIRMED) {
                    freed.add(p.getSessionId());
                }
                p.moveTo(PickState.CANCELLED);
            }
        }
        registrations.flush();
        freed.forEach(s -> promote(s, occurrence(r)));
    }

    /** Gives the session's free seats to the first waiting, in order, and tells them. */
    void promote(Long sessionId, long occurrence) {
        registrations.lockSession(sessionId);
        for (Pick p : WaitingList.toSeat(registrations.picksOfSession(sessionId, occurrence), seats(sessionId))) {
            p.moveTo(PickState.CONFIRMED);
            Registration r = registrations.byId(p.getRegistrationId()).orElseThrow();
            ConferenceView c = conferences.byId(r.getConferenceId(), r.getLanguage()).orElseThrow();
            PublishedProgram pp = programService.published(c.acronym(), r.getLanguage()).orElse(null);
            String session = pp == null ? "" : pp.snapshot().sessions().stream().filter(s -> s.id() == sessionId)
                    .map(ProgramSnapshot.SessionView::title).findFirst().orElse("");
            String when = pp == null ? "" : pp.snapshot().block(p.getBlockId())
                    .map(b -> label(pp, b, occurrence, r.getLanguage())).orElse("");
            seatChanged.fire(new SeatChanged(c.id(), r.getEmail(), r.getName(), r.getLanguage(), c.name(), session, when,
                    manageUrl(c, r)));
        }
        registrations.flush();
    }

    /** Seats of a session: the chair's limit, else its room's capacity, else no limit. */
    Integer seats(long sessionId) {
        ProgramSession s = programs.find(ProgramSession.class, sessionId).orElse(null);
        if (s == null) {
            return 0;
        }
        if (s.getSeats() != null) {
            return s.getSeats();
        }
        return programs.find(Room.class, s.getRoomId()).map(Room::getCapacity).orElse(null);
    }

    private int position(Pick pick) {
        return pick.getState() != PickState.WAITING ? 0
                : WaitingList.position(registrations.picksOfSession(pick.getSessionId(), pick.getOccurrence()), pick);
    }

    // ---- the chairs ----

    public RegistrationViews.Overview overview(Actor actor, String acronym, Long occurrenceId, Language reader) {
        ConferenceView c = conferences.chaired(actor, acronym, reader);
        RegistrationSettings s = registrations.settings(c.id()).orElse(new RegistrationSettings(c.id()));
        PublishedProgram p = programService.published(acronym, reader).orElse(null);
        long occurrence = p == null ? 0 : p.occurrence(occurrenceId).id();
        Map<Long, Registration> people = registrations.ofConference(c.id()).stream()
                .collect(Collectors.toMap(Registration::getId, r -> r));
        List<RegistrationViews.BlockOverview> blocks = new ArrayList<>();
        for (ProgramSnapshot.BlockView b : p == null ? List.<ProgramSnapshot.BlockView>of() : parallelBlocks(p)) {
            List<RegistrationViews.SessionOverview> sessions = new ArrayList<>();
            for (ProgramSnapshot.SessionView session : p.snapshot().sessionsOf(b.id())) {
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
                    list.add(new RegistrationViews.Participant(pick.getId(), r.getId(), r.getName(), r.getEmail(),
                            r.getOrganisation(), pick.getState(), pick.getState() == PickState.WAITING ? waiting : 0,
                            pick.getChoice(), r.getAnswers()));
                }
                ProgramSession entity = programs.find(ProgramSession.class, session.id()).orElse(null);
                sessions.add(new RegistrationViews.SessionOverview(session.id(), session.title(),
                        p.snapshot().room(session.roomId()).map(ProgramSnapshot.RoomView::name).orElse(""), seats(session.id()),
                        entity == null ? null : entity.getSeats(), confirmed, waiting, list));
            }
            blocks.add(new RegistrationViews.BlockOverview(b.id(), label(p, b, occurrence, reader), sessions));
        }
        int active = (int) people.values().stream().filter(Registration::active).count();
        return new RegistrationViews.Overview(c, new RegistrationViews.Settings(s.isOpen(), s.getClosesAt(), s.getAllocation(),
                s.questionList(), s.getLinksMailAt(), s.getLinksMailedAt(), s.getAllocatedAt()), active, blocks, p != null);
    }

    public void saveSettings(Actor actor, String acronym, RegistrationViews.Settings in) {
        ConferenceView c = conferences.chaired(actor, acronym, Language.EN);
        Violations v = new Violations();
        if (in.allocation() == null) {
            v.add("allocation", "field.required");
        }
        List<String> questions = in.questions() == null ? List.of() : in.questions().stream().map(String::strip)
                .filter(q -> !q.isEmpty()).toList();
        if (questions.size() > 10) {
            v.add("questions", "registration.tooManyQuestions", 10);
        } else if (questions.stream().anyMatch(q -> q.length() > 200)) {
            v.add("questions", "field.tooLong", 200);
        }
        v.throwIfAny();
        RegistrationSettings s = registrations.settings(c.id()).orElseGet(() -> registrations.add(new RegistrationSettings(c.id())));
        if (s.getAllocatedAt() != null && in.allocation() != s.getAllocation()) {
            throw new DomainException("allocation", "registration.allocatedAlready");
        }
        s.change(in.open(), in.closesAt(), in.allocation(), questions, in.linksMailAt());
    }

    /** Sets a session's seats (empty: the room's); more seats go to the waiting at once. */
    public void setSeats(Actor actor, String acronym, long sessionId, Integer seats) {
        ConferenceView c = conferences.chaired(actor, acronym, Language.EN);
        ProgramSession s = programs.find(ProgramSession.class, sessionId).filter(x -> x.getConferenceId().equals(c.id()))
                .orElseThrow(() -> new DomainException(null, "program.notFound"));
        if (seats != null && (seats < 0 || seats > 100_000)) {
            throw new DomainException("seats" + sessionId, "program.capacityRange", 0, 100_000);
        }
        registrations.lockSession(sessionId);
        s.limitSeats(seats);
        registrations.flush();
        for (long occurrence : occurrences(c.acronym())) {
            promote(sessionId, occurrence);
        }
    }

    /** A chair moves a participant to another session of the same block, if it has a free seat. */
    public void move(Actor actor, String acronym, long pickId, long sessionId) {
        ConferenceView c = conferences.chaired(actor, acronym, Language.EN);
        Pick pick = registrations.picksOfConference(c.id()).stream().filter(p -> p.getId() == pickId && p.getState().live())
                .findFirst().orElseThrow(() -> new DomainException(null, "registration.notFound"));
        PublishedProgram p = programService.published(acronym, Language.EN).orElseThrow();
        if (p.snapshot().sessionsOf(pick.getBlockId()).stream().noneMatch(s -> s.id() == sessionId)) {
            throw new DomainException(null, "registration.otherBlock");
        }
        Long from = pick.getSessionId();
        if (from == sessionId) {
            return;
        }
        registrations.lockSession(Math.min(from, sessionId));
        registrations.lockSession(Math.max(from, sessionId));
        Integer seats = seats(sessionId);
        if (seats != null && registrations.confirmed(sessionId, pick.getOccurrence()) >= seats) {
            throw new DomainException(null, "registration.sessionFull", p.snapshot().sessions().stream().filter(s -> s.id() == sessionId)
                    .map(ProgramSnapshot.SessionView::title).findFirst().orElse(""));
        }
        boolean hadSeat = pick.getState() == PickState.CONFIRMED;
        pick.reseat(sessionId, clock.instant());
        registrations.flush();
        if (hadSeat) {
            promote(from, pick.getOccurrence());
        }
        Registration r = registrations.byId(pick.getRegistrationId()).orElseThrow();
        confirm(r, p, true);
    }

    /**
     * Allocates the seats of every parallel block from the ranked picks, after registration closed:
     * as many first choices as possible, then as many seats; those left out wait for their first
     * choice. Everyone is told their seats.
     */
    public int allocate(Actor actor, String acronym) {
        ConferenceView c = conferences.chaired(actor, acronym, Language.EN);
        RegistrationSettings s = registrations.settings(c.id()).orElseThrow(() -> new DomainException(null, "registration.closed"));
        if (!policy.mayAllocate(s, clock.instant())) {
            throw new DomainException(null, s.getAllocation() != Allocation.AFTER_DEADLINE ? "registration.notAllocating"
                    : "registration.allocateAfterClose");
        }
        PublishedProgram p = programService.published(acronym, Language.EN).orElseThrow(() -> new DomainException(null, "program.empty"));
        List<Pick> all = registrations.picksOfConference(c.id());
        int seated = 0;
        for (long occurrence : p.occurrences().stream().map(ProgramSnapshot.OccurrenceView::id).toList()) {
            for (ProgramSnapshot.BlockView b : parallelBlocks(p)) {
                Map<Long, List<Pick>> ranked = all.stream().filter(x -> x.getOccurrence() == occurrence
                                && x.getBlockId() == b.id() && x.getState() == PickState.RANKED)
                        .sorted(Comparator.comparingInt(Pick::getChoice))
                        .collect(Collectors.groupingBy(Pick::getRegistrationId, LinkedHashMap::new, Collectors.toList()));
                Map<Long, Integer> seats = new LinkedHashMap<>();
                for (ProgramSnapshot.SessionView session : p.snapshot().sessionsOf(b.id())) {
                    Integer n = seats(session.id());
                    seats.put(session.id(), n == null ? null : (int) Math.max(0, n - registrations.confirmed(session.id(), occurrence)));
                }
                List<SeatAllocation.Person> people = ranked.entrySet().stream().map(e -> new SeatAllocation.Person(e.getKey(),
                        e.getValue().stream().map(Pick::getSessionId).toList())).toList();
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
                seated += result.sessionOf().size();
            }
        }
        s.allocated(clock.instant());
        registrations.flush();
        for (Registration r : registrations.ofConference(c.id())) {
            if (r.active()) {
                confirm(r, p, true);
            }
        }
        return seated;
    }

    /** A session's participants as CSV ({@link SpreadsheetCsv}): seated first, then the waiting list in order. */
    public String csv(Actor actor, String acronym, long sessionId, Long occurrenceId) {
        RegistrationViews.SessionOverview s = session(actor, acronym, sessionId, occurrenceId);
        RegistrationSettings settings = registrations.settings(conferences.chaired(actor, acronym, Language.EN).id()).orElse(null);
        List<String> questions = settings == null ? List.of() : settings.questionList();
        List<String> header = new ArrayList<>(List.of("name", "email", "organisation", "state", "waiting_position", "choice"));
        header.addAll(questions);
        List<List<String>> rows = new ArrayList<>();
        for (RegistrationViews.Participant p : s.people()) {
            List<String> row = new ArrayList<>(List.of(p.name(), p.email(), p.organisation() == null ? "" : p.organisation(),
                    p.state().name(), p.position() == 0 ? "" : Integer.toString(p.position()), Integer.toString(p.choice())));
            String[] answers = p.answers().split("\n", -1);
            for (int i = 0; i < questions.size(); i++) {
                row.add(i < answers.length ? answers[i] : "");
            }
            rows.add(row);
        }
        return SpreadsheetCsv.write(header, rows);
    }

    /** A session's sign-in sheet (PDF): the seated participants with a line to sign. */
    public byte[] signInSheet(Actor actor, String acronym, long sessionId, Long occurrenceId) {
        RegistrationViews.SessionOverview s = session(actor, acronym, sessionId, occurrenceId);
        PublishedProgram p = programService.published(acronym, Language.EN).orElseThrow();
        Language l = programService.published(acronym, p.language()).map(PublishedProgram::language).orElse(Language.EN);
        String when = p.snapshot().sessions().stream().filter(x -> x.id() == sessionId).findFirst()
                .flatMap(x -> p.snapshot().block(x.blockId())).map(b -> label(p, b, p.occurrence(occurrenceId).id(), l)).orElse("");
        return SignInSheet.render(p.conference().name(), s.title(), when + (s.room().isEmpty() ? "" : " \u00b7 " + s.room()),
                Messages.get(l, "registration.sheetName"), Messages.get(l, "registration.sheetOrganisation"),
                Messages.get(l, "registration.sheetSignature"),
                s.people().stream().filter(x -> x.state() == PickState.CONFIRMED)
                        .map(x -> new SignInSheet.Row(x.name(), x.organisation())).toList());
    }

    private RegistrationViews.SessionOverview session(Actor actor, String acronym, long sessionId, Long occurrenceId) {
        return overview(actor, acronym, occurrenceId, Language.EN).blocks().stream().flatMap(b -> b.sessions().stream())
                .filter(x -> x.sessionId() == sessionId).findFirst()
                .orElseThrow(() -> new DomainException(null, "program.notFound"));
    }

    /** The virtual rooms' links to everyone with a seat in a virtual session, once, on the chair's date (the timer calls it). */
    public int sendDueLinks() {
        Instant now = clock.instant();
        int sent = 0;
        for (RegistrationSettings s : dueSettings(now)) {
            ConferenceView c = conferences.byId(s.getConferenceId(), Language.EN).orElseThrow();
            PublishedProgram p = programService.published(c.acronym(), Language.EN).orElse(null);
            if (p != null) {
                Map<Long, Registration> people = registrations.ofConference(c.id()).stream().filter(Registration::active)
                        .collect(Collectors.toMap(Registration::getId, r -> r));
                Map<Long, List<String>> links = new LinkedHashMap<>();
                for (Pick pick : registrations.picksOfConference(c.id())) {
                    if (pick.getState() != PickState.CONFIRMED || !people.containsKey(pick.getRegistrationId())) {
                        continue;
                    }
                    p.snapshot().sessions().stream().filter(x -> x.id() == pick.getSessionId()).findFirst().ifPresent(session ->
                            p.snapshot().room(session.roomId()).filter(ProgramSnapshot.RoomView::virtual).ifPresent(room ->
                                    links.computeIfAbsent(pick.getRegistrationId(), k -> new ArrayList<>()).add(
                                            p.snapshot().block(session.blockId()).map(b -> label(p, b, pick.getOccurrence(),
                                                            people.get(pick.getRegistrationId()).getLanguage())).orElse("")
                                                    + "\n" + session.title() + "\n" + room.link())));
                }
                for (Map.Entry<Long, List<String>> e : links.entrySet()) {
                    Registration r = people.get(e.getKey());
                    linksDue.fire(new LinksDue(c.id(), r.getEmail(), r.getName(), r.getLanguage(), c.name(),
                            String.join("\n\n", e.getValue()), manageUrl(c, r)));
                    sent++;
                }
            }
            s.linksMailed(now);
        }
        return sent;
    }

    private List<RegistrationSettings> dueSettings(Instant now) {
        return registrations.linksNotMailed().stream().filter(s -> s.linksMailDue(now)).toList();
    }

    /** Seats taken plus the waiting list per session, for the programme's room check. */
    public Map<Long, Integer> expected(Long conferenceId) {
        Map<Long, Integer> m = new HashMap<>();
        for (Pick p : registrations.picksOfConference(conferenceId)) {
            if (p.getState() == PickState.CONFIRMED || p.getState() == PickState.WAITING
                    || (p.getState() == PickState.RANKED && p.getChoice() == 1)) {
                m.merge(p.getSessionId(), 1, Integer::sum);
            }
        }
        return m;
    }

    // ---- helpers ----

    private void confirm(Registration r, PublishedProgram p, boolean changed) {
        ConferenceView c = conferences.byId(r.getConferenceId(), r.getLanguage()).orElseThrow();
        String programme = p == null ? "" : programmeText(r, p);
        String calendar = p == null ? null : IcsCalendar.write(calendarOf(r, p));
        registered.fire(new Registered(c.id(), r.getEmail(), r.getName(), r.getLanguage(), c.name(), programme, manageUrl(c, r),
                calendar, changed));
    }

    private String programmeText(Registration r, PublishedProgram p) {
        Language l = r.getLanguage();
        long occurrence = occurrence(r);
        Map<Long, Pick> byBlock = new HashMap<>();
        for (Pick pick : registrations.picksOf(r.getId())) {
            if (pick.getState().live() && (pick.getState() != PickState.RANKED || pick.getChoice() == 1)) {
                byBlock.putIfAbsent(pick.getBlockId(), pick);
            }
        }
        StringBuilder b = new StringBuilder(p.occurrence(occurrence).venue() == null ? "" : p.occurrence(occurrence).venue() + "\n");
        java.time.LocalDate day = null;
        for (ProgramSnapshot.BlockView block : p.snapshot().blocks()) {
            java.time.LocalDate held = p.dayAt(p.occurrence(occurrence), block.day());
            if (!held.equals(day)) {
                b.append('\n').append(Messages.day(l, held)).append('\n');
                day = held;
            }
            String times = block.times() + "  ";
            if (block.kind() == BlockKind.PARALLEL) {
                Pick pick = byBlock.get(block.id());
                if (pick == null) {
                    continue;
                }
                String session = p.snapshot().sessions().stream().filter(s -> s.id() == pick.getSessionId())
                        .map(ProgramSnapshot.SessionView::title).findFirst().orElse("");
                b.append(times).append(session).append(" (").append(Messages.get(l, "registration.state." + pick.getState(),
                        position(pick))).append(")\n");
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
    private CalendarDocument calendarOf(Registration r, PublishedProgram p) {
        java.util.Set<Long> seated = registrations.picksOf(r.getId()).stream().filter(x -> x.getState() == PickState.CONFIRMED)
                .map(Pick::getSessionId).collect(Collectors.toSet());
        return publishing.calendarOf(p, p.occurrence(occurrence(r)), s -> seated.contains(s.id())
                || p.snapshot().block(s.blockId()).map(b -> b.kind() != BlockKind.PARALLEL).orElse(false), "reg-" + r.getId() + "-");
    }

    private List<ProgramSnapshot.BlockView> parallelBlocks(PublishedProgram p) {
        return p.snapshot().blocks().stream().filter(b -> b.kind() == BlockKind.PARALLEL && !p.snapshot().sessionsOf(b.id()).isEmpty())
                .toList();
    }

    private Map<Long, long[]> counts(Long conferenceId, long occurrence) {
        Map<Long, long[]> m = new HashMap<>();
        for (Pick p : registrations.picksOfConference(conferenceId)) {
            if (p.getOccurrence() != occurrence) {
                continue;
            }
            if (p.getState() == PickState.CONFIRMED) {
                m.computeIfAbsent(p.getSessionId(), k -> new long[2])[0]++;
            } else if (p.getState() == PickState.WAITING || (p.getState() == PickState.RANKED && p.getChoice() == 1)) {
                m.computeIfAbsent(p.getSessionId(), k -> new long[2])[1]++;
            }
        }
        return m;
    }

    /** Checks the picks against the published parallel blocks: one per block (ranked: one to three, all different). */
    private Map<Long, List<Long>> checkPicks(Violations v, PublishedProgram p, RegistrationSettings s, Map<Long, List<Long>> in,
                                             java.util.function.LongPredicate asked, Language reader) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        if (p == null) {
            return out;
        }
        for (ProgramSnapshot.BlockView b : parallelBlocks(p)) {
            if (!asked.test(b.id())) {
                continue;
            }
            List<Long> chosen = in == null ? List.of() : in.getOrDefault(b.id(), List.of()).stream()
                    .filter(java.util.Objects::nonNull).toList();
            String field = "pick" + b.id();
            String label = label(p, b, 0, reader);
            if (chosen.isEmpty()) {
                v.add(field, "registration.pickRequired", label);
                continue;
            }
            int max = s.getAllocation() == Allocation.AFTER_DEADLINE ? 3 : 1;
            if (chosen.size() > max || chosen.stream().distinct().count() != chosen.size()) {
                v.add(field, "registration.pickTwice", label);
                continue;
            }
            if (chosen.stream().anyMatch(id -> p.snapshot().sessionsOf(b.id()).stream().noneMatch(x -> x.id() == id))) {
                v.add(field, "registration.pickUnknown", label);
                continue;
            }
            out.put(b.id(), chosen);
        }
        return out;
    }

    private List<Long> current(Registration r, long blockId) {
        return registrations.picksOf(r.getId()).stream().filter(p -> p.getBlockId() == blockId && p.getState().live())
                .sorted(Comparator.comparingInt(Pick::getChoice)).map(Pick::getSessionId).toList();
    }

    private String answers(Violations v, RegistrationSettings s, List<String> answers) {
        List<String> questions = s.questionList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String a = answers == null || i >= answers.size() || answers.get(i) == null ? "" : answers.get(i).strip()
                    .replace('\n', ' ');
            if (a.length() > MAX_ANSWER) {
                v.add("answer" + i, "registration.answerTooLong", questions.get(i), MAX_ANSWER);
            }
            out.add(a);
        }
        return String.join("\n", out);
    }

    private static String required(Violations v, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            v.add(field, "field.required");
            return null;
        }
        if (value.strip().length() > max) {
            v.add(field, "field.tooLong", max);
        }
        return value.strip();
    }

    private RegistrationSettings open(ConferenceView c) {
        RegistrationSettings s = registrations.settings(c.id()).orElse(null);
        if (!policy.takesChanges(s, clock.instant())) {
            throw new DomainException(null, "registration.closed");
        }
        return s;
    }

    private Registration lockedActive(String token) {
        Registration r = registrations.byToken(token).filter(Registration::active)
                .orElseThrow(() -> new DomainException(null, "registration.notFound"));
        registrations.lock(r);
        return r;
    }

    private ConferenceView conference(String acronym, Language reader) {
        return conferences.byAcronym(acronym == null ? "" : acronym, reader)
                .orElseThrow(() -> new DomainException(null, "conference.notFound"));
    }

    /** The ids of the published programme's occurrences, the conference's own (0) first. */
    private List<Long> occurrences(String acronym) {
        return programService.published(acronym, Language.EN)
                .map(p -> p.occurrences().stream().map(ProgramSnapshot.OccurrenceView::id).toList()).orElse(List.of(0L));
    }

    private static long occurrence(Registration r) {
        return r.getOccurrenceId() == null ? 0 : r.getOccurrenceId();
    }

    private String manageUrl(ConferenceView c, Registration r) {
        return mailSettings.baseUrl() + "/c/" + c.acronym() + "/registration/" + r.getToken();
    }

    private static String token() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
