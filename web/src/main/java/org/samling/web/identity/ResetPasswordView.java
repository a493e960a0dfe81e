package org.samling.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.identity.service.AccountService;
import org.samling.shared.DomainException;
import org.samling.web.support.FacesMessages;

import java.io.Serializable;

/** Sets a new password through the e-mailed link. */
@Named
@ViewScoped
public class ResetPasswordView implements Serializable {

    @Inject
    AccountService accountService;

    private String token;
    private String password;
    private String passwordRepeat;
    private boolean tokenUsable;
    private boolean done;
    private boolean revokeTokens;

    public void check() {
        try {
            accountService.checkResetToken(token);
            tokenUsable = true;
        } catch (DomainException e) {
            FacesMessages.show(e, "reset");
        }
    }

    public void reset() {
        try {
            accountService.resetPassword(token, password, passwordRepeat, revokeTokens);
            done = true;
        } catch (DomainException e) {
            FacesMessages.show(e, "reset");
        }
    }

    public String getToken() { return token; }

    public void setToken(String token) { this.token = token; }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password; }

    public String getPasswordRepeat() { return passwordRepeat; }

    public void setPasswordRepeat(String passwordRepeat) { this.passwordRepeat = passwordRepeat; }

    public boolean isTokenUsable() { return tokenUsable; }

    public boolean isDone() { return done; }

    public boolean isRevokeTokens() { return revokeTokens; }

    public void setRevokeTokens(boolean revokeTokens) { this.revokeTokens = revokeTokens; }
}
