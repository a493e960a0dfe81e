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
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.model.Access;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.ApiTokenService;
import org.samling.identity.service.IdentityPolicy;
import org.samling.identity.service.LoginOutcome;
import org.samling.identity.service.LoginOutcomeHolder;
import org.samling.identity.service.SecondFactorCredential;
import org.samling.identity.service.SecondFactorService;
import org.samling.web.support.LocaleBean;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One way in for pages and API alike (Jakarta Security 3 allows one mechanism per application).
 * The log-in page hands over the password, then (for a person with a second factor) the code; the
 * session remembers who logged in, when, and whether the second factor was passed. A session ends
 * after {@link #ABSOLUTE} whatever happens, after 30 idle minutes (web.xml), and when its person's
 * password is reset. Scripts send a personal token (Authorization: Bearer) and get no session;
 * HTTP Basic is refused: a password sent with every request would also skip the second factor.
 * A page that needs a log-in sends the browser to the log-in page, an API call gets 401 with JSON.
 * Groups are read afresh on each request, so a role granted or taken away counts at once.
 */
@ApplicationScoped
public class SamlingAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The session attribute holding the logged-in account's address. */
    static final String SESSION_KEY = "samling.caller";
    /** When the session's log-in happened (epoch milliseconds). */
    static final String LOGIN_AT = "samling.loginAt";
    /** Whether the session's log-in passed a second factor. */
    static final String STRONG = "samling.strong";
    /** The address whose password was right and whose code is awaited. */
    static final String PENDING = "samling.pendingSecondFactor";
    /** The request attribute holding the actor this mechanism read for the request. */
    public static final String ACTOR_KEY = "samling.actor";
    /** A session ends this long after its log-in, however busy. */
    static final Duration ABSOLUTE = Duration.ofHours(12);

    @Inject
    IdentityStoreHandler identityStore;
    @Inject
    LoginOutcomeHolder outcome;
    @Inject
    AccountService accounts;
    @Inject
    IdentityPolicy identityPolicy;
    @Inject
    ApiTokenService tokens;
    @Inject
    SecondFactorService secondFactor;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest req, HttpServletResponse res, HttpMessageContext ctx) {
        Credential credential = ctx.getAuthParameters().getCredential();
        if (credential instanceof SecondFactorCredential code) {
            return secondStep(req, ctx, code);
        }
        if (credential != null) {
            // A password given again starts afresh: an earlier half-done log-in is forgotten.
            Optional.ofNullable(req.getSession(false)).ifPresent(s -> s.removeAttribute(PENDING));
            CredentialValidationResult r = identityStore.validate(credential);
            if (r.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            Account a = accounts.findByEmail(r.getCallerPrincipal().getName()).orElseThrow();
            if (a.hasSecondFactor()) {
                // Half-way: the password was right; the session waits for the code under a new id.
                newSession(req).setAttribute(PENDING, a.getEmail());
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return remember(req, ctx, a, false);
        }
        boolean api = isApi(req);
        String header = req.getHeader("Authorization");
        if (api && header != null) {
            return header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? bearer(req, res, ctx, header.substring(7).strip())
                    : unauthorized(req, res, "auth.bearerOnly");
        }
        Optional<Actor> actor = sessionActor(req);
        if (actor.isPresent()) {
            req.setAttribute(ACTOR_KEY, actor.get());
            return ctx.notifyContainerAboutLogin(actor.get().email(), containerGroups(actor.get()));
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

    /** The person of this request's session, if its log-in still holds; an ended one is dropped. */
    public Optional<Actor> sessionActor(HttpServletRequest req) {
        HttpSession session = req.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_KEY) instanceof String email)) {
            return Optional.empty();
        }
        Instant loginAt = session.getAttribute(LOGIN_AT) instanceof Long ms ? Instant.ofEpochMilli(ms) : Instant.EPOCH;
        Optional<Account> account = accounts.findByEmail(email);
        if (account.isEmpty() || Instant.now().isAfter(loginAt.plus(ABSOLUTE)) || !account.get().sessionValid(loginAt)) {
            session.invalidate();
            return Optional.empty();
        }
        return Optional.of(actor(account.get(), Boolean.TRUE.equals(session.getAttribute(STRONG)), null, true));
    }

    /**
     * The person just proved they hold their second factor (they turned it on with a code from it):
     * the session counts as passed from now on, under a new id, as after any change of privilege.
     */
    public static void elevate(HttpServletRequest req) {
        HttpSession session = newSession(req);
        session.setAttribute(STRONG, true);
        req.removeAttribute(ACTOR_KEY);
    }

    /** Whether this session's log-in passed a second factor. */
    public static boolean strongSession(HttpServletRequest req) {
        HttpSession session = req.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(STRONG));
    }

    /** Whether the person waits for the code of their second factor in this session. */
    public static Optional<String> pendingSecondFactor(HttpServletRequest req) {
        HttpSession session = req.getSession(false);
        return session != null && session.getAttribute(PENDING) instanceof String email ? Optional.of(email) : Optional.empty();
    }

    private AuthenticationStatus secondStep(HttpServletRequest req, HttpMessageContext ctx, SecondFactorCredential code) {
        Optional<Account> pending = pendingSecondFactor(req).flatMap(accounts::findByEmail);
        if (pending.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        LoginOutcome o = secondFactor.verify(pending.get().getId(), code.code());
        outcome.set(o);
        return o instanceof LoginOutcome.Success ? remember(req, ctx, pending.get(), true) : AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus bearer(HttpServletRequest req, HttpServletResponse res, HttpMessageContext ctx, String token) {
        Optional<ApiTokenService.Use> use = tokens.authenticate(token);
        if (use.isEmpty()) {
            return unauthorized(req, res, "auth.tokenInvalid");
        }
        ApiTokenService.Use u = use.get();
        Account a = accounts.find(u.accountId()).orElseThrow();
        Actor actor = actor(a, u.madeStrong(), u.conferenceId(), u.scope().writes());
        req.setAttribute(ACTOR_KEY, actor);
        return ctx.notifyContainerAboutLogin(actor.email(), containerGroups(actor));
    }

    /** A new log-in: a new session id (no fixation), who and when, and whether a second factor was passed. */
    private AuthenticationStatus remember(HttpServletRequest req, HttpMessageContext ctx, Account a, boolean strong) {
        HttpSession session = newSession(req);
        session.removeAttribute(PENDING);
        session.setAttribute(SESSION_KEY, a.getEmail());
        session.setAttribute(LOGIN_AT, Instant.now().toEpochMilli());
        session.setAttribute(STRONG, strong);
        Actor actor = actor(a, strong, null, true);
        req.setAttribute(ACTOR_KEY, actor);
        return ctx.notifyContainerAboutLogin(actor.email(), containerGroups(actor));
    }

    /** The session, under a new id if it existed (any change of privilege gets one). */
    private static HttpSession newSession(HttpServletRequest req) {
        if (req.getSession(false) != null) {
            req.changeSessionId();
        }
        return req.getSession(true);
    }

    /**
     * The actor of a request: chair and admin powers count only if the site does not ask this
     * person for a second factor, or they passed it (a token: was made in a session that did).
     */
    private Actor actor(Account a, boolean strong, Long onlyConference, boolean writes) {
        Set<String> groups = identityPolicy.groupsOf(a.getId());
        boolean needs = secondFactor.requiredForChairs()
                && (groups.contains(Role.CHAIR.group()) || groups.contains(Role.ADMIN.group()));
        return new Actor(a.getId(), a.getEmail(), a.getName(), groups, new Access(onlyConference, writes, strong || !needs));
    }

    /** The roles the container checks the areas by (web.xml): chair and admin only with their powers. */
    private static Set<String> containerGroups(Actor actor) {
        Set<String> groups = new LinkedHashSet<>(actor.groups());
        if (!actor.access().elevated()) {
            groups.remove(Role.CHAIR.group());
            groups.remove(Role.ADMIN.group());
        }
        return groups;
    }

    private static boolean isApi(HttpServletRequest req) {
        return req.getRequestURI().startsWith(req.getContextPath() + "/api/");
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest req, HttpServletResponse res, String key) {
        Language language = LocaleBean.of(req);
        try {
            res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            res.setHeader("WWW-Authenticate", "Bearer realm=\"samling\"");
            res.setContentType("application/json;charset=UTF-8");
            res.getWriter().write(Json.createObjectBuilder()
                    .add("status", 401)
                    .add("violations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("field", "credentials")
                            .add("code", key)
                            .add("message", Messages.get(language, key))))
                    .build().toString());
            // Commit now: the container's own 401 page must not replace the JSON.
            res.flushBuffer();
        } catch (IOException e) {
            // The client went away; nothing to tell it.
        }
        // The answer is written: the container must not add its own (SEND_FAILURE would make it try).
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
