package org.samling.web.lifecycle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.samling.lifecycle.service.ErasureService;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;

import java.io.IOException;

/** "Erase my account" on the profile: the password again, then the account is erased and the session ends. */
@Named
@RequestScoped
public class EraseAccountForm {

    @Inject
    ErasureService erasure;
    @Inject
    CurrentUser currentUser;

    private String password;

    public void erase() throws IOException, ServletException {
        try {
            erasure.eraseSelf(currentUser.actor(), password);
        } catch (DomainException e) {
            FacesMessages.show(e, "erase");
            return;
        }
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) ec.getRequest()).logout();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/?erased=1");
    }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password; }
}
