package org.samling.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.conference.model.Call;
import org.samling.conference.model.Conference;
import org.samling.conference.model.SubmissionKind;
import org.samling.conference.service.ConferenceSetup;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.notification.service.MailSettings;
import org.samling.platform.ApplicationStarting;
import org.samling.shared.Environment;

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
    @Inject
    ConferenceSetup conferenceSetup;
    @Inject
    MailSettings mailSettings;
    @Inject
    Clock clock;
    @Inject
    DemoOpenCall openCall;
    @Inject
    DemoDecidedCall decidedCall;

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
        Conference nsw2027 = conferenceSetup.setUp(upcoming(today), c -> new Call(c,
                at(today.minusDays(14), LocalTime.of(9, 0), COPENHAGEN),
                at(today.plusDays(30), LocalTime.of(23, 59), COPENHAGEN), 15,
                today.plusDays(75), at(today.plusDays(120), LocalTime.of(23, 59), COPENHAGEN), 300));
        // Reviewed and decided, held in a month: accepted authors send final versions until ten days from now.
        Conference nsw2026 = conferenceSetup.setUp(decided(today), c -> new Call(c,
                at(today.minusDays(240), LocalTime.of(9, 0), STOCKHOLM),
                at(today.minusDays(150), LocalTime.of(23, 59), STOCKHOLM), 0,
                today.minusDays(90), at(today.plusDays(10), LocalTime.of(23, 59), STOCKHOLM), 300));

        for (Conference c : List.of(nsw2027, nsw2026)) {
            conferenceSetup.addTracksAndTypes(c.getId(), TRACKS, TYPES);
            accounts.grant(people.get(DemoAccounts.CHAIR).getId(), Role.CHAIR, c.getId());
            for (String r : List.of(DemoAccounts.REVIEWER_1, DemoAccounts.REVIEWER_2, DemoAccounts.REVIEWER_3)) {
                accounts.grant(people.get(r).getId(), Role.REVIEWER, c.getId());
            }
        }
        accounts.grant(people.get(DemoAccounts.CHAIR_2026).getId(), Role.CHAIR, nsw2026.getId());
        openCall.create(people);
        decidedCall.create(people);
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

    static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private void banner() {
        StringBuilder b = new StringBuilder("\n\n  Samling is ready at ").append(mailSettings.baseUrl()).append("/\n")
                .append("  Demo accounts (password: ").append(DemoAccounts.PASSWORD).append("):\n");
        for (DemoAccounts.Person p : DemoAccounts.ALL) {
            b.append(String.format("    %-9s %-27s %s%n", p.role(), p.email(), p.name()));
        }
        b.append(mailSettings.smtpConfigured()
                ? "  Mail is sent through SMTP.\n"
                : "  No SMTP server configured: mails stay in the outbox (log in as admin, Admin > Outbox).\n");
        LOG.info(b::toString);
    }
}
