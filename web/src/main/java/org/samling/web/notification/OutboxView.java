package org.samling.web.notification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.notification.model.MailState;
import org.samling.notification.model.OutboxMail;
import org.samling.notification.service.OutboxService;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The outbox: every mail with its state for an admin, or one conference's mails for its chairs
 * ({@code ?c=acronym}); held and failed ones can be sent again.
 */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    @Inject
    OutboxService outboxService;
    @Inject
    CurrentUser currentUser;
    @Inject
    ConferenceService conferenceService;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private ConferenceView conference;
    private String recipient;
    private Long openMailId;

    /** A chair's page: the conference must exist and be theirs. */
    public void load() throws IOException {
        Pages.guard(() -> {
            conference = conferenceService.byAcronym(acronym, localeBean.getLanguage())
                    .orElseThrow(() -> new DomainException(null, "conference.notFound"));
            getMails();
        });
    }

    private Long conferenceId() {
        return conference == null ? null : conference.id();
    }

    public List<OutboxMail> getMails() { return outboxService.latest(currentUser.actor(), conferenceId(), recipient, 200); }

    public long count(MailState state) {
        return outboxService.count(currentUser.actor(), conferenceId(), state);
    }

    public ConferenceView getConference() { return conference; }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public MailState[] getStates() { return MailState.values(); }

    public void resend(Long id) {
        try {
            outboxService.resend(currentUser.actor(), id);
            FacesMessages.info("outbox.requeued");
        } catch (DomainException e) {
            FacesMessages.show(e, "outbox");
        }
    }

    public void open(Long id) {
        openMailId = id.equals(openMailId) ? null : id;
    }

    public Long getOpenMailId() { return openMailId; }

    public String getRecipient() { return recipient; }

    public void setRecipient(String recipient) { this.recipient = recipient; }
}
