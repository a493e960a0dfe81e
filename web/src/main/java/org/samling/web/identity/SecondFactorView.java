package org.samling.web.identity;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.samling.identity.service.SecondFactorService;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * Two-step verification on the Security page: set up with the app (QR code or the secret typed),
 * confirmed by a first code; the recovery codes shown once; renewed or turned off with a code.
 */
@Named
@ViewScoped
public class SecondFactorView implements Serializable {

    @Inject
    transient SecondFactorService secondFactor;
    @Inject
    transient CurrentUser currentUser;

    private SecondFactorService.Enrolment enrolment;
    private List<String> recoveryCodes = List.of();
    private String code;

    public void start() {
        enrolment = secondFactor.start(currentUser.actor());
        recoveryCodes = List.of();
    }

    public void confirm() {
        try {
            recoveryCodes = secondFactor.confirm(currentUser.actor(), enrolment == null ? null : enrolment.secret(), code);
            SamlingAuthenticationMechanism.elevate((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest());
            currentUser.refresh();
            enrolment = null;
            code = null;
            FacesMessages.info("secondFactor.on");
        } catch (DomainException e) {
            FacesMessages.show(e, "secondFactor");
        }
    }

    public void renew() {
        try {
            recoveryCodes = secondFactor.renewRecoveryCodes(currentUser.actor(), code);
            code = null;
            FacesMessages.info("secondFactor.renewed");
        } catch (DomainException e) {
            FacesMessages.show(e, "secondFactor");
        }
    }

    public void disable() {
        try {
            secondFactor.disable(currentUser.actor(), code);
            code = null;
            recoveryCodes = List.of();
            FacesMessages.info("secondFactor.off");
        } catch (DomainException e) {
            FacesMessages.show(e, "secondFactor");
        }
    }

    public boolean isEnrolled() { return secondFactor.enrolled(currentUser.actor().accountId()); }

    public boolean isRequired() { return secondFactor.required(currentUser.actor().accountId()); }

    public SecondFactorService.Enrolment getEnrolment() { return enrolment; }

    public List<String> getRecoveryCodes() { return recoveryCodes; }

    public String getCode() { return code; }

    public void setCode(String code) { this.code = code; }
}
