package org.samling.identity;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.LoginOutcome;
import org.samling.identity.service.LoginService;
import org.samling.identity.service.LoginThrottle;
import org.samling.identity.service.RegistrationForm;
import org.samling.support.Deployments;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Log-in with the throttle, its counts kept in the database between requests. */
@ExtendWith(ArquillianExtension.class)
class LoginServiceIT {

    private static final String PASSWORD = "tre små grise";

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    AccountService accounts;
    @Inject
    LoginService login;

    private String confirmedAccount() {
        String email = Deployments.uniqueEmail("login");
        accounts.createConfirmed(email, "Lars Øvergaard", "OsloMet", "NO", Language.NB, PASSWORD);
        return email;
    }

    private static String address() {
        return "it-" + System.nanoTime();
    }

    @Test
    void theRightPasswordLogsInWithTheAccountsGroups() {
        String email = confirmedAccount();
        LoginOutcome.Success s = assertInstanceOf(LoginOutcome.Success.class,
                login.authenticate(email.toUpperCase(), PASSWORD, address()));
        assertEquals(email, s.email());
        assertTrue(s.groups().contains("user"));
    }

    @Test
    void fiveWrongPasswordsFromAnywhereBlockTheAccountsSixthTryButNobodyElseWaits() {
        String email = confirmedAccount();
        String from = address();
        for (int i = 1; i <= 5; i++) {
            LoginOutcome.WrongCredentials w = assertInstanceOf(LoginOutcome.WrongCredentials.class,
                    login.authenticate(email, "wrong password " + i, i % 2 == 0 ? from : address()), "try " + i);
            assertEquals(5 - i, w.triesLeft());
        }
        LoginOutcome.Blocked b = assertInstanceOf(LoginOutcome.Blocked.class, login.authenticate(email, PASSWORD, address()));
        long minutes = Duration.between(Instant.now(), b.until()).toMinutes();
        assertTrue(minutes >= 14 && minutes <= 15, "blocked for " + minutes + " minutes");
        // Another account from the same address logs in at once: an address's failures delay nobody.
        String other = confirmedAccount();
        long started = System.nanoTime();
        assertInstanceOf(LoginOutcome.Success.class, login.authenticate(other, PASSWORD, from));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 350, "no wait for a right password");
    }

    @Test
    void anAddressTryingManyAccountsIsRefusedWhileOthersLogIn() {
        String from = address();
        for (int i = 0; i < LoginThrottle.ADDRESS_BLOCK_AFTER; i++) {
            login.authenticate(Deployments.uniqueEmail("sprayed"), "Sommer2026!", from);
        }
        String email = confirmedAccount();
        assertInstanceOf(LoginOutcome.Blocked.class, login.authenticate(email, PASSWORD, from));
        assertInstanceOf(LoginOutcome.Success.class, login.authenticate(email, PASSWORD, address()));
    }

    @Test
    void aSuccessClearsTheCountOfThatAccount() {
        String email = confirmedAccount();
        String from = address();
        for (int i = 0; i < 4; i++) {
            login.authenticate(email, "nope nope nope", from);
        }
        assertInstanceOf(LoginOutcome.Success.class, login.authenticate(email, PASSWORD, from));
        LoginOutcome.WrongCredentials w = assertInstanceOf(LoginOutcome.WrongCredentials.class,
                login.authenticate(email, "nope nope nope", from));
        assertEquals(4, w.triesLeft());
    }

    @Test
    void anUnknownAddressIsJustWrongAndAnUnconfirmedAccountIsSaidSo() {
        assertInstanceOf(LoginOutcome.WrongCredentials.class,
                login.authenticate(Deployments.uniqueEmail("ghost"), PASSWORD, address()));
        String email = Deployments.uniqueEmail("unconfirmed");
        Account a = accounts.register(new RegistrationForm(email, "Karin Ekström", null, "SE", Language.SV, PASSWORD, PASSWORD))
                .orElseThrow();
        assertInstanceOf(LoginOutcome.Unconfirmed.class, login.authenticate(a.getEmail(), PASSWORD, address()));
    }
}
