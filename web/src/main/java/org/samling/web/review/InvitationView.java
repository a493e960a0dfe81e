package org.samling.web.review;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.review.service.CommitteeService;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The link in an invitation to review: accept (logged in) or decline. */
@Named
@ViewScoped
public class InvitationView implements Serializable {

    @Inject
    CommitteeService committee;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String token;
    private CommitteeService.Invited invited;

    public void load() {
        invited = committee.invited(token, localeBean.getLanguage()).orElse(null);
    }

    public void accept() throws IOException {
        try {
            String acronym = committee.accept(currentUser.actor(), token, localeBean.getLanguage());
            FacesMessages.flashInfo("invitation.accepted");
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/reviewer/profile.xhtml?c=" + acronym);
        } catch (DomainException e) {
            FacesMessages.show(e, "answer");
        }
    }

    public void decline() {
        try {
            committee.decline(token);
            FacesMessages.info("invitation.declined");
            load();
        } catch (DomainException e) {
            FacesMessages.show(e, "answer");
        }
    }

    /** Log-in and back here afterwards. */
    public String getLoginUrl() {
        return "/login.xhtml?next=" + URLEncoder.encode("/invitation.xhtml?token=" + token, StandardCharsets.UTF_8);
    }

    public String getToken() { return token; }

    public void setToken(String token) { this.token = token; }

    public CommitteeService.Invited getInvited() { return invited; }
}
