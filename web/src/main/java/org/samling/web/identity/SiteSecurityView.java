package org.samling.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.identity.service.SecondFactorService;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;

/** The admin's setting whether chairs and admins must use two-step verification. */
@Named
@RequestScoped
public class SiteSecurityView {

    @Inject
    SecondFactorService secondFactor;
    @Inject
    CurrentUser currentUser;

    private boolean required;

    @PostConstruct
    void load() {
        required = secondFactor.requiredForChairs();
    }

    public void save() {
        try {
            secondFactor.requireForChairs(currentUser.actor(), required);
            FacesMessages.info("siteSecurity.saved");
        } catch (DomainException e) {
            FacesMessages.show(e, "siteSecurity");
        }
    }

    public boolean isRequired() { return required; }

    public void setRequired(boolean required) { this.required = required; }
}
