package org.samling.web.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.i18n.Messages;
import org.samling.registration.model.Allocation;
import org.samling.registration.service.RegistrationAdmin;
import org.samling.registration.service.RegistrationViews;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.DateTimeFields;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;
import org.samling.web.support.Params;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chairs' registrations: settings (open, until when, first come or allocation, questions, the
 * links mail's date), and per parallel block the sessions with seats, counts and who is seated or
 * waiting; seats changed, people moved, lists and sign-in sheets downloaded, the allocation run.
 */
@Named
@ViewScoped
public class RegistrationsView implements Serializable {

    @Inject
    RegistrationAdmin registrationAdmin;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private String o;
    private transient RegistrationViews.Overview overview;
    private boolean open;
    private String closesAt;
    private String allocation;
    private String questions;
    private String linksMailAt;
    /** Text as typed (an EL map gets no converter): parsed when saved. */
    private final Map<Long, String> seats = new HashMap<>();
    private final Map<Long, String> moveTo = new HashMap<>();

    public void load() throws IOException {
        if (Pages.guard(this::reload)) {
            RegistrationViews.Settings s = overview.settings();
            open = s.open();
            closesAt = DateTimeFields.local(s.closesAt(), overview.conference().zone());
            allocation = s.allocation().name();
            questions = String.join("\n", s.questions());
            linksMailAt = DateTimeFields.local(s.linksMailAt(), overview.conference().zone());
        }
    }

    private void reload() {
        overview = registrationAdmin.overview(currentUser.actor(), acronym, Params.number(o), localeBean.getLanguage());
        seats.clear();
        overview.blocks().forEach(b -> b.sessions().forEach(s -> seats.put(s.sessionId(),
                s.sessionSeats() == null ? "" : s.sessionSeats().toString())));
    }

    /** The poll's refresh: the counts as they are now. */
    public void refresh() {
        overview = registrationAdmin.overview(currentUser.actor(), acronym, Params.number(o), localeBean.getLanguage());
    }

    public RegistrationViews.Overview getOverview() {
        if (overview == null) {
            reload();
        }
        return overview;
    }

    public void saveSettings() {
        try {
            Violations v = new Violations();
            Instant closes = DateTimeFields.instant(v, "closesAt", closesAt, getOverview().conference().zone(), false);
            Instant links = DateTimeFields.instant(v, "linksMailAt", linksMailAt, getOverview().conference().zone(), false);
            v.throwIfAny();
            registrationAdmin.saveSettings(currentUser.actor(), acronym, new RegistrationViews.Settings(open, closes,
                    allocation == null || allocation.isBlank() ? null : Allocation.valueOf(allocation),
                    questions == null ? List.of() : Arrays.asList(questions.split("\\R")), links, null, null));
            FacesMessages.info("registration.settingsSaved");
        } catch (DomainException e) {
            FacesMessages.show(e, "settings");
        }
        reload();
    }

    public void saveSeats(long sessionId) {
        try {
            // Empty: no limit of its own; text that is no number goes to the service's range check as -1.
            registrationAdmin.setSeats(currentUser.actor(), acronym, sessionId, Params.wholeOrEmpty(seats.get(sessionId), -1));
            FacesMessages.info("registration.seatsSaved");
        } catch (DomainException e) {
            FacesMessages.show(e, "sessions");
        }
        reload();
    }

    public void move(long pickId) {
        Long target = Params.number(moveTo.get(pickId));
        try {
            if (target == null) {
                throw new DomainException(null, "program.chooseSession");
            }
            registrationAdmin.move(currentUser.actor(), acronym, pickId, target);
            FacesMessages.info("program.moved");
        } catch (DomainException e) {
            FacesMessages.show(e, "sessions");
        }
        reload();
    }

    public void allocate() {
        try {
            int seated = registrationAdmin.allocate(currentUser.actor(), acronym);
            FacesMessages.info("registration.allocated", seated);
        } catch (DomainException e) {
            FacesMessages.show(e, "allocate");
        }
        reload();
    }

    public String stateText(RegistrationViews.Participant p) {
        return Messages.get(localeBean.getLanguage(), "registration.state." + p.state(), p.position());
    }

    public Allocation[] getAllocations() { return Allocation.values(); }

    public String getAcronym() { return acronym; }
    public void setAcronym(String acronym) { this.acronym = acronym; }
    public String getO() { return o; }
    public void setO(String o) { this.o = o; }
    public boolean isOpen() { return open; }
    public void setOpen(boolean open) { this.open = open; }
    public String getClosesAt() { return closesAt; }
    public void setClosesAt(String closesAt) { this.closesAt = closesAt; }
    public String getAllocation() { return allocation; }
    public void setAllocation(String allocation) { this.allocation = allocation; }
    public String getQuestions() { return questions; }
    public void setQuestions(String questions) { this.questions = questions; }
    public String getLinksMailAt() { return linksMailAt; }
    public void setLinksMailAt(String linksMailAt) { this.linksMailAt = linksMailAt; }
    public Map<Long, String> getSeats() { return seats; }
    public Map<Long, String> getMoveTo() { return moveTo; }
}
