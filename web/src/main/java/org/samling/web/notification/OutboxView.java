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
    private int page;
    private transient OutboxService.Page shown;

    /** Mails per page: a screenful, so a long outbox is read page by page. */
    static final int PAGE_SIZE = 25;

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

    public List<OutboxMail> getMails() { return getShown().mails(); }

    public OutboxService.Page getShown() {
        if (shown == null) {
            shown = outboxService.page(currentUser.actor(), conferenceId(), recipient, page, PAGE_SIZE);
        }
        return shown;
    }

    /** "Mails 26–50" as the page heading says it. */
    public String getRange() {
        int from = page * PAGE_SIZE;
        return getMails().isEmpty() ? "" : (from + 1) + "\u2013" + (from + getMails().size());
    }

    public void older() {
        page++;
        shown = null;
    }

    public void newer() {
        page = Math.max(0, page - 1);
        shown = null;
    }

    /** A new filter starts at the newest mails again. */
    public void filter() {
        page = 0;
        shown = null;
    }

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
            shown = null;
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
