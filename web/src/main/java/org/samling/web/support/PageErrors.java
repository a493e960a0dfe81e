package org.samling.web.support;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * A page whose state is gone (the form was left open past the session, or its state is unknown)
 * leads to the "expired" page with a link back to the page it was, whatever wraps the
 * ViewExpiredException: never a 500. Everything else goes on to the error pages of web.xml.
 */
public class PageErrors extends ExceptionHandlerWrapper {

    public PageErrors(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable t = events.next().getContext().getException();
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof ViewExpiredException expired) {
                    events.remove();
                    expired(expired.getViewId());
                    break;
                }
            }
        }
        getWrapped().handle();
    }

    private static void expired(String viewId) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        try {
            ec.redirect(ec.getRequestContextPath() + "/error/expired.xhtml?back="
                    + URLEncoder.encode(back((HttpServletRequest) ec.getRequest(), viewId), StandardCharsets.UTF_8));
            fc.responseComplete();
        } catch (IOException e) {
            // The browser went away.
        }
    }

    /** The page the person was on, with its parameters (from the Referer, if it is this site's), else the view. */
    static String back(HttpServletRequest req, String viewId) {
        String referer = req.getHeader("Referer");
        if (referer != null) {
            try {
                URI u = URI.create(referer);
                String context = req.getContextPath();
                if (req.getServerName().equalsIgnoreCase(u.getHost()) && u.getRawPath() != null
                        && u.getRawPath().startsWith(context + "/")) {
                    return u.getRawPath().substring(context.length()) + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // Not an address: fall back to the view.
            }
        }
        return viewId == null ? "/" : viewId;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() { return new PageErrors(getWrapped().getExceptionHandler()); }
    }
}
