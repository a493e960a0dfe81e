package org.samling.registration;

import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.conference.model.ConferenceSettings;
import org.samling.conference.service.ConferenceService;
import org.samling.conference.service.ConferenceSetup;
import org.samling.demo.DemoAccounts;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.notification.model.Outbox;
import org.samling.notification.model.OutboxMail;
import org.samling.program.model.BlockKind;
import org.samling.program.model.ClashKind;
import org.samling.program.service.ProgramEditing;
import org.samling.program.service.ProgramEdits;
import org.samling.program.service.ProgramProposals;
import org.samling.program.service.ProgramPublishing;
import org.samling.program.service.PublishedPrograms;
import org.samling.registration.model.Allocation;
import org.samling.registration.model.PickState;
import org.samling.registration.service.ParticipantRegistration;
import org.samling.registration.service.RegistrationAdmin;
import org.samling.registration.service.RegistrationExports;
import org.samling.registration.service.RegistrationLinks;
import org.samling.registration.service.RegistrationViews;
import org.samling.shared.DomainException;
import org.samling.support.Deployments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registration on H2 and PostgreSQL: 500 people registering at once for 100 seats end with exactly
 * 100 seated and 400 waiting in order, nobody lost, and a cancellation gives the seat to the first
 * waiting; bad input named at its field with nothing saved; the allocation after the deadline; the
 * chairs' counts, moves, list and sign-in sheet; the demo's full workshop.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    ParticipantRegistration participants;
    @Inject
    RegistrationAdmin registrationAdmin;
    @Inject
    RegistrationExports exports;
    @Inject
    RegistrationLinks links;
    @Inject
    ProgramEditing editing;
    @Inject
    ProgramProposals proposals;
    @Inject
    ProgramPublishing publishing;
    @Inject
    PublishedPrograms publishedPrograms;
    @Inject
    ConferenceService conferences;
    @Inject
    ConferenceSetup conferenceSetup;
    @Inject
    AccountService accounts;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    private Actor chair;

    /** A chair of its own (of nsw2026, so it may create conferences), so the demo chair's conferences stay two. */
    private Actor chair() {
        if (chair == null) {
            Account a = accounts.createConfirmed(Deployments.uniqueEmail("chair"), "Birgitte Ødum", "VIA", "DK", Language.DA,
                    "rødgrød med fløde");
            accounts.grant(a.getId(), Role.CHAIR,
                    conferences.byAcronym("nsw2026", Language.EN).orElseThrow().id());
            chair = new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user", "chair"));
        }
        return chair;
    }

    /** A new conference with one parallel block of the given sessions (seats each), published, registration open. */
    private record Setup(String acronym, long block, List<Long> sessions) {
    }

    private Setup conference(Allocation allocation, int... seats) {
        Actor chair = chair();
        String acronym = conferenceSetup.create(chair, new ConferenceSettings("it-reg-" + Long.toString(System.nanoTime(), 36),
                "Fællesskabsdag", "Odense", "Europe/Copenhagen", LocalDate.now().plusDays(60), LocalDate.now().plusDays(60),
                List.of(Language.DA, Language.EN), Map.of()));
        LocalDate day = LocalDate.now().plusDays(60);
        Long block = editing.addBlock(chair, acronym, new ProgramEdits.BlockEdit(day, LocalTime.of(11, 0), LocalTime.of(12, 30),
                BlockKind.PARALLEL, "Workshops, blok 1"));
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < seats.length; i++) {
            Long room = editing.addRoom(chair, acronym, new ProgramEdits.RoomEdit("Lokale " + (i + 1), seats[i], null));
            Long session = editing.addSession(chair, acronym,
                    new ProgramEdits.SessionEdit(block, room, "Workshop " + (i + 1), null,
                            null, false),
                    Language.EN);
            editing.addPlenary(chair, acronym,
                    new ProgramEdits.PlenaryEdit(session, "Workshop " + (i + 1), "Facilitator " + i, 90));
            sessions.add(session);
        }
        publishing.publish(chair, acronym, Language.EN);
        registrationAdmin.saveSettings(chair, acronym,
                new RegistrationViews.Settings(true, null, allocation, List.of("Kost"), null,
                        null, null));
        return new Setup(acronym, block, sessions);
    }

    private static RegistrationViews.Input person(int i, long block, List<Long> picks) {
        return new RegistrationViews.Input("Deltager " + i, "deltager" + i + "." + System.nanoTime() + "@it.samling.example",
                "Kommune " + (i % 7), null, List.of(i % 2 == 0 ? "vegetar" : ""), Map.of(block, picks));
    }

    private RegistrationViews.SessionOverview session(String acronym, long sessionId) {
        return registrationAdmin.overview(chair(), acronym, null, Language.EN).blocks().stream()
                .flatMap(b -> b.sessions().stream())
                .filter(s -> s.sessionId() == sessionId).findFirst().orElseThrow();
    }

    @Test
    void fiveHundredAtOnceForAHundredSeatsEndWithAHundredSeatedAndFourHundredWaitingInOrder() throws Exception {
        Setup s = conference(Allocation.FIRST_COME, 100);
        long workshop = s.sessions().get(0);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> tokens = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int n = i;
            tokens.add(pool.submit(() -> {
                start.await();
                return participants.register(s.acronym(), person(n, s.block(), List.of(workshop)), null, Language.DA);
            }));
        }
        start.countDown();
        List<String> done = new ArrayList<>();
        List<Throwable> lost = new ArrayList<>();
        for (Future<String> f : tokens) {
            try {
                done.add(f.get(5, TimeUnit.MINUTES));
            } catch (ExecutionException e) {
                lost.add(e.getCause());
            }
        }
        pool.shutdown();
        assertTrue(lost.isEmpty(), lost.size() + " registrations lost, e.g. " + (lost.isEmpty() ? "" : lost.get(0)));
        assertEquals(500, done.stream().distinct().count());

        RegistrationViews.SessionOverview before = session(s.acronym(), workshop);
        assertEquals(100, before.confirmed());
        assertEquals(400, before.waiting());
        List<Integer> positions = before.people().stream().filter(p -> p.state() == PickState.WAITING)
                .map(RegistrationViews.Participant::position).toList();
        assertEquals(IntStream.rangeClosed(1, 400).boxed().toList(), positions, "the queue in order");

        // A seated participant cancels: the first waiting gets the seat and is told.
        String seated = done.stream().filter(t -> participants.mine(t, Language.EN).picks().get(0).state() == PickState.CONFIRMED)
                .findFirst().orElseThrow();
        RegistrationViews.Participant first = before.people().stream().filter(p -> p.position() == 1).findFirst().orElseThrow();
        participants.cancel(seated, Language.EN);
        RegistrationViews.SessionOverview after = session(s.acronym(), workshop);
        assertEquals(100, after.confirmed());
        assertEquals(399, after.waiting());
        assertEquals(PickState.CONFIRMED, after.people().stream().filter(p -> p.pickId() == first.pickId()).findFirst()
                .orElseThrow().state(), "the first waiting is seated");
        OutboxMail told = outbox.latest(first.email(), 1).get(0);
        assertTrue(told.getSubject().contains("Workshop 1"), told.getSubject());
        assertEquals(2,
                after.people().stream().filter(p -> p.state() == PickState.WAITING).findFirst().orElseThrow().position() + 1,
                "the queue moved up");

        // The programme editor compares the room with the people who want the session.
        var clashes = editing.editor(chair(), s.acronym(), Language.EN).clashes();
        assertEquals(List.of(ClashKind.ROOM_TOO_SMALL), clashes.stream().map(c -> c.kind()).toList());
        assertEquals(List.of("Lokale 1", "100", "499", "Workshop 1"), clashes.get(0).args());
    }

    @Test
    void theVirtualRoomsLinksGoOutOnceOnTheChairsDate() {
        RegistrationViews.Settings now = registrationAdmin.overview(chair(), "nsw2026", null, Language.EN).settings();
        registrationAdmin.saveSettings(chair(), "nsw2026",
                new RegistrationViews.Settings(now.open(), now.closesAt(), now.allocation(),
                        now.questions(), clock.instant().minusSeconds(60), null, null));
        links.sendDueLinks();
        assertEquals(0, links.sendDueLinks(), "once only");
        List<OutboxMail> links = outbox.latest("frida.moe@example.org", 20).stream()
                .filter(m -> m.getKind().equals("REGISTRATIONLINKS")).toList();
        assertEquals(1, links.size(), "Frida has a seat in the demo's virtual room: one mail, whoever sent it (the timer too)");
        assertTrue(links.get(0).getBody().contains("https://meet.example.org/nsw2026-workshops"), links.get(0).getBody());
        assertTrue(outbox.latest("cecilie.berg@example.org", 20).stream().noneMatch(m -> m.getKind().equals("REGISTRATIONLINKS")),
                "Cecilie has no seat in a virtual room");
    }

    @Test
    void badInputIsNamedAtItsFieldAndNothingIsSaved() {
        Setup s = conference(Allocation.FIRST_COME, 2, 2);
        String acronym = s.acronym();
        DomainException bad = assertThrows(DomainException.class, () -> participants.register(acronym,
                new RegistrationViews.Input(" ", "not-an-address", null, null, List.of(), Map.of()), null, Language.DA));
        assertEquals(Set.of("name", "email", "pick" + s.block()), Set.copyOf(bad.violations().stream()
                .map(DomainException.Violation::field).toList()));
        assertEquals("registration.pickRequired", bad.violations().stream().filter(v -> v.field().startsWith("pick"))
                .findFirst().orElseThrow().messageKey());
        assertEquals(0, registrationAdmin.overview(chair(), acronym, null, Language.EN).registrations());

        RegistrationViews.Input ok = person(1, s.block(), List.of(s.sessions().get(0)));
        String token = participants.register(acronym, ok, null, Language.DA);
        assertEquals("registration.exists", assertThrows(DomainException.class,
                () -> participants.register(acronym, ok, null, Language.DA)).violations().get(0).messageKey());
        OutboxMail confirmation = outbox.latest(ok.email(), 1).get(0);
        assertEquals("programme.ics", confirmation.getAttachmentName());
        assertTrue(confirmation.getAttachment().contains("SUMMARY:Workshop 1"), confirmation.getAttachment());
        assertTrue(participants.calendar(token).orElseThrow().contains("TZID=Europe/Copenhagen"));

        // Closed: refused with the message, the registration as it was.
        registrationAdmin.saveSettings(chair(), acronym,
                new RegistrationViews.Settings(false, null, Allocation.FIRST_COME, List.of(),
                        null, null, null));
        assertEquals("registration.closed", assertThrows(DomainException.class, () -> participants.register(acronym,
                person(2, s.block(), List.of(s.sessions().get(0))), null, Language.DA)).violations().get(0).messageKey());
        assertEquals("registration.closed", assertThrows(DomainException.class,
                () -> participants.cancelPick(token, s.block(), Language.EN)).violations().get(0).messageKey());
        assertEquals(PickState.CONFIRMED, participants.mine(token, Language.EN).picks().get(0).state());
    }

    @Test
    void aChangedPickMovesTheSeatTheChairMovesPeopleAndExportsTheList() throws Exception {
        Setup s = conference(Allocation.FIRST_COME, 1, 5);
        long small = s.sessions().get(0);
        long large = s.sessions().get(1);
        String a = participants.register(s.acronym(), person(1, s.block(), List.of(small)), null, Language.DA);
        String b = participants.register(s.acronym(), person(2, s.block(), List.of(small)), null, Language.DA);
        assertEquals(PickState.WAITING, participants.mine(b, Language.EN).picks().get(0).state());
        assertEquals(1, participants.mine(b, Language.EN).picks().get(0).position());

        // A changes to the large workshop: B gets the small one's seat.
        participants.changePick(a, s.block(), List.of(large), Language.EN);
        assertEquals(large, participants.mine(a, Language.EN).picks().get(0).sessionId());
        assertEquals(PickState.CONFIRMED, participants.mine(b, Language.EN).picks().get(0).state());

        // The chair cannot move A into the full small one, but can move B to the large one.
        long pickA = participants.mine(a, Language.EN).picks().get(0).pickId();
        long pickB = participants.mine(b, Language.EN).picks().get(0).pickId();
        assertEquals("registration.sessionFull", assertThrows(DomainException.class,
                () -> registrationAdmin.move(chair(), s.acronym(), pickA, small)).violations().get(0).messageKey());
        registrationAdmin.move(chair(), s.acronym(), pickB, large);
        assertEquals(2, session(s.acronym(), large).confirmed());
        assertEquals(0, session(s.acronym(), small).confirmed());

        String csv = exports.csv(chair(), s.acronym(), large, null, Language.EN);
        assertTrue(csv.startsWith("\uFEFFname,email,organisation,state,waiting_position,choice,Kost"), csv);
        assertTrue(csv.contains("Deltager 1,") && csv.contains("Deltager 2,") && csv.contains("seat confirmed"), csv);
        String danish = exports.csv(chair(), s.acronym(), large, null, Language.DA);
        assertTrue(danish.startsWith("\uFEFFname;email;organisation;state;waiting_position;choice;Kost"), danish);
        assertTrue(danish.contains(";" + Messages.get(Language.DA, "registration.state.CONFIRMED", 0) + ";"), danish);
        try (var pdf = Loader.loadPDF(exports.signInSheet(chair(), s.acronym(), large, null))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Deltager 1") && text.contains("Deltager 2") && text.contains("Workshop 2"), text);
        }
        assertThrows(DomainException.class, () -> exports.csv(new Actor(accounts.findByEmail(DemoAccounts.AUTHOR_1)
                .orElseThrow().getId(), DemoAccounts.AUTHOR_1, "Søren", Set.of("user")), s.acronym(), large, null, Language.EN));
    }

    @Test
    void aParticipantMovesToTheOtherOccurrenceWithTheirSessionsAndTheirSeatGoesToTheFirstWaiting() {
        Setup s = conference(Allocation.FIRST_COME, 1, 5);
        long small = s.sessions().get(0);
        long malmo = editing.addOccurrence(chair(), s.acronym(), new ProgramEdits.OccurrenceEdit("Malmö",
                LocalDate.now().plusDays(67)));
        publishing.publish(chair(), s.acronym(), Language.EN);
        String a = participants.register(s.acronym(), person(1, s.block(), List.of(small)), null, Language.DA);
        String b = participants.register(s.acronym(), person(2, s.block(), List.of(small)), null, Language.DA);
        RegistrationViews.Input there = person(3, s.block(), List.of(small));
        String c = participants.register(s.acronym(),
                new RegistrationViews.Input(there.name(), there.email(), there.organisation(),
                        malmo, there.answers(), there.picks()),
                null, Language.DA);
        assertEquals(PickState.CONFIRMED, participants.mine(c, Language.EN).picks().get(0).state(), "Malmö's own seat");
        assertEquals(PickState.WAITING, participants.mine(b, Language.EN).picks().get(0).state());

        participants.moveOccurrence(a, malmo, Language.EN);

        RegistrationViews.Mine moved = participants.mine(a, Language.EN);
        assertEquals(malmo, moved.occurrenceId());
        assertEquals("Malmö", moved.occurrence());
        assertEquals(1, moved.picks().size(), "one pick, at the new place");
        assertEquals(small, moved.picks().get(0).sessionId(), "the same session");
        assertEquals(PickState.WAITING, moved.picks().get(0).state(), "Malmö's seat is taken");
        assertEquals(1, moved.picks().get(0).position());
        assertEquals(PickState.CONFIRMED, participants.mine(b, Language.EN).picks().get(0).state(), "B has A's seat in Odense");
        assertTrue(outbox.latest(participants.mine(b, Language.EN).email(), 1).get(0).getSubject().contains("Workshop 1"),
                "B is told");
        OutboxMail confirmation = outbox.latest(moved.email(), 1).get(0);
        assertTrue(confirmation.getBody().contains("Malmö"), confirmation.getBody());
        assertEquals(1, session(s.acronym(), small).confirmed(), "Odense: one seat, B's");

        // An occurrence that does not exist is named at the field; nothing changes.
        assertEquals("occurrence", assertThrows(DomainException.class,
                () -> participants.moveOccurrence(a, 987_654_321L, Language.EN)).violations().get(0).field());
        assertEquals(malmo, participants.mine(a, Language.EN).occurrenceId());

        // Back to Odense: the small workshop is full now, so A waits there.
        participants.moveOccurrence(a, 0L, Language.EN);
        assertEquals(0, participants.mine(a, Language.EN).occurrenceId());
        assertEquals(PickState.WAITING, participants.mine(a, Language.EN).picks().get(0).state());
        assertEquals(1, participants.mine(a, Language.EN).picks().get(0).position());
    }

    @Test
    void theAllocationAfterTheDeadlineGivesTheMostFirstChoicesWithinTheSeats() {
        Setup s = conference(Allocation.AFTER_DEADLINE, 2, 2, 1);
        long w1 = s.sessions().get(0);
        long w2 = s.sessions().get(1);
        long w3 = s.sessions().get(2);
        List<String> tokens = new ArrayList<>();
        List<List<Long>> wishes = List.of(List.of(w1, w2), List.of(w1, w3), List.of(w1, w2, w3), List.of(w2), List.of(w3, w1),
                List.of(w3));
        for (int i = 0; i < wishes.size(); i++) {
            tokens.add(participants.register(s.acronym(), person(i, s.block(), wishes.get(i)), null, Language.EN));
        }
        assertEquals(PickState.RANKED, participants.mine(tokens.get(0), Language.EN).picks().get(0).state());
        assertEquals("registration.allocateAfterClose", assertThrows(DomainException.class,
                () -> registrationAdmin.allocate(chair(), s.acronym())).violations().get(0).messageKey());
        registrationAdmin.saveSettings(chair(), s.acronym(),
                new RegistrationViews.Settings(false, null, Allocation.AFTER_DEADLINE,
                        List.of(), null, null, null));

        assertEquals(5, registrationAdmin.allocate(chair(), s.acronym()), "five seats for six people");
        int first = 0;
        int waiting = 0;
        for (int i = 0; i < tokens.size(); i++) {
            List<RegistrationViews.PickView> picks = participants.mine(tokens.get(i), Language.EN).picks();
            for (RegistrationViews.PickView p : picks) {
                if (p.state() == PickState.CONFIRMED && p.choice() == 1) {
                    first++;
                }
                if (p.state() == PickState.WAITING) {
                    waiting++;
                    assertEquals(1, p.choice(), "one left out waits for their first choice");
                }
            }
        }
        assertEquals(4, first, "w1 (2 seats) and w2 and w3 give four first choices at most");
        assertEquals(1, waiting);
        assertEquals(2, session(s.acronym(), w1).confirmed());
        assertFalse(session(s.acronym(), w3).confirmed() > 1, "never more than the seats");
    }

    @Test
    void theDemoHasAFullWorkshopWithAWaitingList() {
        RegistrationViews.Overview o = registrationAdmin.overview(chair(), "nsw2026", null, Language.EN);
        assertTrue(o.registrations() >= 8, "eight demo participants: " + o.registrations());
        RegistrationViews.SessionOverview first = o.blocks().get(0).sessions().get(0);
        assertEquals(3, first.seats());
        assertEquals(3, first.confirmed());
        assertTrue(first.waiting() >= 2, first.toString());
        assertTrue(first.full());

        // The Malmö occurrence counts its own seats: one participant there, in the same workshop.
        long malmo = publishedPrograms.published("nsw2026", Language.EN).orElseThrow().snapshot().occurrences().get(0).id();
        RegistrationViews.SessionOverview there = registrationAdmin.overview(chair(), "nsw2026", malmo, Language.EN).blocks()
                .get(0)
                .sessions().get(0);
        assertEquals(first.sessionId(), there.sessionId());
        assertEquals(1, there.confirmed());
        assertFalse(there.full());
    }
}
