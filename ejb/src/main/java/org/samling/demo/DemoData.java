package org.samling.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.conference.model.Call;
import org.samling.conference.model.Conference;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.IdentityPolicy;
import org.samling.notification.service.MailSettings;
import org.samling.platform.ApplicationStarting;
import org.samling.shared.Environment;
import org.samling.conference.model.SubmissionKind;
import org.samling.identity.model.Actor;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.SubmissionContent;
import org.samling.review.model.Assignment;
import org.samling.assignment.model.AssignmentChange;
import org.samling.assignment.model.AssignmentPlan;
import org.samling.review.model.AssignmentSource;
import org.samling.review.model.Assignments;
import org.samling.assignment.service.AssignmentService;
import org.samling.decision.model.Outcome;
import org.samling.decision.service.DecisionService;
import org.samling.review.model.BidPreference;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.review.model.ReviewKind;
import org.samling.review.service.ReviewFormService;
import org.samling.review.service.ReviewService;
import org.samling.review.model.ReviewerProfileForm;
import org.samling.review.service.BiddingService;
import org.samling.review.service.CommitteeService;
import org.samling.review.service.ReviewerProfileService;
import org.samling.submission.service.ChairSubmissionService;
import org.samling.submission.service.SubmissionService;
import org.samling.conference.model.CallDetails;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * In a demo run (SAMLING_DEMO=true: the Run command and the test servers), fills an empty
 * database with what a newcomer should see: the demo accounts, the conference nsw2027 with an
 * open call (deadline about a month from the day the data is made) and the decided conference
 * nsw2026 with its published programme ({@link DemoProgramme}). Never writes over existing data:
 * it runs only when there is no account. Dates are relative to the day of creation, so the demo
 * stays meaningful whenever it starts. Any other start never writes it, and refuses to go on
 * when it finds the demo accounts (their password is public) unless the operator allows it
 * (SAMLING_ALLOW_DEMO_ACCOUNTS=true).
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @EJB
    AccountService accounts;
    @EJB
    ConferenceService conferences;
    @EJB
    SubmissionService submissions;
    @Inject
    MailSettings mailSettings;
    @Inject
    ReviewFormService reviewForms;
    @Inject
    AssignmentService assignmentService;
    @Inject
    Assignments assignmentsRepo;
    @Inject
    ReviewService reviewService;
    @Inject
    DecisionService decisionService;
    @Inject
    org.samling.submission.model.Submissions submissionRepo;
    @Inject
    Clock clock;
    @Inject
    ChairSubmissionService chairSubmissions;
    @Inject
    IdentityPolicy identityPolicy;
    @Inject
    ReviewerProfileService profiles;
    @Inject
    BiddingService bidding;
    @Inject
    CommitteeService committeeService;
    @Inject
    DemoProgramme demoProgramme;

    void onStarting(@Observes ApplicationStarting start) {
        if (!start.demo()) {
            refuseDemoAccounts();
            return;
        }
        if (accounts.countAccounts() == 0) {
            create();
            LOG.info("Demo data created.");
        }
        banner();
    }

    /** A real start on a database that holds the demo accounts stops, saying why, unless allowed. */
    private void refuseDemoAccounts() {
        List<String> found = DemoAccounts.ALL.stream().map(DemoAccounts.Person::email)
                .filter(e -> accounts.findByEmail(e).isPresent()).toList();
        if (found.isEmpty()) {
            return;
        }
        if (Environment.flag("SAMLING_ALLOW_DEMO_ACCOUNTS")) {
            LOG.warning(() -> "The database holds the demo accounts " + found + ", whose password is public; "
                    + "starting anyway because SAMLING_ALLOW_DEMO_ACCOUNTS=true.");
            return;
        }
        throw new IllegalStateException("Samling will not start: the database holds the demo accounts " + found
                + ", whose password (" + DemoAccounts.PASSWORD + ") is in the README, and this is not a demo run. "
                + "Delete those accounts, use another database, or set SAMLING_ALLOW_DEMO_ACCOUNTS=true to start anyway.");
    }

    private void create() {
        Map<String, Account> people = new HashMap<>();
        for (DemoAccounts.Person p : DemoAccounts.ALL) {
            people.put(p.email(), accounts.createConfirmed(p.email(), p.name(), p.affiliation(), p.country(),
                    p.language(), DemoAccounts.PASSWORD));
        }
        accounts.grant(people.get(DemoAccounts.ADMIN).getId(), Role.ADMIN, null);

        LocalDate today = LocalDate.now(clock.withZone(COPENHAGEN));
        Conference nsw2027 = conferences.setUp(upcoming(today), c -> new Call(c,
                at(today.minusDays(14), LocalTime.of(9, 0), COPENHAGEN),
                at(today.plusDays(30), LocalTime.of(23, 59), COPENHAGEN), 15,
                today.plusDays(75), at(today.plusDays(120), LocalTime.of(23, 59), COPENHAGEN), 300));
        // Reviewed and decided, held in a month: accepted authors send final versions until ten days from now.
        Conference nsw2026 = conferences.setUp(decided(today), c -> new Call(c,
                at(today.minusDays(240), LocalTime.of(9, 0), STOCKHOLM),
                at(today.minusDays(150), LocalTime.of(23, 59), STOCKHOLM), 0,
                today.minusDays(90), at(today.plusDays(10), LocalTime.of(23, 59), STOCKHOLM), 300));

        for (Conference c : List.of(nsw2027, nsw2026)) {
            conferences.addTracksAndTypes(c.getId(), TRACKS, TYPES);
            accounts.grant(people.get(DemoAccounts.CHAIR).getId(), Role.CHAIR, c.getId());
            for (String r : List.of(DemoAccounts.REVIEWER_1, DemoAccounts.REVIEWER_2, DemoAccounts.REVIEWER_3)) {
                accounts.grant(people.get(r).getId(), Role.REVIEWER, c.getId());
            }
        }
        accounts.grant(people.get(DemoAccounts.CHAIR_2026).getId(), Role.CHAIR, nsw2026.getId());
        submissions(people);
    }

    static final List<Map<Language, String>> TRACKS = List.of(
            Map.of(Language.DA, "Børn og unge", Language.SV, "Barn och unga", Language.NB, "Barn og unge",
                    Language.EN, "Children and young people"),
            Map.of(Language.DA, "Beskæftigelse og inklusion", Language.SV, "Arbete och inkludering",
                    Language.NB, "Arbeid og inkludering", Language.EN, "Employment and inclusion"),
            Map.of(Language.DA, "Handicap", Language.SV, "Funktionshinder", Language.NB, "Funksjonshemming",
                    Language.EN, "Disability"),
            Map.of(Language.DA, "Psykiatri og misbrug", Language.SV, "Psykiatri och missbruk",
                    Language.NB, "Psykisk helse og rus", Language.EN, "Mental health and substance use"));
    static final List<Map.Entry<SubmissionKind, Integer>> TYPES = List.of(
            Map.entry(SubmissionKind.PAPER, 20), Map.entry(SubmissionKind.WORKSHOP, 90),
            Map.entry(SubmissionKind.POSTER, 5), Map.entry(SubmissionKind.SYMPOSIUM, 90));

    /** Abstracts on the open call, so "My submissions" and the outbox show something at once. */
    private void submissions(Map<String, Account> people) {
        CallDetails call = conferences.callDetails("nsw2027", Language.DA).orElseThrow();
        Account soren = people.get(DemoAccounts.AUTHOR_1);
        Account karin = people.get(DemoAccounts.AUTHOR_2);
        Actor sorenActor = actor(soren);
        Actor karinActor = actor(karin);
        Long sorenPaper = submissions.save(sorenActor, "nsw2027", null, new SubmissionContent(
                "Når familien selv sidder for bordet: familierådslagning i børnesager",
                "Familierådslagning giver familien og dens netværk ansvaret for at lægge en plan for barnet, mens "
                        + "socialrådgiveren sikrer rammen. Oplægget bygger på 42 interviews med familier, "
                        + "socialrådgivere og koordinatorer i tre kommuner. Vi viser, hvornår metoden styrker barnets "
                        + "stemme, og hvornår den lægger for meget på skuldrene af en i forvejen presset familie. "
                        + "Vi slutter med fem råd til praksis om forberedelse, koordinatorens rolle og opfølgning.",
                List.of("familierådslagning", "børn og unge", "netværk"), AbstractLanguage.DA,
                call.tracks().get(0).id(), call.types().get(0).id(), List.of(
                new Author(soren.getName(), soren.getEmail(), soren.getAffiliation(), "DK", true),
                new Author("Maja Østergaard", "maja.ostergaard@kp.example", "Københavns Professionshøjskole", "DK", false))),
                true, Language.DA);
        // A poster nobody reviews yet: the chair's automatic assignment has something to place.
        submissions.save(sorenActor, "nsw2027", null, new SubmissionContent(
                "Digitale handleplaner: hvad barnet selv kan læse",
                "Posteren viser, hvordan tre kommuner har skrevet handleplaner om, så børn fra ti år selv kan læse "
                        + "og kommentere dem. Vi sammenligner planer før og efter og spørger børn og socialrådgivere, "
                        + "hvad der blev anderledes i samtalerne om planen.",
                List.of("handleplaner", "børn og unge", "børneinddragelse"), AbstractLanguage.DA,
                call.tracks().get(0).id(), call.types().get(2).id(), List.of(
                new Author(soren.getName(), soren.getEmail(), soren.getAffiliation(), "DK", true))),
                true, Language.DA);
        Long draft = submissions.save(sorenActor, "nsw2027", null, new SubmissionContent(
                "Udkast: netværksmøder i jobcentret", "Et første udkast, som endnu ikke er indsendt.",
                List.of("beskæftigelse"), AbstractLanguage.DA, call.tracks().get(1).id(), null,
                List.of(new Author(soren.getName(), soren.getEmail(), soren.getAffiliation(), "DK", true))),
                false, Language.DA);
        Long workshop = submissions.save(karinActor, "nsw2027", null, new SubmissionContent(
                "Tillit i mötet med socialtjänsten: unga vuxnas berättelser",
                "Hur bygger socialsekreterare tillit hos unga vuxna som har lämnat samhällsvården? Workshoppen utgår "
                        + "från berättelser från tjugo unga vuxna och låter deltagarna pröva ett samtalsstöd som "
                        + "utvecklats tillsammans med brukarorganisationer i Göteborg och Malmö.",
                List.of("socialtjänsten", "unga vuxna", "tillit"), AbstractLanguage.SV,
                call.tracks().get(0).id(), call.types().get(1).id(), List.of(
                new Author(karin.getName(), karin.getEmail(), karin.getAffiliation(), "SE", true))),
                true, Language.SV);
        // Søren's paper has a clean PDF, which reviewers get (without document properties).
        submissions.uploadPdf(sorenActor, sorenPaper, "familieraadslagning.pdf", demoPdf(List.of(
                "Når familien selv sidder for bordet",
                "Familierådslagning i børnesager: 42 interviews i tre kommuner",
                "Fem råd til praksis: forberedelse, koordinatorens rolle, opfølgning.")), Language.DA);
        // Karin's PDF names her: the chair's list flags it, her form warns her, reviewers do not get it.
        submissions.uploadPdf(karinActor, workshop, "workshop-tillit.pdf", demoPdf(List.of(
                "Tillit i mötet med socialtjänsten",
                "Workshop, 90 minuter",
                "Karin Ekström, " + karin.getAffiliation(),
                "Samtalsstöd utvecklat med brukarorganisationer i Göteborg och Malmö.")), Language.SV);
        // Søren's draft has an individual extension, so the chair's list and his own show one.
        Account chair = people.get(DemoAccounts.CHAIR);
        Actor chairActor = actor(chair);
        Instant closes = conferences.callOf(call.conference().id()).orElseThrow().closesAt();
        chairSubmissions.grantExtension(chairActor, draft, closes.plus(java.time.Duration.ofDays(7)),
                "Sygdom i familien; aftalt pr. telefon.", Language.DA);

        // Emily's paper has a co-author at Åsa's university: a detected conflict the chair sees.
        Account emily = people.get(DemoAccounts.AUTHOR_3);
        Actor emilyActor = actor(emily);
        Long emilyPaper = submissions.save(emilyActor, "nsw2027", null, new SubmissionContent(
                "Supervision that sticks: newly qualified social workers in their first year",
                "What makes supervision useful to social workers in their first year of practice? We followed "
                        + "thirty newly qualified social workers in Scotland and Sweden for twelve months, with interviews "
                        + "at three points and a short diary between them. Supervision that helped was regular, "
                        + "case-near and protected from cancellation; what did not help was supervision used mainly "
                        + "for control of caseloads. We end with a model for a first-year supervision agreement.",
                List.of("supervision", "newly qualified", "retention"), AbstractLanguage.EN,
                call.tracks().get(1).id(), call.types().get(0).id(), List.of(
                new Author(emily.getName(), emily.getEmail(), emily.getAffiliation(), "GB", true),
                new Author("Johan Nilsson", "johan.nilsson@gu.example", "University of Gothenburg", "SE", false))),
                true, Language.EN);
        committee(people, call);
        reviews(people, sorenPaper, workshop, emilyPaper);
        lastYear(people);
    }

    /**
     * The decided conference: four abstracts reviewed by the demo reviewers; Søren's paper
     * accepted and Karin's workshop rejected, their authors told (with the scores: the chairs show
     * them to authors here); Emily's paper (the reviewers far apart) and Karin's poster still to
     * decide, for the chair's ranking, against the programme's capacity per type. Søren may send
     * his final version and confirm who presents until the final-version deadline ten days away.
     */
    private void lastYear(Map<String, Account> people) {
        CallDetails call = conferences.callDetails("nsw2026", Language.EN).orElseThrow();
        Long conferenceId = call.conference().id();
        Instant then = conferences.callOf(conferenceId).orElseThrow().getDeadline().minus(java.time.Duration.ofDays(3));
        Account soren = people.get(DemoAccounts.AUTHOR_1);
        Account karin = people.get(DemoAccounts.AUTHOR_2);
        Account emily = people.get(DemoAccounts.AUTHOR_3);
        Long paper = historic(conferenceId, soren, then, "Socialrådgiveren som brobygger mellem skole og familie",
                "Hvordan bygger socialrådgivere på skoler bro mellem lærere og familier? Vi fulgte fire skolesocialrådgivere "
                        + "i et år og viser, hvilke små greb der får familier til at komme igen.",
                List.of("skolesocialt arbejde", "familier"), AbstractLanguage.DA, call.tracks().get(0).id(), call.types().get(0).id());
        Long workshop = historic(conferenceId, karin, then, "Att leda samtal om våld i nära relationer",
                "En workshop om hur socialsekreterare kan ställa frågor om våld tidigt i utredningen, med övningar från "
                        + "tre kommuner i Stockholms län.", List.of("våld i nära relationer", "samtal"), AbstractLanguage.SV,
                call.tracks().get(3).id(), call.types().get(1).id());
        Long emilyPaper = historic(conferenceId, emily, then, "Digital case records and the voice of the service user",
                "Case records are written about people, rarely with them. We read 300 digital case records in two Scottish "
                        + "councils and ask whose words they keep.", List.of("case records", "participation"), AbstractLanguage.EN,
                call.tracks().get(1).id(), call.types().get(0).id());
        Long poster = historic(conferenceId, karin, then, "Unga vuxna och bostadslöshet efter placering",
                "Postern visar vad som händer med boendet för unga vuxna under de två första åren efter en placering.",
                List.of("bostadslöshet", "unga vuxna"), AbstractLanguage.SV, call.tracks().get(0).id(), call.types().get(2).id());
        Actor chair = actor(people.get(DemoAccounts.CHAIR));
        reviewForms.define(chair, "nsw2026", ReviewFormDefinition.defaults(), true, true, null, Language.EN);
        conferences.saveTypes(chair, "nsw2026", call.types().stream().map(t -> new org.samling.conference.model.TypeEdit(
                t.id(), t.kind(), t.minutes(), switch (t.kind()) {
                    case PAPER -> 12;
                    case WORKSHOP -> 9;
                    case POSTER -> 20;
                    default -> 2;
                })).toList(), Language.EN);
        Account asa = people.get(DemoAccounts.REVIEWER_1);
        Account lars = people.get(DemoAccounts.REVIEWER_2);
        Account sanna = people.get(DemoAccounts.REVIEWER_3);
        assignmentService.apply(chair, new AssignmentPlan("nsw2026", AssignmentSource.MANUAL, List.of(
                AssignmentChange.add(paper, asa.getId()), AssignmentChange.add(paper, sanna.getId()),
                AssignmentChange.add(workshop, lars.getId()), AssignmentChange.add(workshop, sanna.getId()),
                AssignmentChange.add(emilyPaper, asa.getId()), AssignmentChange.add(emilyPaper, lars.getId()),
                AssignmentChange.add(poster, sanna.getId()), AssignmentChange.add(poster, lars.getId()))), Language.EN);
        review(asa, paper, 5, 4, 4, 5, 4, 3, "Ett tydligt och praktiknära bidrag; beskriv urvalet av skolor.", "Stark kandidat.");
        review(sanna, paper, 4, 4, 5, 4, 4, 2, "Clear and useful for school social workers.", "Accept.");
        review(lars, workshop, 2, 2, 3, 2, 1, 2, "Workshopen mangler en tydelig plan for øvelsene.", "Svak.");
        review(sanna, workshop, 2, 3, 2, 2, 2, 2, "The exercises need more structure.", "Reject unless space.");
        review(asa, emilyPaper, 5, 5, 4, 5, 4, 3, "A strong study with a clear method.", "Excellent, accept.");
        review(lars, emilyPaper, 1, 2, 2, 1, 1, 2, "Studien er interessant, men feltet er kjent fra før.", "Kjenner forfatteren? Nei.");
        review(sanna, poster, 3, 3, 4, 4, 3, 2, "A good poster topic; show the numbers.", "Fine as a poster.");
        review(lars, poster, 4, 3, 3, 4, 3, 2, "Relevant for ettervern.", "Godt.");
        decisionService.decide(chair, "nsw2026", List.of(paper), Outcome.ACCEPT, null, "Two strong reviews.", false, Language.EN);
        decisionService.decide(chair, "nsw2026", List.of(workshop), Outcome.REJECT, null, "Both reviewers weak.", false,
                Language.EN);
        decisionService.send(chair, "nsw2026", Language.EN);
        demoProgramme.create(chair, conferences.callDetails("nsw2026", Language.EN).orElseThrow(), then, paper);
    }

    /** A submission of the decided call, submitted before its deadline (the call is closed now, so not through the form). */
    private Long historic(Long conferenceId, Account owner, Instant at, String title, String text, List<String> keywords,
                          AbstractLanguage language, Long trackId, Long typeId) {
        org.samling.submission.model.Submission s = new org.samling.submission.model.Submission(conferenceId, owner.getId(), at);
        s.edit(new SubmissionContent(title, text, keywords, language, trackId, typeId, List.of(new Author(owner.getName(),
                owner.getEmail(), owner.getAffiliation(), owner.getCountry(), true))), at);
        s.submit(at);
        return submissionRepo.add(s).getId();
    }

    private void review(Account reviewer, Long submissionId, int relevance, int originality, int clarity, int practice,
                        int recommendation, int confidence, String toAuthors, String toCommittee) {
        Assignment a = assignmentsRepo.find(submissionId, reviewer.getId()).orElseThrow();
        reviewService.save(actor(reviewer), a.getId(), ReviewKind.REVIEW, new ReviewContent(Map.of("relevance", relevance,
                "originality", originality, "clarity", clarity, "practice", practice), recommendation, confidence, toAuthors,
                toCommittee), -1, true, Language.EN);
    }

    /**
     * The review round under way: the default form with a review deadline, assignments made
     * through the pipeline (Lars is not on Karin's workshop, Åsa not on Emily's paper: conflicts),
     * Sanna's review of Søren's paper submitted with a word in the discussion, Åsa's still to do,
     * and Sanna asked for the meta-review of Emily's paper.
     */
    private void reviews(Map<String, Account> people, Long sorenPaper, Long workshop, Long emilyPaper) {
        Actor chair = actor(people.get(DemoAccounts.CHAIR));
        Account asa = people.get(DemoAccounts.REVIEWER_1);
        Account lars = people.get(DemoAccounts.REVIEWER_2);
        Account sanna = people.get(DemoAccounts.REVIEWER_3);
        LocalDate today = LocalDate.now(clock.withZone(COPENHAGEN));
        // The review deadline is two days away, so the chair's Review progress shows who is late.
        reviewForms.define(chair, "nsw2027", ReviewFormDefinition.defaults(), true,
                at(today.plusDays(2), LocalTime.of(23, 59), COPENHAGEN), Language.DA);
        assignmentService.apply(chair, new AssignmentPlan("nsw2027", AssignmentSource.MANUAL, List.of(
                AssignmentChange.add(sorenPaper, sanna.getId()), AssignmentChange.add(sorenPaper, asa.getId()),
                AssignmentChange.add(workshop, asa.getId()), AssignmentChange.add(workshop, sanna.getId()),
                AssignmentChange.add(emilyPaper, lars.getId()), AssignmentChange.add(emilyPaper, sanna.getId()))),
                Language.DA);
        Actor sannaActor = actor(sanna);
        Assignment sannaOnSoren = assignmentsRepo.find(sorenPaper, sanna.getId()).orElseThrow();
        reviewService.save(sannaActor, sannaOnSoren.getId(), ReviewKind.REVIEW, new ReviewContent(
                Map.of("relevance", 5, "originality", 3, "clarity", 4, "practice", 5), 4, 2,
                "A clear and useful study. The five pieces of advice to practice are the strongest part; say a little "
                        + "more about how the three municipalities were chosen.",
                "Fits the children track well; I would put it in a session on participation."), -1, true, Language.EN);
        reviewService.discuss(sannaActor, sannaOnSoren.getId(),
                "I am positive. Could the second reviewer look at the sampling question?");
        assignmentService.askForMetaReview(chair, assignmentsRepo.find(emilyPaper, sanna.getId()).orElseThrow().getId());
    }

    /**
     * Committee profiles and bids: Lars declares a conflict with Karin, so her workshop is not on his
     * bidding sheet; Åsa and Sanna have bid on what they may see.
     */
    private void committee(Map<String, Account> people, CallDetails call) {
        Account asa = people.get(DemoAccounts.REVIEWER_1);
        Account lars = people.get(DemoAccounts.REVIEWER_2);
        Account sanna = people.get(DemoAccounts.REVIEWER_3);
        Actor asaActor = actor(asa);
        Actor larsActor = actor(lars);
        Actor sannaActor = actor(sanna);
        java.util.Set<Long> children = new java.util.LinkedHashSet<>(List.of(call.tracks().get(0).id()));
        profiles.save(asaActor, "nsw2027", new ReviewerProfileForm(children, java.util.EnumSet.of(AbstractLanguage.SV,
                AbstractLanguage.DA, AbstractLanguage.NB, AbstractLanguage.EN), List.of("barnskydd", "familjehem", "barns delaktighet"),
                "Forskar om barns delaktighet i den sociala barnavården och om familjehemsvård.", List.of(), List.of()), Language.SV);
        profiles.save(larsActor, "nsw2027", new ReviewerProfileForm(new java.util.LinkedHashSet<>(List.of(call.tracks().get(1).id())),
                java.util.EnumSet.of(AbstractLanguage.NB, AbstractLanguage.DA, AbstractLanguage.SV),
                List.of("arbeidsinkludering", "NAV"), "Arbeid og inkludering, veiledning av nyutdannede.",
                List.of("Karin Ekström"), List.of()), Language.NB);
        for (var s : bidding.sheet(asaActor, "nsw2027", null, null, Language.SV).submissions()) {
            bidding.bid(asaActor, s.id(), s.language() == AbstractLanguage.DA ? BidPreference.EAGER : BidPreference.WILLING);
        }
        var sannasSheet = bidding.sheet(sannaActor, "nsw2027", null, null, Language.EN).submissions();
        bidding.bid(sannaActor, sannasSheet.get(sannasSheet.size() - 1).id(), BidPreference.EAGER);

        // Loads, and an invitation not answered yet, for the chair's committee page.
        Account chair = people.get(DemoAccounts.CHAIR);
        Actor chairActor = actor(chair);
        committeeService.setLoads(chairActor, "nsw2027", asa.getId(), 10, 2, Language.DA);
        committeeService.setLoads(chairActor, "nsw2027", lars.getId(), 8, 0, Language.DA);
        committeeService.setLoads(chairActor, "nsw2027", sanna.getId(), 4, 0, Language.DA);
        committeeService.invite(chairActor, "nsw2027", "kari.nordmann@uio.example", "Kari Nordmann", 6, 0, Language.DA);
    }

    /** The demo person as the services see them, with the groups their grants give. */
    private Actor actor(Account a) {
        return new Actor(a.getId(), a.getEmail(), a.getName(), identityPolicy.groupsOf(a.getId()));
    }

    /** A one-page PDF made with PDFBox's standard font, which encodes æ, ø, å, ä and ö. */
    private static byte[] demoPdf(List<String> lines) {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 720);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -18);
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Conference upcoming(LocalDate today) {
        LocalDate first = today.plusDays(200);
        Conference c = new Conference("nsw2027", "Nordic Social Work Conference 2027: Welfare at the Threshold",
                "Aalborg Kongres & Kultur Center, Aalborg", COPENHAGEN, first, first.plusDays(2),
                List.of(Language.DA, Language.SV, Language.NB, Language.EN));
        c.describe(Language.DA, "Tre dage om socialt arbejde i en tid, hvor velfærdsstaten forandres: "
                + "børn og unge i udsatte positioner, beskæftigelse, handicap, psykiatri og samarbejdet mellem "
                + "praksis og forskning. Vi indkalder abstracts til oplæg, workshops, posters og symposier på "
                + "dansk, svensk, norsk og engelsk.");
        c.describe(Language.SV, "Tre dagar om socialt arbete när välfärdsstaten förändras: barn och unga i "
                + "utsatta situationer, arbetsmarknad, funktionshinder, psykiatri och samverkan mellan praktik "
                + "och forskning. Vi tar emot abstracts till föredrag, workshoppar, posters och symposier på "
                + "danska, svenska, norska och engelska.");
        c.describe(Language.NB, "Tre dager om sosialt arbeid i en tid der velferdsstaten endres: barn og unge "
                + "i utsatte posisjoner, arbeid og inkludering, funksjonshemming, psykisk helse og samarbeidet "
                + "mellom praksis og forskning. Vi inviterer til abstracts for innlegg, verksteder, postere og "
                + "symposier på dansk, svensk, norsk og engelsk.");
        c.describe(Language.EN, "Three days on social work while the welfare state changes: children and young "
                + "people in vulnerable positions, employment, disability, mental health, and how practice and "
                + "research work together. We invite abstracts for papers, workshops, posters and symposia in "
                + "Danish, Swedish, Norwegian and English.");
        return c;
    }

    private static Conference decided(LocalDate today) {
        LocalDate first = today.plusDays(30);
        Conference c = new Conference("nsw2026", "Nordic Social Work Conference 2026: Trust and Welfare",
                "Göteborgs universitet, Göteborg", STOCKHOLM, first, first.plusDays(2),
                List.of(Language.SV, Language.DA, Language.NB, Language.EN));
        c.describe(Language.SV, "Konferensen om tillit i välfärdens möten: socialtjänsten, "
                + "barnavården och brukarnas röster. Granskningen är klar och besluten är skickade.");
        c.describe(Language.DA, "Konferencen om tillid i velfærdens møder: socialforvaltningen, "
                + "børneområdet og borgernes stemmer. Bedømmelsen er færdig, og afgørelserne er sendt.");
        c.describe(Language.NB, "Konferansen om tillit i velferdens møter: sosialtjenesten, "
                + "barnevernet og brukernes stemmer. Vurderingen er ferdig, og avgjørelsene er sendt.");
        c.describe(Language.EN, "The conference on trust where welfare meets people: social services, "
                + "child welfare and the voices of service users. Review is over and the decisions are sent.");
        return c;
    }

    private static java.time.Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private void banner() {
        StringBuilder b = new StringBuilder("\n\n  Samling is ready at ").append(mailSettings.baseUrl()).append("/\n")
                .append("  Demo accounts (password: ").append(DemoAccounts.PASSWORD).append("):\n");
        for (DemoAccounts.Person p : DemoAccounts.ALL) {
            b.append(String.format("    %-9s %-27s %s%n", p.role(), p.email(), p.name()));
        }
        b.append(mailSettings.smtpConfigured() ? "  Mail is sent through SMTP.\n"
                : "  No SMTP server configured: mails stay in the outbox (log in as admin, Admin > Outbox).\n");
        LOG.info(b::toString);
    }
}
