package org.samling.web.support;

import jakarta.faces.context.FacesContext;

import java.io.IOException;

/** Ends a page with an HTTP error, so the container shows its localised error page. */
public final class Pages {

    private Pages() {
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
