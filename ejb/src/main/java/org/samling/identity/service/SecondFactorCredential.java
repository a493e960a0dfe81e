package org.samling.identity.service;

import jakarta.security.enterprise.credential.Credential;

/** The code typed after the password (the authenticator app's, or a recovery code). */
public record SecondFactorCredential(String code) implements Credential {
}
