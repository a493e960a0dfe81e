package org.samling.web.support;

import jakarta.faces.context.FacesContext;
import org.samling.shared.DomainException;

import java.io.IOException;

/** Ends a page with an HTTP error, so the container shows its localised error page. */
public final class Pages {

    private Pages() {
    }

    /** A page's first read, which may be refused: "…notFound" ends the page with 404, anything else with 403. */
    @FunctionalInterface
    public interface Read {

        void run();
    }

    /** Runs a page's first read; returns false (the page is ended) if the service refused it. */
    public static boolean guard(Read read) throws IOException {
        try {
            read.run();
            return true;
        } catch (DomainException e) {
            if (e.violations().stream().anyMatch(v -> v.messageKey().endsWith(".notFound"))) {
                notFound();
            } else {
                forbidden();
            }
            return false;
        }
    }

    public static void notFound() throws IOException {
        sendError(404);
    }

    public static void forbidden() throws IOException {
        sendError(403);
    }

    private static void sendError(int status) throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().responseSendError(status, null);
        fc.responseComplete();
    }
}
