package org.samling.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * The security headers of every response, set here and nowhere else (web.xml puts this filter
 * first). Pages get their Content-Security-Policy from PrimeFaces' CSP mode, which adds a nonce
 * for every script it renders (the policy is the context parameter primefaces.CSP_POLICY in
 * web.xml); every other response (API, downloads, health) gets {@link #NOTHING_ACTIVE}, set when
 * its body is first written unless a policy was set by then. HSTS only when the client came over
 * TLS, directly or as a trusted proxy says ({@link ClientRequest#secure}).
 */
@WebFilter(filterName = "securityHeaders")
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    /** For what is no page: nothing in it may run, load or be framed. */
    static final String NOTHING_ACTIVE = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), "
            + "magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        res.setHeader("Permissions-Policy", PERMISSIONS);
        res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (ClientRequest.secure(req)) {
            res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(req, req.getDispatcherType() == DispatcherType.ERROR ? res : new DefaultPolicy(res));
    }

    /** Sets {@link #NOTHING_ACTIVE} when the body is first asked for, unless a policy (a page's) is set by then. */
    static final class DefaultPolicy extends HttpServletResponseWrapper {

        private boolean policySet;

        DefaultPolicy(HttpServletResponse response) {
            super(response);
        }

        private void beforeBody() {
            if (!policySet && !isCommitted()) {
                policySet = true;
                super.setHeader(CSP, NOTHING_ACTIVE);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            policySet |= CSP.equalsIgnoreCase(name);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            policySet |= CSP.equalsIgnoreCase(name);
            super.addHeader(name, value);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            beforeBody();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            beforeBody();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            beforeBody();
            super.flushBuffer();
        }
    }
}
