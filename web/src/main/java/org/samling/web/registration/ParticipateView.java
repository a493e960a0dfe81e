package org.samling.web.registration;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.i18n.Messages;
import org.samling.registration.model.Allocation;
import org.samling.registration.service.ParticipantRegistration;
import org.samling.registration.service.RegistrationViews;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;
import org.samling.web.support.Params;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registration form at /c/{acronym}/register: who, the chair's questions, and a pick per parallel block. */
@Named
@ViewScoped
public class ParticipateView implements Serializable {

    @Inject
    ParticipantRegistration participants;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private String o;
    private transient RegistrationViews.Form form;
    private String name;
    private String email;
    private String organisation;
    private String occurrence;
    private final List<String> answers = new ArrayList<>();
    private final Map<Long, String> single = new HashMap<>();
    private final Map<String, String> ranked = new HashMap<>();

    public void load() throws IOException {
        Pages.guard(() -> {
            form = participants.form(acronym, Params.number(o), localeBean.getLanguage());
            // The occurrence the form shows, kept for the postback: registering is for that one.
            occurrence = Long.toString(form.occurrence());
            if (currentUser.isLoggedIn() && name == null) {
                // With an account: who they are is known; they may still change it for this registration.
                name = currentUser.actor().name();
                email = currentUser.actor().email();
            }
            while (answers.size() < form.questions().size()) {
                answers.add("");
            }
        });
    }

    public RegistrationViews.Form getForm() {
        if (form == null) {
            form = participants.form(acronym, Params.number(occurrence), localeBean.getLanguage());
        }
        return form;
    }

    public boolean isRanked() { return getForm().allocation() == Allocation.AFTER_DEADLINE; }

    public String register() {
        Map<Long, List<Long>> picks = new LinkedHashMap<>();
        for (RegistrationViews.BlockChoice b : getForm().blocks()) {
            List<Long> chosen = new ArrayList<>();
            if (isRanked()) {
                for (int rank = 1; rank <= 3; rank++) {
                    Long s = Params.number(ranked.get(b.blockId() + ":" + rank));
                    if (s != null) {
                        chosen.add(s);
                    }
                }
            } else {
                Long s = Params.number(single.get(b.blockId()));
                if (s != null) {
                    chosen.add(s);
                }
            }
            picks.put(b.blockId(), chosen);
        }
        try {
            String token = participants.register(acronym, new RegistrationViews.Input(name, email, organisation,
                    Params.number(occurrence), answers, picks), currentUser.isLoggedIn() ? currentUser.actor().accountId() : null,
                    localeBean.getLanguage());
            FacesMessages.flashInfo("registration.done");
            FacesContext.getCurrentInstance().getExternalContext().redirect(FacesContext.getCurrentInstance()
                    .getExternalContext().getRequestContextPath() + "/c/" + acronym + "/registration/" + token);
            return null;
        } catch (DomainException e) {
            FacesMessages.show(e, "register");
            form = null;
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Workshop: … · Sal A · 12 seats left" or "… · full: waiting list". */
    public String choiceLabel(RegistrationViews.SessionChoice s) {
        var l = localeBean.getLanguage();
        String seats = s.seats() == null
                ? ""
                : s.full()
                        ? " \u00b7 " + Messages.get(l, "registration.fullWaiting", s.waiting())
                        : " \u00b7 " + Messages.get(l, "registration.seatsLeft", s.left());
        return s.title() + (s.room().isEmpty() ? "" : " \u00b7 " + s.room()) + seats;
    }

    public String getAcronym() { return acronym; }
    public void setAcronym(String acronym) { this.acronym = acronym; }
    public String getO() { return o; }
    public void setO(String o) { this.o = o; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getOccurrence() { return occurrence; }
    public void setOccurrence(String occurrence) { this.occurrence = occurrence; }
    public List<String> getAnswers() { return answers; }
    public Map<Long, String> getSingle() { return single; }
    public Map<String, String> getRanked() { return ranked; }
}
