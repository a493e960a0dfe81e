package org.samling.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.SubmissionKind;
import org.samling.decision.model.Outcome;
import org.samling.decision.service.DecisionService;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.program.model.BlockKind;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.service.ProgramEditing;
import org.samling.program.service.ProgramEdits;
import org.samling.program.service.ProgramProposals;
import org.samling.program.service.ProgramPublishing;
import org.samling.program.service.PublishedPrograms;
import org.samling.registration.model.Allocation;
import org.samling.registration.service.ParticipantRegistration;
import org.samling.registration.service.RegistrationAdmin;
import org.samling.registration.service.RegistrationViews;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.model.Submissions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's published programme for nsw2026, in the shape of the seeds' "Faglig Fællesskabsdag":
 * breakfast, a welcome and a shared opening, three blocks of three parallel workshops (one in a
 * virtual room) with breaks and lunch between, a shared closing; on the second day a paper
 * session with Søren's accepted paper. One workshop is not confirmed yet; the same programme is
 * held again a week later in Malmö. Release 1 went out, then two workshops swapped rooms and
 * release 2 says so. The nine workshops are accepted submissions of their (fictional) presenters.
 * Four papers accepted since then wait for a place, with a free block on day two: the chair's
 * proposal button has something to do on the first run. Registration is open: eight participants
 * have picked a workshop per block, and the first workshop is full with two on its waiting list.
 */
@Dependent
public class DemoProgramme {

    @Inject
    AccountService accounts;
    @Inject
    Submissions submissions;
    @Inject
    DecisionService decisions;
    @Inject
    ProgramEditing editing;
    @Inject
    ProgramProposals proposals;
    @Inject
    ProgramPublishing publishing;
    @Inject
    PublishedPrograms publishedPrograms;
    @Inject
    ParticipantRegistration participants;
    @Inject
    RegistrationAdmin registrationAdmin;

    private record Workshop(String email, String presenter, String affiliation, String country, Language language,
            AbstractLanguage abstractLanguage, int track, String title, String text, List<String> keywords) {
    }

    private static final List<Workshop> WORKSHOPS = List.of(
            new Workshop("maja.lund@example.org", "Maja Lund", "Jobcenter Nørrebro", "DK", Language.DA, AbstractLanguage.DA, 1,
                    "Jobcentret med 50 sager per rådgiver",
                    "Et jobcenter gik fra 225 til 50 sager per socialrådgiver i en forsøgsafdeling. Vi fortæller om de første "
                            + "erfaringer med faglighed, trivsel og samarbejdet med borgerne.",
                    List.of("sagstal", "beskæftigelse")),
            new Workshop("erik.nystrom@example.org", "Erik Nyström", "Göteborgs universitet", "SE", Language.SV,
                    AbstractLanguage.SV, 2,
                    "Socialt arbete inom funktionshinderområdet mellan motstridiga perspektiv",
                    "Workshopen ser på begreppen funktionshinder och rehabilitering och på konflikter i samverkan mellan "
                            + "professioner, med exempel från barn- och vuxenområdet.",
                    List.of("funktionshinder", "samverkan")),
            new Workshop("signe.holm@example.org", "Signe Holm", "Høje-Taastrup Kommune", "DK", Language.DA, AbstractLanguage.DA,
                    3,
                    "Sammenhængende borgerforløb: hvorfor er det svært?",
                    "Hvad kræver det at skabe sammenhæng for borgere med komplekse problemer på tværs af forvaltninger? "
                            + "Erfaringer fra en kommune, der prøvede.",
                    List.of("sammenhæng", "helhedsorienteret indsats")),
            new Workshop("daniel.berg@example.org", "Daniel Berg", "SIND Ungdom", "DK", Language.DA, AbstractLanguage.DA, 0,
                    "Psykisk sårbar ung i det sociale system",
                    "Unge med psykisk sårbarhed møder mange fagpersoner. Workshoppen giver de unges egne fortællinger om, "
                            + "hvad der hjalp, og hvad der ikke gjorde.",
                    List.of("unge", "psykisk sårbarhed")),
            new Workshop("lena.grahn@example.org", "Lena Grahn", "Malmö stad", "SE", Language.SV, AbstractLanguage.SV, 1,
                    "Sociala investeringar i vuxenområdet som lönar sig",
                    "Hur räknar man på en social investering, och hur får man politiker att våga? Tre kommuners exempel.",
                    List.of("sociala investeringar")),
            new Workshop("kari.solberg@example.org", "Kari Solberg", "Sivilombudet", "NO", Language.NB, AbstractLanguage.NB, 2,
                    "Hvem sikrer rettssikkerheten?",
                    "Om klagesaker, begrunnelser og innsyn: hva borgerne trenger for at rettssikkerheten skal være mer enn et ord.",
                    List.of("rettssikkerhet")),
            new Workshop("jonas.haugen@example.org", "Jonas Haugen", "NAV Grünerløkka", "NO", Language.NB, AbstractLanguage.NB, 0,
                    "Ettervern som virker for alle",
                    "Ungdom som har vært i barnevernet trenger et ettervern som følger dem inn i voksenlivet. Vi viser en modell "
                            + "som virker, også for de som takket nei først.",
                    List.of("ettervern", "barnevern")),
            new Workshop("rene.dahl@example.org", "René Dahl", "Hjemløsenetværket", "DK", Language.DA, AbstractLanguage.DA, 3,
                    "Sammen med hjemløse: rammerne for samarbejdet",
                    "Hvordan arbejder socialrådgivere for og med hjemløse, når rammerne strammes? En workshop om sammenhold.",
                    List.of("hjemløshed")),
            new Workshop("sara.wik@example.org", "Sara Wik", "Akademikerförbundet SSR", "SE", Language.SV, AbstractLanguage.SV, 1,
                    "Skriv en insändare som når ut",
                    "En skrivverkstad: från erfarenhet i vardagen till en insändare som tidningen tar in.",
                    List.of("opinionsbildning", "skrivande")));

