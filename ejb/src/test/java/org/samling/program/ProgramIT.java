package org.samling.program;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.demo.DemoAccounts;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.notification.model.Outbox;
import org.samling.notification.model.OutboxMail;
import org.samling.program.model.BlockKind;
import org.samling.program.model.ChangeKind;
import org.samling.program.model.ClashKind;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.service.ProgramEditing;
import org.samling.program.service.ProgramEditor;
import org.samling.program.service.ProgramEdits;
import org.samling.program.service.ProgramProposals;
import org.samling.program.service.ProgramPublishing;
import org.samling.program.service.Proposal;
import org.samling.program.service.PublishedProgram;
import org.samling.program.service.PublishedPrograms;
import org.samling.publishing.service.PublishingService;
import org.samling.search.service.SearchService;
import org.samling.shared.DomainException;
import org.samling.support.Deployments;

import java.io.StringReader;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's published programme of nsw2026 and what is made of it: the PDFs (opened with PDFBox),
 * the calendar (parsed with ical4j), the JSON, the visitors' search; then a chair's edits with
 * their clashes, a refused publication, and a release whose changelog and mails say what moved.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgramIT {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    ProgramEditing editing;
    @Inject
    ProgramProposals proposals;
    @Inject
    ProgramPublishing releases;
    @Inject
    PublishedPrograms publishedPrograms;
    @Inject
    PublishingService publishing;
    @Inject
    SearchService search;
    @Inject
    AccountService accounts;
    @Inject
    Outbox outbox;

    private Actor chair() {
        Account a = accounts.findByEmail(DemoAccounts.CHAIR).orElseThrow();
        return new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user", "chair"));
    }

    private PublishedProgram published() {
        return publishedPrograms.published("nsw2026", Language.EN).orElseThrow();
    }

    @Test
    @Order(1)
    void theDemoProgrammeHasTheSeedsShape() {
        PublishedProgram p = published();
        ProgramSnapshot s = p.snapshot();
        assertTrue(p.release() >= 2, "release 1 and the room swap: " + p.release());
        List<ProgramSnapshot.BlockView> day1 = s.blocks().stream().filter(b -> b.day().equals(p.conference().firstDay()))
                .toList();
        List<ProgramSnapshot.BlockView> parallel = day1.stream().filter(b -> b.kind() == BlockKind.PARALLEL).toList();
        assertEquals(3, parallel.size());
        for (ProgramSnapshot.BlockView b : parallel) {
            assertEquals(3, s.sessionsOf(b.id()).size(), "three workshops in " + b.title());
        }
        assertEquals(BlockKind.MEAL, day1.get(0).kind());
        assertEquals(BlockKind.PLENARY, day1.get(day1.size() - 1).kind(), "a shared closing");
        assertTrue(day1.stream().anyMatch(b -> b.kind() == BlockKind.BREAK));
        assertEquals(1, s.sessions().stream().flatMap(x -> x.items().stream().filter(i -> ProgramSnapshot.tentative(x, i)))
                .count(), "one item not yet confirmed");
        assertEquals(1, s.occurrences().size());
        assertEquals(p.conference().firstDay().plusDays(7), s.occurrences().get(0).firstDay());
        assertTrue(s.rooms().stream().anyMatch(ProgramSnapshot.RoomView::virtual));
    }

    @Test
    @Order(2)
    void theProgrammeAndTheBookOfAbstractsAreReadablePdfsInTheConferenceLanguage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(publishing.programPdf("nsw2026").orElseThrow())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Sammenhængende borgerforløb: hvorfor er det svært?"), text);
            assertTrue(text.contains("Tillsammans om en starkare berättelse om socialt arbete"));
            assertTrue(text.contains("Innehåll") && text.contains("Författarregister"),
                    "Swedish, the conference's first language");
            assertTrue(text.contains("Holm, Signe \u2014 "), "author index");
            assertTrue(text.contains("ännu inte bekräftad"), "the tentative workshop says so");
            assertTrue(text.contains("Malmö universitet, Malmö"), "the second occurrence");
            assertTrue(text.contains("Fikapaus"), "breaks are in the printed programme");
            assertTrue(pdf.getDocumentCatalog().getDocumentOutline().children().iterator().hasNext(), "bookmarks");
        }
        try (PDDocument pdf = Loader.loadPDF(publishing.abstractsPdf("nsw2026").orElseThrow())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Hvad kræver det at skabe sammenhæng for borgere"), "an abstract's text");
            assertTrue(text.contains("Nyström, Erik \u2014 "), "author index");
            assertTrue(text.contains("Göteborgs universitet"), "affiliations are published");
            assertTrue(text.contains("Abstractsamling"));
            assertFalse(text.contains("Fikapaus"), "a book of abstracts has no breaks");
            assertFalse(text.contains("Digital case records"), "Emily's paper is not in the programme");
        }
    }

    @Test
    @Order(3)
    void theCalendarHasEverySessionAtItsTimeInTheConferenceZone() throws Exception {
        PublishedProgram p = published();
        ProgramSnapshot s = p.snapshot();
        Calendar cal = new CalendarBuilder().build(new StringReader(publishing.calendar("nsw2026", null, null).orElseThrow()));
        List<VEvent> events = cal.getComponents("VEVENT");
        long expected = s.sessions().stream().mapToLong(x -> s.block(x.blockId()).orElseThrow().kind() == BlockKind.PLENARY
                ? x.items().size()
                : 1).sum();
        assertEquals(expected, events.size());
        for (ProgramSnapshot.SessionView session : s.sessions()) {
            if (s.block(session.blockId()).orElseThrow().kind() != BlockKind.PARALLEL) {
                continue;
            }
            ProgramSnapshot.BlockView b = s.block(session.blockId()).orElseThrow();
            VEvent e = events.stream().filter(v -> v.getSummary().getValue().equals(session.title())).findFirst()
                    .orElseThrow(() -> new AssertionError("no event for " + session.title()));
            assertEquals("Europe/Stockholm", e.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
            assertEquals(ZonedDateTime.of(b.day(), b.starts(), STOCKHOLM).toInstant(),
                    ZonedDateTime.from(e.getDateTimeStart().getDate()).toInstant(), session.title());
        }
        assertTrue(cal.toString().contains("BEGIN:VTIMEZONE"));

        // The second occurrence: the same sessions a week later in Malmö.
        long malmo = s.occurrences().get(0).id();
        Calendar later = new CalendarBuilder().build(new StringReader(publishing.calendar("nsw2026", malmo, null).orElseThrow()));
        VEvent welcome = later.<VEvent>getComponents("VEVENT").stream()
                .filter(v -> v.getSummary().getValue().equals("Välkommen till NSW 2026")).findFirst().orElseThrow();
        assertEquals(ZonedDateTime.of(p.conference().firstDay().plusDays(7), LocalTime.of(9, 15), STOCKHOLM).toInstant(),
                ZonedDateTime.from(welcome.getDateTimeStart().getDate()).toInstant());

        // One session's calendar.
        long oneSession = s.sessions().get(3).id();
        Calendar one = new CalendarBuilder()
                .build(new StringReader(publishing.calendar("nsw2026", null, oneSession).orElseThrow()));
        assertFalse(one.getComponents("VEVENT").isEmpty());
    }

    @Test
    @Order(4)
    void theJsonListsEveryPublishedItem() {
        ProgramSnapshot s = published().snapshot();
        JsonObject json = Json.createReader(new StringReader(publishing.json("nsw2026").orElseThrow())).readObject();
        List<JsonObject> items = json.getJsonArray("days").stream().map(JsonValue::asJsonObject)
                .flatMap(d -> d.getJsonArray("blocks").stream().map(JsonValue::asJsonObject))
                .flatMap(b -> b.getJsonArray("sessions").stream().map(JsonValue::asJsonObject))
                .flatMap(x -> x.getJsonArray("items").stream().map(JsonValue::asJsonObject)).toList();
        assertEquals(s.items().size(), items.size());
        assertEquals(s.items().stream().map(ProgramSnapshot.ItemView::title).sorted().toList(),
                items.stream().map(i -> i.getString("title")).sorted().toList());
        JsonObject workshop = items.stream().filter(i -> i.getString("title").startsWith("Hvem sikrer")).findFirst()
                .orElseThrow();
        assertEquals("Kari Solberg", workshop.getJsonArray("authors").getJsonObject(0).getString("name"));
        assertTrue(workshop.getString("abstractText").contains("rettssikkerheten"));
        assertEquals("Europe/Stockholm", json.getString("timeZone"));
    }

    @Test
    @Order(5)
    void visitorsSearchThePublishedProgrammeOnly() {
        PublishedProgram p = published();
        Long workshop = p.snapshot().items().stream().filter(i -> i.title().startsWith("Sammenhængende borgerforløb"))
                .findFirst().orElseThrow().submissionId();
        assertEquals(Set.of(workshop), search.publishedMatches("nsw2026", "borgerforløbet", Language.EN).submissionIds(),
                "Danish stemming in the visitors' search");
        assertTrue(search.publishedMatches("nsw2026", "Ekström", Language.EN).submissionIds().isEmpty());
        assertTrue(search.publishedMatches("nsw2026", "\"case records\"", Language.EN).submissionIds().isEmpty(),
                "Emily's paper is not published");
        assertTrue(publishedPrograms.abstractOf(p, workshop).orElseThrow().authors().get(0).name().equals("Signe Holm"),
                "published: no longer blind");
    }

    @Test
    @Order(6)
    void aChairSeesClashesIsRefusedWhileTheyLastAndTheReleaseSaysWhatMoved() {
        Actor chair = chair();
        ProgramEditor first = editing.editor(chair, "nsw2026", Language.EN);
        if (first.clashes().stream().anyMatch(c -> c.kind() == ClashKind.NOT_ACCEPTED)) {
            // Another test withdrew Søren's accepted paper on this server: the editor flags it and
            // a release waits until it is taken out, as a chair would.
            assertEquals("program.clashesFirst", assertThrows(DomainException.class,
                    () -> releases.publish(chair, "nsw2026", Language.EN)).violations().get(0).messageKey());
            first.draft().sessions().forEach(s -> s.items().stream()
                    .filter(i -> first.clashes().stream().anyMatch(c -> c.kind() == ClashKind.NOT_ACCEPTED
                            && c.args().get(0).equals(i.title()) && c.sessionIds().contains(s.id())))
                    .forEach(i -> editing.unplace(chair, "nsw2026", i.id())));
            releases.publish(chair, "nsw2026", Language.EN);
        }
        ProgramEditor before = editing.editor(chair, "nsw2026", Language.EN);
        assertTrue(before.clashes().isEmpty(), before.clashes().toString());
        assertTrue(before.pending().isEmpty(), "the demo's draft is what was published");
        var day2 = before.conference().firstDay().plusDays(1);
        ProgramSnapshot draft = before.draft();

        DomainException bad = assertThrows(DomainException.class, () -> editing.addBlock(chair, "nsw2026",
                new ProgramEdits.BlockEdit(day2, LocalTime.of(12, 0), LocalTime.of(11, 0), BlockKind.PARALLEL, "Backwards")));
        assertEquals("blockEnds", bad.violations().get(0).field());
        assertEquals("blockDay", assertThrows(DomainException.class, () -> editing.addBlock(chair, "nsw2026",
                new ProgramEdits.BlockEdit(day2.plusDays(30), LocalTime.of(11, 0), LocalTime.of(12, 0), BlockKind.PARALLEL,
                        "Later")))
                .violations().get(0).field());
        assertEquals("program.room.taken", assertThrows(DomainException.class, () -> editing.addRoom(chair, "nsw2026",
                new ProgramEdits.RoomEdit("sal a", 10, null))).violations().get(0).messageKey());
        assertEquals("roomLink", assertThrows(DomainException.class, () -> editing.addRoom(chair, "nsw2026",
                new ProgramEdits.RoomEdit("Zoom", 10, "javascript:alert(1)"))).violations().get(0).field());

        Long block = editing.addBlock(chair, "nsw2026", new ProgramEdits.BlockEdit(day2, LocalTime.of(11, 0), LocalTime.of(12, 0),
                BlockKind.PARALLEL, "Extra block"));
        Long salA = draft.rooms().stream().filter(r -> r.name().equals("Sal A")).findFirst().orElseThrow().id();
        Long salB = draft.rooms().stream().filter(r -> r.name().equals("Sal B")).findFirst().orElseThrow().id();
        Long one = editing.addSession(chair, "nsw2026", new ProgramEdits.SessionEdit(block, salA, "Extra one", null,
                "Maja Lund", false), Language.EN);
        Long two = editing.addSession(chair, "nsw2026", new ProgramEdits.SessionEdit(block, salA, "Extra two", null, null,
                false), Language.EN);
        // Maja Lund's workshop moves into "Extra two", while she chairs "Extra one" at the same time, in the same room.
        ProgramSnapshot.ItemView maja = draft.items().stream().filter(i -> i.speakers().contains("Maja Lund")).findFirst()
                .orElseThrow();
        editing.move(chair, "nsw2026", maja.id(), two, 0);
        ProgramEditor clashing = editing.editor(chair, "nsw2026", Language.EN);
        assertEquals(Set.of(ClashKind.ROOM_TWICE, ClashKind.CHAIR_PRESENTS, ClashKind.OVERRUN),
                Set.copyOf(clashing.clashes().stream().map(c -> c.kind()).toList()), clashing.clashes().toString());
        assertEquals("program.clashesFirst", assertThrows(DomainException.class,
                () -> releases.publish(chair, "nsw2026", Language.EN)).violations().get(0).messageKey());

        // Fixed: another room, another chair, and the workshop shortened to the block.
        editing.changeSession(chair, "nsw2026", two, new ProgramEdits.SessionEdit(block, salB, "Extra two", null, null, false),
                Language.EN);
        editing.changeSession(chair, "nsw2026", one, new ProgramEdits.SessionEdit(block, salA, "Extra one", null,
                "Björn Sandberg", false), Language.EN);
        editing.changeMinutes(chair, "nsw2026", maja.id(), 60);
        ProgramEditor fixed = editing.editor(chair, "nsw2026", Language.EN);
        assertTrue(fixed.clashes().isEmpty(), fixed.clashes().toString());
        assertEquals(List.of(ChangeKind.MOVED), fixed.pending().stream().map(c -> c.kind()).toList(), fixed.pending().toString());

        // Asked first: the next number, one change, Maja told; nothing published by asking.
        int lastRelease = published().release();
        assertEquals(new ProgramPublishing.Preview(lastRelease + 1, 1, 1), releases.preview(chair, "nsw2026"));
        assertEquals(lastRelease, published().release());
        int release = releases.publish(chair, "nsw2026", Language.EN);
        assertEquals(lastRelease + 1, release);
        assertEquals(published().release(), release);
        OutboxMail mail = outbox.latest("maja.lund@example.org", 1).get(0);
        assertTrue(mail.getSubject().contains("Jobcentret med 50 sager per rådgiver"), mail.getSubject());
        assertTrue(mail.getBody().contains(day2 + " 11:00\u201312:00, Sal B"), mail.getBody());
        assertEquals("program.nothingToPublish", assertThrows(DomainException.class,
                () -> releases.publish(chair, "nsw2026", Language.EN)).violations().get(0).messageKey());
        assertThrows(DomainException.class, () -> editing.editor(
                new Actor(accounts.findByEmail(DemoAccounts.AUTHOR_1).orElseThrow().getId(), DemoAccounts.AUTHOR_1, "Søren",
                        Set.of("user")),
                "nsw2026", Language.EN), "authors do not edit the programme");
    }

    @Test
    @Order(7)
    void theProposalPlacesTheWaitingPapersByTrackWithoutClashesAndOnlyWhenAccepted() {
        Actor chair = chair();
        int waiting = editing.editor(chair, "nsw2026", Language.EN).unplaced().size();
        assertTrue(waiting >= 4, "the demo's four later papers wait: " + waiting);

        Proposal p = proposals.propose(chair, "nsw2026", Language.EN);
        assertEquals(waiting, p.placed() + p.unplaced().size());
        assertTrue(p.placed() >= 4, p.toString());
        assertTrue(p.optimal(), "small enough to prove");
        for (Proposal.ProposedSession ps : p.sessions()) {
            assertTrue(ps.talks().stream().allMatch(t -> t.trackId().equals(ps.trackId())), "one track per session: " + ps);
        }
        assertEquals(waiting, editing.editor(chair, "nsw2026", Language.EN).unplaced().size(), "nothing saved by a proposal");

        assertEquals(p.placed(), proposals.applyProposal(chair, "nsw2026", p, Language.EN));
        ProgramEditor after = editing.editor(chair, "nsw2026", Language.EN);
        assertTrue(after.clashes().isEmpty(), after.clashes().toString());
        assertEquals(p.unplaced().size(), after.unplaced().size());
        assertEquals("program.proposalStale", assertThrows(DomainException.class,
                () -> proposals.applyProposal(chair, "nsw2026", p, Language.EN)).violations().get(0).messageKey(),
                "the same proposal twice: its rooms are taken now");
    }
}
