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
import org.samling.identity.service.ClientPasswordCredential;
import org.samling.identity.service.LoginOutcome;
import org.samling.identity.service.LoginOutcomeHolder;
import org.samling.web.security.ClientRequest;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.Formats;
import org.samling.web.support.LocaleBean;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/** The log-in page: hands the credential to Jakarta Security and explains a refusal. */
@Named
@RequestScoped
public class LoginView {

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

    private String email;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest req = (HttpServletRequest) ec.getRequest();
        HttpServletResponse res = (HttpServletResponse) ec.getResponse();
        AuthenticationStatus status = securityContext.authenticate(req, res, AuthenticationParameters.withParams()
                .credential(new ClientPasswordCredential(email, password, ClientRequest.address(req)))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            accountService.findByEmail(email).ifPresent(a -> localeBean.loggedIn(a.getLanguage()));
            ec.redirect(ec.getRequestContextPath() + safeNext(next));
        } else if (SamlingAuthenticationMechanism.pendingSecondFactor(req).isPresent()) {
            // The password was right; the second factor's code is asked on its own page. (The container
            // reports the mechanism's "continue" as a failure, so the session's mark tells.)
            ec.redirect(ec.getRequestContextPath() + "/login-code.xhtml?next="
                    + URLEncoder.encode(safeNext(next), StandardCharsets.UTF_8));
        } else {
            explain(outcome.get(), formats);
        }
    }

    /** The message for a refused log-in, at the form. */
    private static void explain(LoginOutcome o, Formats formats) {
        if (o instanceof LoginOutcome.Blocked b) {
            FacesMessages.error("login.blocked", formats.dateTime(b.until(), ZoneId.systemDefault()));
        } else if (o instanceof LoginOutcome.Unconfirmed) {
            FacesMessages.error("login.unconfirmed");
        } else if (o instanceof LoginOutcome.WrongCredentials w && w.triesLeft() == 0) {
            FacesMessages.error("login.wrongNowBlocked");
        } else if (o instanceof LoginOutcome.WrongCredentials w && w.triesLeft() <= 2) {
            FacesMessages.error("login.wrongFewLeft", w.triesLeft());
        } else {
            FacesMessages.error("login.wrong");
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Only a path on this site: never an absolute address someone slipped into the link. */
    static String safeNext(String next) {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/login.xhtml")) {
            return next;
        }
        return "/author/submissions.xhtml";
    }

    public void resendConfirmation() {
        accountService.resendConfirmation(email);
        FacesMessages.info("login.confirmationResent");
    }

    /** True after a refusal because the address is not confirmed: offer a new link. */
    public boolean isUnconfirmed() {
        return outcome.get() instanceof LoginOutcome.Unconfirmed;
    }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email; }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password; }

    public String getNext() { return next; }

    public void setNext(String next) { this.next = next; }
}
