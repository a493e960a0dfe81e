package org.samling.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.samling.assignment.model.AssignmentChange;
import org.samling.assignment.model.AssignmentPlan;
import org.samling.assignment.service.AssignmentService;
import org.samling.conference.model.CallDetails;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.review.model.Assignment;
import org.samling.review.model.AssignmentSource;
import org.samling.review.model.Assignments;
import org.samling.review.model.BidPreference;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.review.model.ReviewKind;
import org.samling.review.model.ReviewerProfileForm;
import org.samling.review.service.BiddingService;
import org.samling.review.service.CommitteeService;
import org.samling.review.service.ReviewFormService;
import org.samling.review.service.ReviewService;
import org.samling.review.service.ReviewerProfileService;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.service.ChairSubmissionService;
import org.samling.submission.service.SubmissionService;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The open call of the demo (nsw2027): abstracts in three languages (one a draft with an
 * extension, one PDF that names its author), committee profiles, bids and loads, and a review
 * round under way.
 */
@ApplicationScoped
public class DemoOpenCall {

    @EJB
    ConferenceService conferences;
    @EJB
    SubmissionService submissions;
    @Inject
    ChairSubmissionService chairSubmissions;
    @Inject
    ReviewFormService reviewForms;
    @Inject
    AssignmentService assignmentService;
    @Inject
    Assignments assignmentsRepo;
    @Inject
    ReviewService reviewService;
    @Inject
    ReviewerProfileService profiles;
    @Inject
    BiddingService bidding;
    @Inject
    CommitteeService committeeService;
    @Inject
    DemoActors actors;
    @Inject
    Clock clock;

    /** Abstracts on the open call, so "My submissions" and the outbox show something at once. */
    void create(Map<String, Account> people) {
        CallDetails call = conferences.callDetails("nsw2027", Language.DA).orElseThrow();
        Account soren = people.get(DemoAccounts.AUTHOR_1);
        Account karin = people.get(DemoAccounts.AUTHOR_2);
        Actor sorenActor = actors.of(soren);
        Actor karinActor = actors.of(karin);
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
                        new Author("Maja Østergaard", "maja.ostergaard@kp.example", "Københavns Professionshøjskole", "DK",
                                false))),
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
        Actor chairActor = actors.of(chair);
        Instant closes = conferences.callOf(call.conference().id()).orElseThrow().closesAt();
        chairSubmissions.grantExtension(chairActor, draft, closes.plus(Duration.ofDays(7)),
                "Sygdom i familien; aftalt pr. telefon.", Language.DA);

        // Emily's paper has a co-author at Åsa's university: a detected conflict the chair sees.
        Account emily = people.get(DemoAccounts.AUTHOR_3);
        Actor emilyActor = actors.of(emily);
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
    }

    /**
     * The review round under way: the default form with a review deadline, assignments made
     * through the pipeline (Lars is not on Karin's workshop, Åsa not on Emily's paper: conflicts),
     * Sanna's review of Søren's paper submitted with a word in the discussion, Åsa's still to do,
     * and Sanna asked for the meta-review of Emily's paper.
     */
    private void reviews(Map<String, Account> people, Long sorenPaper, Long workshop, Long emilyPaper) {
        Actor chair = actors.of(people.get(DemoAccounts.CHAIR));
        Account asa = people.get(DemoAccounts.REVIEWER_1);
        Account lars = people.get(DemoAccounts.REVIEWER_2);
        Account sanna = people.get(DemoAccounts.REVIEWER_3);
        LocalDate today = LocalDate.now(clock.withZone(DemoData.COPENHAGEN));
        // The review deadline is two days away, so the chair's Review progress shows who is late.
        reviewForms.define(chair, "nsw2027", ReviewFormDefinition.defaults(), true,
                DemoData.at(today.plusDays(2), LocalTime.of(23, 59), DemoData.COPENHAGEN), Language.DA);
        assignmentService.apply(chair, new AssignmentPlan("nsw2027", AssignmentSource.MANUAL, List.of(
                AssignmentChange.add(sorenPaper, sanna.getId()), AssignmentChange.add(sorenPaper, asa.getId()),
                AssignmentChange.add(workshop, asa.getId()), AssignmentChange.add(workshop, sanna.getId()),
                AssignmentChange.add(emilyPaper, lars.getId()), AssignmentChange.add(emilyPaper, sanna.getId()))),
                Language.DA);
        Actor sannaActor = actors.of(sanna);
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
        Actor asaActor = actors.of(asa);
        Actor larsActor = actors.of(lars);
        Actor sannaActor = actors.of(sanna);
        Set<Long> children = new LinkedHashSet<>(List.of(call.tracks().get(0).id()));
        profiles.save(asaActor, "nsw2027", new ReviewerProfileForm(children, EnumSet.of(AbstractLanguage.SV,
                AbstractLanguage.DA, AbstractLanguage.NB, AbstractLanguage.EN),
                List.of("barnskydd", "familjehem", "barns delaktighet"),
                "Forskar om barns delaktighet i den sociala barnavården och om familjehemsvård.", List.of(), List.of()),
                Language.SV);
        profiles.save(larsActor, "nsw2027", new ReviewerProfileForm(new LinkedHashSet<>(List.of(call.tracks().get(1).id())),
                EnumSet.of(AbstractLanguage.NB, AbstractLanguage.DA, AbstractLanguage.SV),
                List.of("arbeidsinkludering", "NAV"), "Arbeid og inkludering, veiledning av nyutdannede.",
                List.of("Karin Ekström"), List.of()), Language.NB);
        for (var s : bidding.sheet(asaActor, "nsw2027", null, null, Language.SV).submissions()) {
            bidding.bid(asaActor, s.id(), s.language() == AbstractLanguage.DA ? BidPreference.EAGER : BidPreference.WILLING);
        }
        var sannasSheet = bidding.sheet(sannaActor, "nsw2027", null, null, Language.EN).submissions();
        bidding.bid(sannaActor, sannasSheet.get(sannasSheet.size() - 1).id(), BidPreference.EAGER);

        // Loads, and an invitation not answered yet, for the chair's committee page.
        Account chair = people.get(DemoAccounts.CHAIR);
        Actor chairActor = actors.of(chair);
        committeeService.setLoads(chairActor, "nsw2027", asa.getId(), 10, 2, Language.DA);
        committeeService.setLoads(chairActor, "nsw2027", lars.getId(), 8, 0, Language.DA);
        committeeService.setLoads(chairActor, "nsw2027", sanna.getId(), 4, 0, Language.DA);
        committeeService.invite(chairActor, "nsw2027", "kari.nordmann@uio.example", "Kari Nordmann", 6, 0, Language.DA);
    }

    /** A one-page PDF made with PDFBox's standard font, which encodes æ, ø, å, ä and ö. */
    private static byte[] demoPdf(List<String> lines) {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            doc.addPage(page);
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (var cs = new PDPageContentStream(doc, page)) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
