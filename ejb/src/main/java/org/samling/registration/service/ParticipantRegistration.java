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
import org.samling.publishing.render.IcsCalendar;
import org.samling.registration.model.Pick;
import org.samling.registration.model.PickState;
import org.samling.registration.model.Registration;
import org.samling.registration.model.RegistrationSettings;
import org.samling.registration.model.Registrations;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A participant's side of registration for a conference's published programme: they register
 * (with or without an account) and pick one session per parallel block, or rank up to three when
 * the chairs allocate after the deadline; they change or cancel until the deadline through the
 * link in their mail. Seats are given by {@link SeatRule}; what they are told, by
 * {@link RegistrationNotices}.
 */
@Stateless
public class ParticipantRegistration {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Event<Audited> audited;
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

    /** The conferences that take registrations now, for the front page. */
    public Set<Long> takingRegistrations() {
        Instant now = clock.instant();
        return registrations.openSettings().stream().filter(s -> s.takesRegistrations(now))
                .map(RegistrationSettings::getConferenceId).collect(Collectors.toSet());
    }

    public RegistrationViews.Form form(String acronym, Long occurrenceId, Language reader) {
        ConferenceView c = conference(acronym, reader);
        RegistrationSettings s = registrations.settings(c.id()).orElse(new RegistrationSettings(c.id()));
        Optional<PublishedProgram> p = publishedPrograms.published(acronym, reader);
        long occurrence = p.map(x -> x.occurrence(occurrenceId).id()).orElse(0L);
        return new RegistrationViews.Form(c, policy.takesChanges(s, clock.instant()), s.getClosesAt(), s.getAllocation(),
                s.questionList(), p.map(PublishedProgram::occurrences).orElse(List.of()),
                p.map(x -> choices(x, occurrence, reader)).orElse(List.of()), p.isPresent(), occurrence);
    }

    private List<RegistrationViews.BlockChoice> choices(PublishedProgram p, long occurrence, Language reader) {
        Map<Long, long[]> counts = counts(p.conference().id(), occurrence);
        List<RegistrationViews.BlockChoice> blocks = new ArrayList<>();
        for (ProgramSnapshot.BlockView b : PublishedBlocks.parallel(p)) {
            List<RegistrationViews.SessionChoice> sessions = new ArrayList<>();
            for (ProgramSnapshot.SessionView s : p.snapshot().sessionsOf(b.id())) {
                var room = p.snapshot().room(s.roomId());
                long[] n = counts.getOrDefault(s.id(), new long[2]);
                sessions.add(new RegistrationViews.SessionChoice(s.id(), s.title(),
                        room.map(ProgramSnapshot.RoomView::name).orElse(""),
                        room.map(ProgramSnapshot.RoomView::virtual).orElse(false), seatRule.seats(p, s.id()), n[0], n[1]));
            }
            blocks.add(new RegistrationViews.BlockChoice(b.id(), PublishedBlocks.label(p, b, occurrence, reader), sessions));
        }
        return blocks;
    }

    /** Seated and waiting (or first choices before the allocation) per session at one occurrence. */
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

    /** Registers; returns the token of the participant's own link. */
    public String register(String acronym, RegistrationViews.Input in, Long accountId, Language language) {
        ConferenceView c = conference(acronym, language);
        RegistrationSettings settings = open(c);
        PublishedProgram p = publishedPrograms.published(acronym, language).orElse(null);
        Violations v = new Violations();
        String name = RegistrationInput.name(v, in.name());
        String email = RegistrationInput.email(v, in.email());
        String organisation = RegistrationInput.organisation(v, in.organisation());
        long occurrence = 0;
        if (in.occurrenceId() != null && in.occurrenceId() != 0) {
            if (p == null || !p.holds(in.occurrenceId())) {
                v.add("occurrence", "program.notFound");
            } else {
                occurrence = in.occurrenceId();
            }
        }
        String answers = RegistrationInput.answers(v, settings, in.answers());
        Map<Long, List<Long>> picks = RegistrationInput.picks(v, p, settings, in.picks(), block -> true, language);
        if (!v.has("email")) {
            registrations.byEmail(c.id(), email).filter(Registration::active)
                    .ifPresent(r -> v.add("email", "registration.exists"));
        }
        v.throwIfAny();
        Long at = occurrence == 0 ? null : occurrence;
        Registration r = registrations.byEmail(c.id(), email).orElse(null);
        if (r == null) {
            r = registrations.add(new Registration(c.id(), at, accountId, name, email, organisation, answers, language, token(),
                    clock.instant()));
        } else {
            r.reactivate();
            r.update(at, accountId, name, email, organisation, answers, language);
        }
        seatRule.give(c, settings, r, occurrence, picks, p);
        audit(r, "registered", picks.keySet());
        notices.confirm(r, p, false);
        return r.getToken();
    }

    /** A participant's own page (by the token in their link). */
    public RegistrationViews.Mine mine(String token, Language reader) {
        Registration r = registrations.byToken(token).orElseThrow(() -> new DomainException(null, "registration.notFound"));
        ConferenceView c = conferences.byId(r.getConferenceId(), reader).orElseThrow();
        RegistrationSettings s = registrations.settings(c.id()).orElse(new RegistrationSettings(c.id()));
        PublishedProgram p = publishedPrograms.published(c.acronym(), reader).orElse(null);
        long occurrence = PublishedBlocks.occurrence(r);
        List<RegistrationViews.PickView> picks = new ArrayList<>();
        for (Pick pick : registrations.picksOf(r.getId())) {
            if (pick.getState().live() || pick.getState() == PickState.NOT_GIVEN) {
                picks.add(pickView(pick, p, occurrence, reader));
            }
        }
        String where = p == null ? "" : p.occurrence(occurrence).venue();
        return new RegistrationViews.Mine(r.getToken(), c, r.getName(), r.getEmail(), r.getOrganisation(), occurrence, where,
                r.active(), r.active() && policy.takesChanges(s, clock.instant()), s.getClosesAt(), s.getAllocation(), picks,
                form(c.acronym(), occurrence == 0 ? null : occurrence, reader));
    }

