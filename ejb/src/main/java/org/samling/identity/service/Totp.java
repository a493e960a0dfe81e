package org.samling.identity.service;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s, what every authenticator app
 * reads) through the kept library dev.samstevens.totp; the time comes from the server's clock so
 * that a code is accepted once and tests can set the time.
 */
public final class Totp {

    static final int PERIOD = 30;
    static final int DIGITS = 6;
    /** A code of the step before or after counts too: a phone's clock may be off by up to 30 s. */
    static final int DRIFT = 1;
    static final String ISSUER = "Samling";

    private Totp() {
    }

    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    public static long step(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), PERIOD);
    }

    /** The code an app shows for this secret at this step. */
    public static String code(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The time step near {@code now} whose code this is, if it is one (compared in constant time). */
    public static OptionalLong matchingStep(String secret, String code, Instant now) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long s = current - DRIFT; s <= current + DRIFT; s++) {
            if (MessageDigest.isEqual(code(secret, s).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(s);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth:// address an app reads from the QR code. */
    public static String uri(String secret, String account) {
        return data(secret, account).getUri();
    }

    /** The enrolment QR code as a data: URI for an img element (the page's policy allows data: images). */
    public static String qrDataUri(String secret, String account) {
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(220);
            return Utils.getDataUriForImage(generator.generate(data(secret, account)), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static QrData data(String secret, String account) {
        return new QrData.Builder().label(account).secret(secret).issuer(ISSUER).algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS).period(PERIOD).build();
    }

    public static List<String> newRecoveryCodes(int n) {
        return List.of(new RecoveryCodeGenerator().generateCodes(n));
    }

    /** A recovery code as typed (any case, with or without dashes and spaces) in the form it is hashed. */
    public static String normaliseRecoveryCode(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