    private static final List<Workshop> LATER_PAPERS = List.of(
            new Workshop("ingrid.aas@example.org", "Ingrid Aas", "Universitetet i Stavanger", "NO", Language.NB,
                    AbstractLanguage.NB, 0, "Barnevernets samtaler med barn som ikke vil snakke",
                    "Hvordan snakker barnevernsarbeidere med barn som ikke vil snakke? Vi analyserte 40 samtaler og viser "
                            + "hva som åpner og hva som lukker.",
                    List.of("barnevern", "samtaler med barn")),
            new Workshop("maria.ek@example.org", "Maria Ek", "Malmö universitet", "SE", Language.SV, AbstractLanguage.SV, 0,
                    "Barns röst i vårdnadsutredningar",
                    "Hur kommer barnets egen röst fram i utredningar om vårdnad, boende och umgänge? En studie av 120 "
                            + "utredningar i tre kommuner.",
                    List.of("barnets röst", "vårdnadsutredning")),
            new Workshop("peter.friis@example.org", "Peter Friis", "VIVE", "DK", Language.DA, AbstractLanguage.DA, 1,
                    "Løntilskud og varig tilknytning til arbejdsmarkedet",
                    "Fører løntilskud til varigt arbejde? Registerdata for 8.000 forløb viser, for hvem det virker.",
                    List.of("løntilskud", "beskæftigelse")),
            new Workshop("johan.lind@example.org", "Johan Lind", "Arbetsförmedlingen", "SE", Language.SV, AbstractLanguage.SV, 1,
                    "Arbetsmarknadsinsatser för unga med funktionsnedsättning",
                    "Vilka insatser leder unga med funktionsnedsättning till arbete? En uppföljning av 600 unga i Västra Götaland.",
                    List.of("arbetsmarknad", "unga")));

