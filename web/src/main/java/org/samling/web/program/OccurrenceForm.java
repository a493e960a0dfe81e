package org.samling.web.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.program.service.ProgramEditing;
import org.samling.program.service.ProgramEdits;
import org.samling.shared.Violations;
import org.samling.web.support.CurrentUser;

import java.io.Serializable;
import java.time.LocalDate;

/** The programme editor's occurrences: the same programme held again at another place from another first day. */
@Named
@ViewScoped
public class OccurrenceForm implements Serializable {

    @Inject
    ProgramEditorView page;
    @Inject
    ProgramEditing programEditing;
    @Inject
    CurrentUser currentUser;

    private String occurrenceVenue;
    private String occurrenceDay;

    public void addOccurrence() {
        if (page.change("occurrences", () -> {
            Violations v = new Violations();
            LocalDate day = FormFields.date(v, "occurrenceDay", occurrenceDay);
            v.throwIfAny();
            programEditing.addOccurrence(currentUser.actor(), page.acronym(),
                    new ProgramEdits.OccurrenceEdit(occurrenceVenue, day));
        }, "program.occurrenceAdded")) {
            occurrenceVenue = null;
            occurrenceDay = null;
        }
    }

    public void removeOccurrence(long id) {
        page.change("occurrences", () -> programEditing.removeOccurrence(currentUser.actor(), page.acronym(), id),
                "program.removed");
    }

    public String getOccurrenceVenue() { return occurrenceVenue; }
    public void setOccurrenceVenue(String occurrenceVenue) { this.occurrenceVenue = occurrenceVenue; }
    public String getOccurrenceDay() { return occurrenceDay; }
    public void setOccurrenceDay(String occurrenceDay) { this.occurrenceDay = occurrenceDay; }
}
