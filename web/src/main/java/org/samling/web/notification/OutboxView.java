package org.samling.web.notification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.notification.model.MailState;
import org.samling.notification.model.OutboxMail;
import org.samling.notification.service.OutboxService;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** The outbox: every mail with its state; held and failed ones can be sent again. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    @Inject
    OutboxService outboxService;
    @Inject
    CurrentUser currentUser;

    private String recipient;
    private Long openMailId;

    public List<OutboxMail> getMails() {
        return outboxService.latest(currentUser.actor(), recipient, 200);
    }

    public long count(MailState state) {
        return outboxService.count(currentUser.actor(), state);
    }

    public MailState[] getStates() {
        return MailState.values();
    }

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

    public Long getOpenMailId() {
        return openMailId;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