    private RegistrationViews.PickView pickView(Pick pick, PublishedProgram p, long occurrence, Language reader) {
        ProgramSnapshot.SessionView session = p == null ? null : PublishedBlocks.session(p, pick.getSessionId()).orElse(null);
        ProgramSnapshot.BlockView block = p == null ? null : p.snapshot().block(pick.getBlockId()).orElse(null);
        Optional<ProgramSnapshot.RoomView> room = session == null ? Optional.empty() : p.snapshot().room(session.roomId());
        return new RegistrationViews.PickView(pick.getId(), pick.getBlockId(),
                block == null ? "" : PublishedBlocks.label(p, block, occurrence, reader), pick.getSessionId(),
                session == null ? "" : session.title(), room.map(ProgramSnapshot.RoomView::name).orElse(""),
                room.filter(ProgramSnapshot.RoomView::virtual).map(ProgramSnapshot.RoomView::link).orElse(null),
                pick.getChoice(), pick.getState(), seatRule.position(pick));
    }

    /** Changes the pick of one block (one session, or up to three ranked), until the deadline. */
    public void changePick(String token, long blockId, List<Long> sessions, Language reader) {
        Registration r = lockedActive(token);
        ConferenceView c = conferences.byId(r.getConferenceId(), reader).orElseThrow();
        RegistrationSettings settings = open(c);
        PublishedProgram p = publishedPrograms.published(c.acronym(), reader).orElse(null);
        if (p == null || PublishedBlocks.parallel(p).stream().noneMatch(b -> b.id() == blockId)) {
            throw new DomainException(null, "program.notFound");
        }
        Violations v = new Violations();
        Map<Long, List<Long>> checked = RegistrationInput.picks(v, p, settings,
                Map.of(blockId, sessions == null ? List.of() : sessions), block -> block == blockId, reader);
        v.throwIfAny();
        if (checked.get(blockId).equals(seatRule.current(r, blockId))) {
            return;
        }
        seatRule.cancelBlock(r, blockId, p);
        seatRule.give(c, settings, r, PublishedBlocks.occurrence(r), checked, p);
        audit(r, "picked", checked.get(blockId));
        notices.confirm(r, p, true);
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
        PublishedProgram p = publishedPrograms.published(c.acronym(), reader).orElse(null);
        long target = occurrenceId == null ? 0 : occurrenceId;
        if (p == null || !p.holds(target)) {
            throw new DomainException("occurrence", "program.notFound");
        }
        if (target == PublishedBlocks.occurrence(r)) {
            return;
        }
        Map<Long, List<Long>> picks = new LinkedHashMap<>();
        for (Long block : registrations.picksOf(r.getId()).stream().map(Pick::getBlockId).distinct().sorted().toList()) {
            List<Long> sessions = seatRule.current(r, block);
            if (!sessions.isEmpty()) {
                picks.put(block, sessions);
            }
            seatRule.cancelBlock(r, block, p);
        }
        r.moveTo(target == 0 ? null : target);
        seatRule.give(c, settings, r, target, picks, p);
        audit(r, "moved", target);
        notices.confirm(r, p, true);
    }

    /** Cancels the pick of one block (its seat goes to the first waiting), until the deadline. */
    public void cancelPick(String token, long blockId, Language reader) {
        Registration r = lockedActive(token);
        ConferenceView c = conferences.byId(r.getConferenceId(), reader).orElseThrow();
        open(c);
        PublishedProgram p = publishedPrograms.published(c.acronym(), reader).orElse(null);
        seatRule.cancelBlock(r, blockId, p);
        audit(r, "pickCancelled", blockId);
        notices.confirm(r, p, true);
    }

    /** Cancels the whole registration, until the deadline; every seat goes to the first waiting. */
    public void cancel(String token, Language reader) {
        Registration r = lockedActive(token);
        ConferenceView c = conferences.byId(r.getConferenceId(), reader).orElseThrow();
        open(c);
        PublishedProgram p = publishedPrograms.published(c.acronym(), reader).orElse(null);
        for (Long block : registrations.picksOf(r.getId()).stream().map(Pick::getBlockId).distinct().toList()) {
            seatRule.cancelBlock(r, block, p);
        }
        r.cancel(clock.instant());
        audit(r, "cancelled", "");
    }

    /** A participant's change for the log: by and about their account if they have one, the registration by number. */
    private void audit(Registration r, String what, Object detail) {
        audited.fire(Audited.of(AuditKind.REGISTRATION_CHANGED, r.getAccountId(), r.getConferenceId()).about(r.getAccountId())
                .change("registration", null, r.getId()).change(what, null, detail));
    }

    /** The participant's own calendar: the plenary sessions and the sessions they have a seat in. */
    public Optional<String> calendar(String token) {
        return registrations.byToken(token).filter(Registration::active).flatMap(r -> {
            ConferenceView c = conferences.byId(r.getConferenceId(), r.getLanguage()).orElseThrow();
            return publishedPrograms.published(c.acronym(), r.getLanguage())
                    .map(p -> IcsCalendar.write(notices.calendarOf(r, p)));
        });
    }

    private RegistrationSettings open(ConferenceView c) {
        RegistrationSettings s = registrations.settings(c.id()).orElse(null);
        if (!policy.takesChanges(s, clock.instant())) {
            throw new DomainException(null, "registration.closed");
        }
        return s;
    }

    /** One participant's changes one at a time (two tabs). */
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

    static String token() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