    /** Builds and publishes the programme; {@code paper} is Søren's accepted paper (placed on day two). */
    void create(Actor chair, CallDetails call, Instant submittedAt, Long paper) {
        String acronym = call.conference().acronym();
        Long conferenceId = call.conference().id();
        Long workshopType = call.types().stream().filter(t -> t.kind() == SubmissionKind.WORKSHOP)
                .findFirst().orElseThrow().id();
        List<Long> workshops = new ArrayList<>();
        for (Workshop w : WORKSHOPS) {
            workshops.add(submission(conferenceId, call, w, workshopType, submittedAt));
        }
        decisions.decide(chair, acronym, workshops, Outcome.ACCEPT, null, "For the workshop day.", false, Language.EN);
        decisions.send(chair, acronym, Language.EN);

        LocalDate day1 = call.conference().firstDay();
        LocalDate day2 = day1.plusDays(1);
        Long aula = editing.addRoom(chair, acronym, new ProgramEdits.RoomEdit("Aula", 300, null));
        Long salA = editing.addRoom(chair, acronym, new ProgramEdits.RoomEdit("Sal A", 40, null));
        Long salB = editing.addRoom(chair, acronym, new ProgramEdits.RoomEdit("Sal B", 30, null));
        Long online = editing.addRoom(chair, acronym, new ProgramEdits.RoomEdit("Digitalt rum", 25,
                "https://meet.example.org/nsw2026-workshops"));

        block(chair, acronym, day1, "08:45", "09:15", BlockKind.MEAL, "Frukost");
        Long welcome = block(chair, acronym, day1, "09:15", "09:30", BlockKind.PLENARY, "Välkommen");
        Long opening = block(chair, acronym, day1, "09:30", "10:45", BlockKind.PLENARY, "Gemensam inledning");
        block(chair, acronym, day1, "10:45", "11:00", BlockKind.BREAK, "Paus");
        Long b1 = block(chair, acronym, day1, "11:00", "12:30", BlockKind.PARALLEL, "Workshops, block 1");
        block(chair, acronym, day1, "12:30", "13:15", BlockKind.MEAL, "Lunch");
        Long b2 = block(chair, acronym, day1, "13:15", "14:45", BlockKind.PARALLEL, "Workshops, block 2");
        block(chair, acronym, day1, "14:45", "15:15", BlockKind.BREAK, "Fikapaus");
        Long b3 = block(chair, acronym, day1, "15:15", "16:45", BlockKind.PARALLEL, "Workshops, block 3");
        Long closing = block(chair, acronym, day1, "16:45", "17:00", BlockKind.PLENARY, "Gemensam avslutning");
        Long papers = block(chair, acronym, day2, "09:00", "10:30", BlockKind.PARALLEL, "Paper sessions");

        Long welcomeSession = session(chair, acronym, welcome, aula, "Välkommen", null, "Björn Sandberg");
        editing.addPlenary(chair, acronym, new ProgramEdits.PlenaryEdit(welcomeSession, "Välkommen till NSW 2026",
                "Björn Sandberg", 15));
        Long openingSession = session(chair, acronym, opening, aula, "Tillsammans om en starkare berättelse", null, null);
        editing.addPlenary(chair, acronym, new ProgramEdits.PlenaryEdit(openingSession,
                "Tillsammans om en starkare berättelse om socialt arbete", "Hanna Ask, Berättarverkstaden", 75));
        Long[] blocks = {b1, b2, b3};
        Long[] rooms = {salA, salB, online};
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < workshops.size(); i++) {
            Workshop w = WORKSHOPS.get(i);
            Long s = session(chair, acronym, blocks[i / 3], rooms[i % 3], "Workshop: " + w.title(),
                    call.tracks().get(w.track()).id(), w.presenter());
            items.add(editing.place(chair, acronym, workshops.get(i), s, Language.EN));
        }
        // The seeds' "not yet confirmed": Jonas Haugen has not confirmed his workshop.
        editing.markTentative(chair, acronym, items.get(6), true);
        Long closingSession = session(chair, acronym, closing, aula, "Gemensam avslutning", null, null);
        editing.addPlenary(chair, acronym, new ProgramEdits.PlenaryEdit(closingSession, "Opsamling och tack för i dag",
                "Björn Sandberg", 15));
        Long paperSession = session(chair, acronym, papers, salA, "Skolen og familien",
                call.tracks().get(0).id(), "Åsa Lindqvist");
        editing.place(chair, acronym, paper, paperSession, Language.EN);
        editing.addOccurrence(chair, acronym, new ProgramEdits.OccurrenceEdit("Malmö universitet, Malmö", day1.plusDays(7)));
        publishing.publish(chair, acronym, Language.EN);

        // Release 2: the two last workshops of block 3 swap rooms (the virtual one suits the writing workshop).
        List<ProgramSnapshot.SessionView> block3 = editing.editor(chair, acronym, Language.EN)
                .draft().sessionsOf(b3);
        room(chair, acronym, block3.get(1), online);
        room(chair, acronym, block3.get(2), salB);
        publishing.publish(chair, acronym, Language.EN);

