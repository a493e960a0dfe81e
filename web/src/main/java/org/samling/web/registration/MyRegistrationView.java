package org.samling.web.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.i18n.Messages;
import org.samling.registration.model.Allocation;
import org.samling.registration.service.ParticipantRegistration;
import org.samling.registration.service.RegistrationViews;
import org.samling.shared.DomainException;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;
import org.samling.web.support.Params;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A participant's own page at /c/{acronym}/registration/{token}: their picks, changes, another occurrence and cancellation. */
@Named
@ViewScoped
public class MyRegistrationView implements Serializable {

    @Inject
    ParticipantRegistration participants;
    @Inject
    LocaleBean localeBean;

    private String token;
    private transient RegistrationViews.Mine mine;
    private final Map<Long, String> change = new HashMap<>();
    private final Map<String, String> ranked = new HashMap<>();
    private String occurrence;

    public void load() throws IOException {
        Pages.guard(this::reload);
    }

    private void reload() {
        mine = participants.mine(token, localeBean.getLanguage());
        occurrence = Long.toString(mine.occurrenceId());
    }

    public RegistrationViews.Mine getMine() {
        if (mine == null) {
            reload();
        }
        return mine;
    }

    public void changePick(long blockId) {
        List<Long> sessions = new ArrayList<>();
        if (getMine().allocation() == Allocation.AFTER_DEADLINE) {
            for (int rank = 1; rank <= 3; rank++) {
                Long s = Params.number(ranked.get(blockId + ":" + rank));
                if (s != null) {
                    sessions.add(s);
                }
            }
        } else {
            Long s = Params.number(change.get(blockId));
            if (s != null) {
                sessions.add(s);
            }
        }
        try {
            participants.changePick(token, blockId, sessions, localeBean.getLanguage());
            FacesMessages.info("registration.changed");
        } catch (DomainException e) {
            FacesMessages.show(e, "mine");
        }
        reload();
    }

    public void cancelPick(long blockId) {
        try {
            participants.cancelPick(token, blockId, localeBean.getLanguage());
            FacesMessages.info("registration.pickCancelled");
        } catch (DomainException e) {
            FacesMessages.show(e, "mine");
        }
        reload();
    }

    public void moveOccurrence() {
        try {
            participants.moveOccurrence(token, Params.number(occurrence), localeBean.getLanguage());
            FacesMessages.info("registration.moved");
        } catch (DomainException e) {
            FacesMessages.show(e, "mine");
        }
        reload();
    }

    public void cancel() {
        try {
            participants.cancel(token, localeBean.getLanguage());
            FacesMessages.info("registration.cancelled");
        } catch (DomainException e) {
            FacesMessages.show(e, "mine");
        }
        reload();
    }

    public String stateText(RegistrationViews.PickView p) {
        return Messages.get(localeBean.getLanguage(), "registration.state." + p.state(), p.position());
    }

    public List<RegistrationViews.PickView> picksOf(long blockId) {
        return getMine().picks().stream().filter(p -> p.blockId() == blockId).toList();
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public Map<Long, String> getChange() { return change; }
    public Map<String, String> getRanked() { return ranked; }
    public String getOccurrence() { return occurrence; }
    public void setOccurrence(String occurrence) { this.occurrence = occurrence; }
}
