package org.samling.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.identity.service.AccountService;
import org.samling.shared.DomainException;
import org.samling.web.support.FacesMessages;

/** Asks for a reset link; the answer does not reveal whether the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordView {

    @Inject
    AccountService accountService;

    private String email;
    private boolean sent;

    public void send() {
        try {
            accountService.requestPasswordReset(email);
            sent = true;
        } catch (DomainException e) {
            FacesMessages.show(e, "forgot");
        }
    }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email; }

    public boolean isSent() { return sent; }
}
