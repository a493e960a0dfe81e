package org.samling.web.lifecycle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.lifecycle.service.ErasureService;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;

/** The admin erases an account on its owner's request, choosing whether accepted submissions keep them as author. */
@Named
@RequestScoped
public class AdminErasureForm {

    @Inject
    ErasureService erasure;
    @Inject
    CurrentUser currentUser;

    private String email;
    private boolean keepPublished = true;

    public void erase() {
        try {
            String pseudonym = erasure.eraseByAdmin(currentUser.actor(), email, keepPublished);
            FacesMessages.info("erasure.doneByAdmin", pseudonym);
            email = null;
        } catch (DomainException e) {
            FacesMessages.show(e, "adminErase");
        }
    }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email; }

    public boolean isKeepPublished() { return keepPublished; }

    public void setKeepPublished(boolean keepPublished) { this.keepPublished = keepPublished; }
}
