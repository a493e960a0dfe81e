package org.samling.identity.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Salted slow hashes through Jakarta Security's PBKDF2: HMAC-SHA-512, 210,000 iterations,
 * 32-byte salt (OWASP's 2023 figures). The hash string records its own parameters, so these
 * can be raised later without breaking stored passwords.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a password nobody has, checked when the account does not exist, so a wrong
     * e-mail takes as long as a wrong password and does not reveal who has an account. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate(TokenCodec.newToken().toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash == null ? decoy : hash);
    }
}
