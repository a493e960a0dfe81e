package org.samling.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.IdentityPolicy;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.service.ClientPasswordCredential;
import org.samling.identity.service.LoginOutcome;
import org.samling.identity.service.LoginOutcomeHolder;
import org.samling.web.support.LocaleBean;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * One way in for pages and API alike (Jakarta Security 3 allows one mechanism per application):
 * the log-in page hands a credential over programmatically; API clients send HTTP Basic; a page
 * that needs a log-in sends the browser to the log-in page, an API call gets 401 with JSON.
 * The session remembers who logged in (their address only): their groups are read afresh on each
 * request, so a role granted or taken away (an accepted invitation to a committee) counts at once,
 * in the area guards too. (Jakarta Security's AutoApplySession would keep the log-in time groups.)
 */
@ApplicationScoped
public class SamlingAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The session attribute holding the logged-in account's address. */
    static final String SESSION_KEY = "samling.caller";
    /** The request attribute holding the actor this mechanism read for the request. */
    public static final String ACTOR_KEY = "samling.actor";

    @Inject
    IdentityStoreHandler identityStore;
    @Inject
    LoginOutcomeHolder outcome;
    @Inject
    AccountService accounts;
    @Inject
    IdentityPolicy identityPolicy;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest req, HttpServletResponse res, HttpMessageContext ctx) {
        Credential credential = ctx.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult r = identityStore.validate(credential);
            return r.getStatus() == CredentialValidationResult.Status.VALID
                    ? remember(req, ctx, r) : AuthenticationStatus.SEND_FAILURE;
        }
        boolean api = isApi(req);
        String header = req.getHeader("Authorization");
        if (api && header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] userPassword = decodeBasic(header.substring(6).trim());
            CredentialValidationResult r = identityStore.validate(
                    new ClientPasswordCredential(userPassword[0], userPassword[1], req.getRemoteAddr()));
            if (r.getStatus() == CredentialValidationResult.Status.VALID) {
                return remember(req, ctx, r);
            }
            return unauthorized(req, res, failureKey());
        }
        HttpSession session = req.getSession(false);
        Object caller = session == null ? null : session.getAttribute(SESSION_KEY);
        if (caller instanceof String email) {
            Optional<Account> account = accounts.findByEmail(email);
            if (account.isPresent()) {
                Account a = account.get();
                java.util.Set<String> groups = identityPolicy.groupsOf(a.getId());
                // Read once per request: CurrentUser takes the actor from here rather than asking again.
                req.setAttribute(ACTOR_KEY, new Actor(a.getId(), a.getEmail(), a.getName(), groups));
                return ctx.notifyContainerAboutLogin(email, groups);
            }
            session.removeAttribute(SESSION_KEY);
        }
        if (ctx.isProtected()) {
            if (api) {
                return unauthorized(req, res, "auth.required");
            }
            String target = req.getRequestURI().substring(req.getContextPath().length())
                    + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
            return ctx.redirect(req.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return ctx.doNothing();
    }

    /** A new log-in: a new session id (no fixation), the address kept in the session. */
    private static AuthenticationStatus remember(HttpServletRequest req, HttpMessageContext ctx, CredentialValidationResult r) {
        if (req.getSession(false) != null) {
            req.changeSessionId();
        }
        req.getSession(true).setAttribute(SESSION_KEY, r.getCallerPrincipal().getName());
        return ctx.notifyContainerAboutLogin(r);
    }

    private String failureKey() {
        LoginOutcome o = outcome.get();
        if (o instanceof LoginOutcome.Blocked) {
            return "login.blocked.api";
        }
        if (o instanceof LoginOutcome.Unconfirmed) {
            return "login.unconfirmed";
        }
        return "login.wrong";
    }

    private static boolean isApi(HttpServletRequest req) {
        return req.getRequestURI().startsWith(req.getContextPath() + "/api/");
    }

    private static String[] decodeBasic(String encoded) {
        try {
            String s = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = s.indexOf(':');
            return colon < 0 ? new String[]{s, ""} : new String[]{s.substring(0, colon), s.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return new String[]{"", ""};
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest req, HttpServletResponse res, String key) {
        Language language = LocaleBean.fromBrowser(req);
        try {
            res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            res.setContentType("application/json;charset=UTF-8");
            res.getWriter().write(Json.createObjectBuilder()
                    .add("status", 401)
                    .add("violations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("field", "credentials")
                            .add("message", Messages.get(language, key))))
                    .build().toString());
            // Commit now: the container's own 401 page must not replace the JSON.
            res.flushBuffer();
        } catch (IOException e) {
            // The client went away; nothing to tell it.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
