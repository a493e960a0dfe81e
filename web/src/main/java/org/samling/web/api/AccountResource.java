package org.samling.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.model.Account;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.IdentityPolicy;
import org.samling.identity.service.ProfileForm;
import org.samling.identity.service.RegistrationForm;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;

import java.util.Set;

/** Register an account; read and change one's own profile. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccountService accountService;
    @Inject
    IdentityPolicy identityPolicy;
    @Inject
    CurrentUser currentUser;
    @Context
    HttpHeaders headers;

    /** A registration; the language is the body's "language" ("da", "sv", "nb", "en"). */
    public record Registration(String email, String name, String affiliation, String country,
            String language, String password) {
    }

    /** What a registration answers, always: a mail is on its way to the address. */
    public record Registered(String email, String message) {
    }

    /** One's own profile as the API shows it. */
    public record Profile(Long id, String email, String name, String affiliation, String country,
            String language, Set<String> roles) {
    }

    @POST
    @Path("accounts")
    public Response register(Registration r) {
        if (r == null) {
            throw new DomainException(null, "api.bodyRequired");
        }
        Language language = r.language() == null
                ? ApiLanguage.of(headers)
                : Language.fromTag(r.language()).orElseThrow(() -> new DomainException("language", "language.unknown"));
        accountService.register(new RegistrationForm(r.email(), r.name(), r.affiliation(), r.country(), language,
                r.password(), r.password()));
        // The same answer whether the address was new or had an account: the mail tells its owner which.
        return Response.accepted(new Registered(r.email().strip(), Messages.get(language, "register.done"))).build();
    }

    @GET
    @Path("me")
    public Profile me() {
        return profile(accountService.require(currentUser.actor()));
    }

    @PUT
    @Path("me")
    public Profile update(Profile p) {
        if (p == null) {
            throw new DomainException(null, "api.bodyRequired");
        }
        Language language = p.language() == null
                ? null
                : Language.fromTag(p.language()).orElseThrow(() -> new DomainException("language", "language.unknown"));
        return profile(accountService.updateProfile(currentUser.actor(),
                new ProfileForm(p.name(), p.affiliation(), p.country(), language)));
    }

    private Profile profile(Account a) {
        return new Profile(a.getId(), a.getEmail(), a.getName(), a.getAffiliation(), a.getCountry(),
                a.getLanguage().code(), identityPolicy.groupsOf(a.getId()));
    }
}
