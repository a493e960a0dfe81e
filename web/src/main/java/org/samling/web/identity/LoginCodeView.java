package org.samling.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.LoginOutcome;
import org.samling.identity.service.LoginOutcomeHolder;
import org.samling.identity.service.SecondFactorCredential;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.Formats;
import org.samling.web.support.LocaleBean;

import java.io.IOException;
import java.time.ZoneId;

/** The second step of a log-in: the code from the authenticator app, or a recovery code. */
@Named
@RequestScoped
public class LoginCodeView {

    @Inject
    SecurityContext securityContext;
    @Inject
    LoginOutcomeHolder outcome;
    @Inject
    AccountService accountService;
    @Inject
    LocaleBean localeBean;
    @Inject
    Formats formats;

    private String code;
    private String next;

    /** Without a password just given, there is nothing to ask a code for: back to the log-in. */
    public void check() throws IOException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        if (SamlingAuthenticationMechanism.pendingSecondFactor((HttpServletRequest) ec.getRequest()).isEmpty()) {
            ec.redirect(ec.getRequestContextPath() + "/login.xhtml");
        }
    }

    public void verify() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest req = (HttpServletRequest) ec.getRequest();
        String email = SamlingAuthenticationMechanism.pendingSecondFactor(req).orElse(null);
        AuthenticationStatus status = securityContext.authenticate(req, (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().credential(new SecondFactorCredential(code)).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            accountService.findByEmail(email).ifPresent(a -> localeBean.loggedIn(a.getLanguage()));
            ec.redirect(ec.getRequestContextPath() + LoginView.safeNext(next));
        } else if (email == null) {
            ec.redirect(ec.getRequestContextPath() + "/login.xhtml");
        } else if (outcome.get() instanceof LoginOutcome.Blocked b) {
            FacesMessages.error("login.blocked", formats.dateTime(b.until(), ZoneId.systemDefault()));
            fc.validationFailed();
        } else {
            FacesMessages.error("secondFactor.wrongCode");
            fc.validationFailed();
        }
    }

    public String getCode() { return code; }

    public void setCode(String code) { this.code = code; }

    public String getNext() { return next; }

    public void setNext(String next) { this.next = next; }
}
