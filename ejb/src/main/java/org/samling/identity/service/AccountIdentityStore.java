package org.samling.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Samling's accounts as the Jakarta Security identity store: the caller is the e-mail address,
 * the groups come from {@link IdentityPolicy}. Every check goes through {@link LoginService},
 * so the throttle applies to the log-in form and the API alike.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    LoginService loginService;
    @Inject
    LoginOutcomeHolder holder;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String address = credential instanceof ClientPasswordCredential c ? c.getAddress() : null;
        LoginOutcome outcome = loginService.authenticate(upc.getCaller(), upc.getPasswordAsString(), address);
        holder.set(outcome);
        if (outcome instanceof LoginOutcome.Success s) {
            return new CredentialValidationResult(s.email(), s.groups());
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
