package org.samling.registration.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.model.Actor;
import org.samling.program.service.PublishedProgram;
import org.samling.program.service.PublishedPrograms;
import org.samling.publishing.render.SignInSheet;
import org.samling.registration.model.PickState;
import org.samling.registration.model.RegistrationSettings;
import org.samling.registration.model.Registrations;
import org.samling.shared.DomainException;
import org.samling.shared.SpreadsheetCsv;

import java.util.ArrayList;
import java.util.List;

/** The chairs' lists of one session: a spreadsheet of its participants and a sign-in sheet for the door. */
@Stateless
public class RegistrationExports {

    @Inject
    RegistrationAdmin admin;
    @Inject
    ConferenceService conferences;
    @Inject
    PublishedPrograms publishedPrograms;
    @Inject
    Registrations registrations;

    /**
     * A session's participants as CSV ({@link SpreadsheetCsv}) in the reader's language: seated first,
     * then the waiting list in order; states as the chairs' page words them.
     */
    public String csv(Actor actor, String acronym, long sessionId, Long occurrenceId, Language reader) {
        RegistrationViews.SessionOverview s = session(actor, acronym, sessionId, occurrenceId);
        List<String> questions = registrations.settings(conferences.chaired(actor, acronym, Language.EN).id())
                .map(RegistrationSettings::questionList).orElse(List.of());
        List<String> header = new ArrayList<>(List.of("name", "email", "organisation", "state", "waiting_position", "choice"));
        header.addAll(questions);
        List<List<String>> rows = new ArrayList<>();
        for (RegistrationViews.Participant p : s.people()) {
            List<String> row = new ArrayList<>(List.of(p.name(), p.email(), p.organisation() == null ? "" : p.organisation(),
                    Messages.get(reader, "registration.state." + p.state().name(), p.position()),
                    p.position() == 0 ? "" : Integer.toString(p.position()), Integer.toString(p.choice())));
            String[] answers = p.answers().split("\n", -1);
            for (int i = 0; i < questions.size(); i++) {
                row.add(i < answers.length ? answers[i] : "");
            }
            rows.add(row);
        }
        return SpreadsheetCsv.write(header, rows, reader.locale());
    }

    /** A session's sign-in sheet (PDF) in the programme's language: the seated participants with a line to sign. */
    public byte[] signInSheet(Actor actor, String acronym, long sessionId, Long occurrenceId) {
        RegistrationViews.SessionOverview s = session(actor, acronym, sessionId, occurrenceId);
        PublishedProgram first = publishedPrograms.published(acronym, Language.EN).orElseThrow();
        PublishedProgram p = publishedPrograms.published(acronym, first.language()).orElse(first);
        Language l = p.language();
        String when = PublishedBlocks.session(p, sessionId).flatMap(x -> p.snapshot().block(x.blockId()))
                .map(b -> PublishedBlocks.label(p, b, p.occurrence(occurrenceId).id(), l)).orElse("");
        return SignInSheet.render(p.conference().name(), s.title(), when + (s.room().isEmpty() ? "" : " \u00b7 " + s.room()),
                Messages.get(l, "registration.sheetName"), Messages.get(l, "registration.sheetOrganisation"),
                Messages.get(l, "registration.sheetSignature"),
                s.people().stream().filter(x -> x.state() == PickState.CONFIRMED)
                        .map(x -> new SignInSheet.Row(x.name(), x.organisation())).toList());
    }

    private RegistrationViews.SessionOverview session(Actor actor, String acronym, long sessionId, Long occurrenceId) {
        return admin.overview(actor, acronym, occurrenceId, Language.EN).blocks().stream().flatMap(b -> b.sessions().stream())
                .filter(x -> x.sessionId() == sessionId).findFirst()
                .orElseThrow(() -> new DomainException(null, "program.notFound"));
    }
}
