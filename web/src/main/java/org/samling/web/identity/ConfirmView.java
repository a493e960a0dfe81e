package org.samling.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.identity.service.AccountService;
import org.samling.shared.DomainException;
import org.samling.web.support.FacesMessages;

/** Opens the confirmation link from the mail. */
@Named
@RequestScoped
public class ConfirmView {

    @Inject
    AccountService accountService;

    private String token;
    private boolean confirmed;
    private String email;

    public void confirm() {
        try {
            email = accountService.confirmEmail(token).getEmail();
            confirmed = true;
        } catch (DomainException e) {
            FacesMessages.show(e, "confirm");
        }
    }

    public String getToken() { return token; }

    public void setToken(String token) { this.token = token; }

    public boolean isConfirmed() { return confirmed; }

    public String getEmail() { return email; }
}