        // Still to place: four papers accepted later and a free block on day two, for the proposal button.
        Long paperType = call.types().stream().filter(t -> t.kind() == SubmissionKind.PAPER)
                .findFirst().orElseThrow().id();
        List<Long> later = new ArrayList<>();
        for (Workshop w : LATER_PAPERS) {
            later.add(submission(conferenceId, call, w, paperType, submittedAt));
        }
        decisions.decide(chair, acronym, later, Outcome.ACCEPT, null, "Room in the paper sessions.", false, Language.EN);
        decisions.send(chair, acronym, Language.EN);
        block(chair, acronym, day2, "11:00", "12:30", BlockKind.PARALLEL, "Paper sessions 2");
        participants(chair, acronym, day1);
    }

    private static final String[][] PARTICIPANTS = {
            {"Anne Holm", "anne.holm@example.org", "Roskilde Kommune"}, {"Bo Lund", "bo.lund@example.org", "Jobcenter Aarhus"},
            {"Cecilie Berg", "cecilie.berg@example.org", "Bergen kommune"},
            {"David Nyberg", "david.nyberg@example.org", "Göteborgs Stad"},
            {"Eva Strand", "eva.strand@example.org", "NAV Drammen"}, {"Frida Moe", "frida.moe@example.org", "Oslo kommune"},
            {"Gustav Lie", "gustav.lie@example.org", "Malmö stad"}, {"Hanna Sund", "hanna.sund@example.org", "Region Skåne"},
            {"Ida Malm", "ida.malm@example.org", "Lunds kommun"}};
    /** The last participant comes to the Malmö occurrence a week later. */
    private static final int AT_MALMO = 8;

    /**
     * Registration open, first come first served, with a question about food and the virtual
     * room's links mailed a week before; the first workshop limited to three seats, so five who
     * want it leave two on its waiting list. One more participant comes to the Malmö occurrence
     * (seats there are counted apart).
     */
    private void participants(Actor chair, String acronym, LocalDate day1) {
        ZoneId zone = ZoneId.of("Europe/Stockholm");
        registrationAdmin.saveSettings(chair, acronym, new RegistrationViews.Settings(true,
                day1.minusDays(3).atTime(23, 59).atZone(zone).toInstant(), Allocation.FIRST_COME,
                List.of("Dietary needs"), day1.minusDays(7).atTime(9, 0).atZone(zone).toInstant(), null, null));
        var published = publishedPrograms.published(acronym, Language.EN).orElseThrow();
        List<List<Long>> blocks = published.snapshot().blocks().stream()
                .filter(b -> b.kind() == BlockKind.PARALLEL && !published.snapshot().sessionsOf(b.id()).isEmpty())
                .map(b -> published.snapshot().sessionsOf(b.id()).stream()
                        .map(ProgramSnapshot.SessionView::id).toList())
                .toList();
        registrationAdmin.setSeats(chair, acronym, blocks.get(0).get(0), 3);
        for (int i = 0; i < PARTICIPANTS.length; i++) {
            Map<Long, List<Long>> picks = new LinkedHashMap<>();
            for (int b = 0; b < blocks.size(); b++) {
                List<Long> sessions = blocks.get(b);
                int choice = b == 0 ? (i < 5 || i == AT_MALMO ? 0 : 1 + i % 2) : (i + b) % sessions.size();
                picks.put(published.snapshot().sessions().stream().filter(x -> x.id() == sessions.get(0)).findFirst()
                        .orElseThrow().blockId(), List.of(sessions.get(Math.min(choice, sessions.size() - 1))));
            }
            participants.register(acronym, new RegistrationViews.Input(PARTICIPANTS[i][0],
                    PARTICIPANTS[i][1], PARTICIPANTS[i][2], i == AT_MALMO ? published.snapshot().occurrences().get(0).id() : null,
                    List.of(i % 3 == 0 ? "Vegetarian" : ""), picks), null,
                    i % 2 == 0 ? Language.DA : Language.SV);
        }
    }

    private Long submission(Long conferenceId, CallDetails call, Workshop w, Long type, Instant submittedAt) {
        Account owner = accounts.createConfirmed(w.email(), w.presenter(), w.affiliation(), w.country(), w.language(),
                UUID.randomUUID() + "-Aa1");
        Submission s = new Submission(conferenceId, owner.getId(), submittedAt);
        s.edit(new SubmissionContent(w.title(), w.text(), w.keywords(), w.abstractLanguage(),
                call.tracks().get(w.track()).id(), type, List.of(new Author(w.presenter(), w.email(),
                        w.affiliation(), w.country(), true))),
                submittedAt);
        s.submit(submittedAt);
        return submissions.add(s).getId();
    }

    private void room(Actor chair, String acronym, ProgramSnapshot.SessionView s, Long room) {
        editing.changeSession(chair, acronym, s.id(), new ProgramEdits.SessionEdit(s.blockId(), room, s.title(), s.trackId(),
                s.chair(), s.tentative()), Language.EN);
    }

    private Long block(Actor chair, String acronym, LocalDate day, String from, String to, BlockKind kind, String title) {
        return editing.addBlock(chair, acronym, new ProgramEdits.BlockEdit(day, LocalTime.parse(from), LocalTime.parse(to),
                kind, title));
    }

    private Long session(Actor chair, String acronym, Long block, Long room, String title, Long track, String leader) {
        return editing.addSession(chair, acronym, new ProgramEdits.SessionEdit(block, room, title, track, leader, false),
                Language.EN);
    }
}
