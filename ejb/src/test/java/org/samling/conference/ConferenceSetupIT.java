package org.samling.conference;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.CallPhase;
import org.samling.conference.model.ConferenceSettings;
import org.samling.conference.model.SubmissionKind;
import org.samling.conference.model.TrackEdit;
import org.samling.conference.model.TypeEdit;
import org.samling.conference.service.ConferenceService;
import org.samling.conference.service.ConferenceSetup;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.IdentityPolicy;
import org.samling.shared.DomainException;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.service.SubmissionService;
import org.samling.support.Deployments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A chair sets up a new conference, changes it, and edits its tracks and types; every mistake at its field. */
@ExtendWith(ArquillianExtension.class)
class ConferenceSetupIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    ConferenceService conferences;
    @Inject
    ConferenceSetup conferenceSetup;
    @Inject
    AccountService accounts;
    @Inject
    IdentityPolicy identityPolicy;
    @Inject
    SubmissionService submissions;

    /** Someone who chairs last year's conference, so may set up a new one. */
    private Actor chair() {
        Account a = accounts.createConfirmed(Deployments.uniqueEmail("chair"), "Birgitte Ødum", "VIA", "DK", Language.DA,
                "rødgrød med fløde");
        Long nsw2026 = conferences.byAcronym("nsw2026", Language.EN).orElseThrow().id();
        accounts.grant(a.getId(), Role.CHAIR, nsw2026);
        return new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user", "chair"));
    }

    private static String acronym() {
        return "it-" + Long.toString(System.nanoTime(), 36);
    }

    private static ConferenceSettings settings(String acronym) {
        return new ConferenceSettings(acronym, "Socialrådgiverdage 2028", "Odense Congress Center", "Europe/Copenhagen",
                LocalDate.of(2028, 6, 17), LocalDate.of(2028, 6, 19), List.of(Language.DA, Language.EN),
                Map.of(Language.DA, "Tre dage om socialt arbejde i praksis."));
    }

    @Test
    void everyMistakeIsNamedAtItsFieldAndNothingIsCreated() {
        Actor chair = chair();
        DomainException e = assertThrows(DomainException.class, () -> conferenceSetup.create(chair, new ConferenceSettings(
                "Ø!", " ", null, "Europe/Ålborg", LocalDate.of(2028, 6, 19), LocalDate.of(2028, 6, 17), List.of(), Map.of())));
        List<String> fields = e.violations().stream().map(DomainException.Violation::field).toList();
        assertEquals(List.of("acronym", "name", "timeZone", "lastDay", "languages"), fields);
        assertTrue(conferences.chairedBy(chair, Language.EN).stream().noneMatch(c -> c.acronym().startsWith("ø")));

        DomainException taken = assertThrows(DomainException.class, () -> conferenceSetup.create(chair, settings("nsw2027")));
        assertEquals("acronym", taken.violations().get(0).field());
        assertEquals("conference.acronymTaken", taken.violations().get(0).messageKey());
    }

    @Test
    void aNewConferenceHasItsCreatorAsChairAndAnOpenCall() {
        Actor chair = chair();
        String acronym = conferenceSetup.create(chair, settings(acronym().toUpperCase()));
        assertEquals(acronym, acronym.toLowerCase(), "acronyms are kept in lower case");
        var view = conferences.byAcronym(acronym, Language.DA).orElseThrow();
        assertTrue(identityPolicy.isChairOf(chair, view.id()));
        assertEquals(CallPhase.OPEN, view.phase());
        assertEquals("Tre dage om socialt arbejde i praksis.", view.description());
        assertEquals("23:59", view.deadline().atZone(view.zone()).toLocalTime().toString());

        Account stranger = accounts.createConfirmed(Deployments.uniqueEmail("x"), "X", null, "DK", Language.EN,
                "rødgrød med fløde");
        Actor strangerActor = new Actor(stranger.getId(), stranger.getEmail(), stranger.getName(), Set.of("user"));
        DomainException forbidden = assertThrows(DomainException.class,
                () -> conferenceSetup.create(strangerActor, settings(acronym())));
        assertEquals("auth.forbidden", forbidden.violations().get(0).messageKey());
        assertThrows(DomainException.class, () -> conferenceSetup.conferenceSettings(strangerActor, acronym));

        ConferenceSettings changed = new ConferenceSettings("ignored", "Socialrådgiverdage 2028 i Århus", "Aarhus Universitet",
                "Europe/Oslo", LocalDate.of(2028, 6, 18), LocalDate.of(2028, 6, 18), List.of(Language.NB),
                Map.of(Language.NB, "Én dag om sosialt arbeid."));
        conferenceSetup.configureConference(chair, acronym, changed);
        ConferenceSettings now = conferenceSetup.conferenceSettings(chair, acronym);
        assertEquals(acronym, now.acronym(), "the acronym stays");
        assertEquals("Socialrådgiverdage 2028 i Århus", now.name());
        assertEquals("Europe/Oslo", now.timeZone());
        assertEquals(List.of(Language.NB), now.languages());
        assertEquals(Map.of(Language.NB, "Én dag om sosialt arbeid."), now.descriptions());
    }

    @Test
    void tracksAndTypesAreAddedRenamedReorderedAndAUsedOneIsKept() {
        Actor chair = chair();
        String acronym = conferenceSetup.create(chair, settings(acronym()));
        conferenceSetup.saveTracks(chair, acronym, List.of(
                new TrackEdit(null, Map.of(Language.DA, "Børn og familie", Language.EN, "Children and families")),
                new TrackEdit(null, Map.of(Language.DA, "Ældre"))), Language.DA);
        conferenceSetup.saveTypes(chair, acronym, List.of(new TypeEdit(null, SubmissionKind.PAPER, 20),
                new TypeEdit(null, SubmissionKind.WORKSHOP, 90)), Language.DA);
        CallDetails d = conferences.callDetails(acronym, Language.EN).orElseThrow();
        assertEquals(List.of("Children and families", "Ældre"), d.tracks().stream().map(CallDetails.TrackView::name).toList());

        // An author submits to the first track and the first type: neither may then go.
        Account author = accounts.createConfirmed(Deployments.uniqueEmail("a"), "Åse", "KP", "DK", Language.DA,
                "rødgrød med fløde");
        Actor a = new Actor(author.getId(), author.getEmail(), author.getName(), Set.of("user"));
        submissions.save(a, acronym, null, new SubmissionContent("Titel", "Tekst.", List.of(), AbstractLanguage.DA,
                d.tracks().get(0).id(), d.types().get(0).id(), List.of(new Author("Åse", author.getEmail(), "KP", "DK", true))),
                false, Language.DA);
        DomainException inUse = assertThrows(DomainException.class, () -> conferenceSetup.saveTracks(chair, acronym,
                List.of(new TrackEdit(d.tracks().get(1).id(), Map.of(Language.DA, "Ældre"))), Language.DA));
        assertEquals("track.inUse", inUse.violations().get(0).messageKey());
        assertEquals("Børn og familie", inUse.violations().get(0).args()[0]);
        assertEquals(2, conferences.callDetails(acronym, Language.EN).orElseThrow().tracks().size(), "nothing changed");

        // Reordered, renamed, one added; the unused type removed, the used one kept.
        List<TrackEdit> edits = new ArrayList<>();
        edits.add(new TrackEdit(d.tracks().get(1).id(), Map.of(Language.DA, "Ældre og pårørende")));
        edits.add(new TrackEdit(d.tracks().get(0).id(), Map.of(Language.DA, "Børn og familie")));
        edits.add(new TrackEdit(null, Map.of(Language.SV, "Missbruk")));
        conferenceSetup.saveTracks(chair, acronym, edits, Language.DA);
        assertEquals(List.of("Ældre og pårørende", "Børn og familie", "Missbruk"),
                conferences.callDetails(acronym, Language.DA).orElseThrow().tracks().stream().map(CallDetails.TrackView::name)
                        .toList());
        conferenceSetup.saveTypes(chair, acronym, List.of(new TypeEdit(d.types().get(0).id(), SubmissionKind.PAPER, 15)),
                Language.DA);
        var types = conferences.callDetails(acronym, Language.DA).orElseThrow().types();
        assertEquals(1, types.size());
        assertEquals(15, types.get(0).minutes());

        DomainException bad = assertThrows(DomainException.class, () -> conferenceSetup.saveTracks(chair, acronym,
                List.of(new TrackEdit(null, Map.of(Language.DA, " "))), Language.DA));
        assertTrue(bad.violations().stream().anyMatch(v -> v.messageKey().equals("track.noName")));
        DomainException badType = assertThrows(DomainException.class, () -> conferenceSetup.saveTypes(chair, acronym,
                List.of(new TypeEdit(d.types().get(0).id(), SubmissionKind.PAPER, 0)), Language.DA));
        assertEquals("type.minutes", badType.violations().get(0).messageKey());

        // The programme's capacity per type: kept, or refused at the field when negative, the old one staying.
        conferenceSetup.saveTypes(chair, acronym, List.of(new TypeEdit(d.types().get(0).id(), SubmissionKind.PAPER, 15, 40)),
                Language.DA);
        assertEquals(40, conferences.callDetails(acronym, Language.DA).orElseThrow().types().get(0).capacity());
        DomainException badCapacity = assertThrows(DomainException.class, () -> conferenceSetup.saveTypes(chair, acronym,
                List.of(new TypeEdit(d.types().get(0).id(), SubmissionKind.PAPER, 15, -1)), Language.DA));
        assertEquals("type.capacity", badCapacity.violations().get(0).messageKey());
        assertEquals("types", badCapacity.violations().get(0).field());
        assertEquals(40, conferences.callDetails(acronym, Language.DA).orElseThrow().types().get(0).capacity());
    }
}
