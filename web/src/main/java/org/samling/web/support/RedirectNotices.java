package org.samling.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;

import java.util.ArrayList;

/**
 * Carries "saved" notices across the redirect that follows a save, in the session (replicated to
 * another node in a cluster, unlike JSF's flash): {@link #keep} stores the text, and before the next
 * page renders this listener turns what is stored into messages and forgets it.
 */
public class RedirectNotices implements PhaseListener {

    private static final String KEY = "samling.notices";

    /** Keeps the text for the next page when this request has a session; false when it has none. */
    static boolean keep(FacesContext fc, String text) {
        if (!(fc.getExternalContext().getSession(false) instanceof HttpSession session)) {
            return false;
        }
        @SuppressWarnings("unchecked")
        ArrayList<String> notices = session.getAttribute(KEY) instanceof ArrayList<?> kept
                ? (ArrayList<String>) kept
                : new ArrayList<>();
        notices.add(text);
        // Set again after each change: a distributed session copies what is set.
        session.setAttribute(KEY, notices);
        return true;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext fc = event.getFacesContext();
        // Also in the request that kept it, when it renders (a save without a redirect shows it at once).
        if (!(fc.getExternalContext().getSession(false) instanceof HttpSession session)
                || !(session.getAttribute(KEY) instanceof ArrayList<?> notices)) {
            return;
        }
        session.removeAttribute(KEY);
        for (Object text : notices) {
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, (String) text, (String) text));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() { return PhaseId.RENDER_RESPONSE; }
}
