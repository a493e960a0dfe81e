package org.samling.demo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.service.AccountService;
import org.samling.platform.ApplicationStarting;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A start that is not a demo run never writes the demo, and stops when the database holds the
 * demo accounts (whose password the README prints), unless the operator allows it.
 */
class DemoGuardTest {

    @AfterEach
    void forget() {
        System.clearProperty("samling.allow.demo.accounts");
    }

    /** The account service of a database holding these addresses, which fails if anything is written. */
    private static DemoData demo(Set<String> existing) throws ReflectiveOperationException {
        AccountService accounts = new AccountService() {

            @Override
            public Optional<Account> findByEmail(String email) {
                return existing.contains(email)
                        ? Optional.of(new Account(email, "X", null, null, Language.EN, "h", Instant.EPOCH))
                        : Optional.empty();
            }

            @Override
            public long countAccounts() {
                throw new AssertionError("a production start does not look at creating the demo");
            }
        };
        DemoData d = new DemoData();
        Field f = DemoData.class.getDeclaredField("accounts");
        f.setAccessible(true);
        f.set(d, accounts);
        return d;
    }

    @Test
    void aProductionStartOnTheDemoAccountsRefusesNamingThem() throws Exception {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> demo(Set.of(DemoAccounts.ADMIN, DemoAccounts.AUTHOR_1)).onStarting(new ApplicationStarting(false)));
        assertTrue(e.getMessage().contains(DemoAccounts.ADMIN) && e.getMessage().contains(DemoAccounts.AUTHOR_1), e.getMessage());
        assertTrue(e.getMessage().contains("SAMLING_ALLOW_DEMO_ACCOUNTS"), "says how to start anyway");
    }

    @Test
    void anEmptyOrRealDatabaseStartsAndTheOperatorMayAllowTheDemoAccounts() throws Exception {
        assertDoesNotThrow(() -> demo(Set.of("someone@kommune.example")).onStarting(new ApplicationStarting(false)));
        System.setProperty("samling.allow.demo.accounts", "true");
        assertDoesNotThrow(() -> demo(Set.of(DemoAccounts.ADMIN)).onStarting(new ApplicationStarting(false)));
    }
}
