package org.samling.web.identity;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.identity.model.TokenScope;
import org.samling.identity.service.ApiTokenService;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;

import java.io.Serializable;
import java.util.List;

/** Personal API tokens on the Security page: made (shown once), listed, revoked. */
@Named
@ViewScoped
public class ApiTokensView implements Serializable {

    @Inject
    transient ApiTokenService tokens;
    @Inject
    transient ConferenceService conferences;
    @Inject
    transient CurrentUser currentUser;
    @Inject
    transient LocaleBean localeBean;

    private String name;
    private TokenScope scope = TokenScope.READ;
    private String conference;
    private Integer days = 90;
    private String created;

    public void create() {
        try {
            Long conferenceId = null;
            if (conference != null && !conference.isBlank()) {
                conferenceId = conferences.byAcronym(conference.strip(), localeBean.getLanguage()).map(ConferenceView::id)
                        .orElseThrow(() -> new DomainException("conference", "conference.notFound"));
            }
            HttpServletRequest req = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            created = tokens.create(currentUser.actor(), name, scope, conferenceId, days,
                    SamlingAuthenticationMechanism.strongSession(req)).token();
            name = null;
            FacesMessages.info("token.created");
        } catch (DomainException e) {
            FacesMessages.show(e, "tokens");
        }
    }

    public void revoke(Long id) {
        try {
            tokens.revoke(currentUser.actor(), id);
            FacesMessages.info("token.revoked");
        } catch (DomainException e) {
            FacesMessages.show(e, "tokens");
        }
    }

    public List<ApiTokenService.View> getTokens() { return tokens.list(currentUser.actor()); }

    /** The acronym of the conference a token is bound to, or "" for any. */
    public String acronymOf(Long conferenceId) {
        return conferenceId == null
                ? ""
                : conferences.byId(conferenceId, localeBean.getLanguage()).map(ConferenceView::acronym)
                        .orElse("");
    }

    public TokenScope[] getScopes() { return TokenScope.values(); }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public TokenScope getScope() { return scope; }

    public void setScope(TokenScope scope) { this.scope = scope; }

    public String getConference() { return conference; }

    public void setConference(String conference) { this.conference = conference; }

    public Integer getDays() { return days; }

    public void setDays(Integer days) { this.days = days; }

    public String getCreated() { return created; }
}
