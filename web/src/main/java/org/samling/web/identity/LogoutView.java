package org.samling.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** Logs out: ends the session and returns to the front page. */
@Named
@RequestScoped
public class LogoutView {

    public void logout() throws IOException, ServletException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest req = (HttpServletRequest) ec.getRequest();
        req.logout();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/");
    }
}
