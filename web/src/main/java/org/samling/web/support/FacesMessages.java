package org.samling.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.samling.i18n.Messages;
import org.samling.shared.DomainException;

import java.util.Locale;

/**
 * Turns a refusal from a service into messages beside the fields it names, each starting with
 * the field's label, in the person's language. The form's values stay as typed.
 */
public final class FacesMessages {

    private FacesMessages() {
    }

    /** Puts each violation at the input with id {@code formId:field}, or at the top. */
    public static void show(DomainException e, String formId) {
        FacesContext fc = FacesContext.getCurrentInstance();
        Locale locale = fc.getViewRoot().getLocale();
        for (DomainException.Violation v : e.violations()) {
            String text = text(locale, v);
            String clientId = null;
            if (v.field() != null) {
                UIComponent c = fc.getViewRoot().findComponent(":" + formId + ":" + v.field());
                clientId = c == null ? null : c.getClientId(fc);
            }
            fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        fc.validationFailed();
    }

    /** "E-mail: this address already has an account." */
    public static String text(Locale locale, DomainException.Violation v) {
        String message = Messages.get(locale, v.messageKey(), v.args());
        if (v.field() == null || !Messages.bundle(locale).containsKey("field." + v.field())) {
            // A field without a label of its own (one of a list, e.g. a block's pick): its message names it.
            return message;
        }
        return Messages.get(locale, "field." + v.field()) + ": " + message;
    }

    public static void info(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        String text = Messages.get(fc.getViewRoot().getLocale(), key, args);
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public static void error(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        String text = Messages.get(fc.getViewRoot().getLocale(), key, args);
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /**
     * A message that must survive the redirect after a successful save. A logged-in person's goes
     * into the session ({@link RedirectNotices} shows it on the next page), which every node of a
     * cluster shares; JSF's flash lives in one node's memory, so a save on the node that took over
     * from a dead one would lose its message. Without a session (nobody logged in) the flash carries it.
     */
    public static void flashInfo(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (!RedirectNotices.keep(fc, Messages.get(fc.getViewRoot().getLocale(), key, args))) {
            fc.getExternalContext().getFlash().setKeepMessages(true);
            info(key, args);
        }
    }
}
