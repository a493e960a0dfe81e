package org.samling.identity.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertNull(PasswordPolicy.problem("blåbær og rugbrød", "anna@ku.dk", "Anna Berg"));
        assertNull(PasswordPolicy.problem("samling-demo", "chair@samling.example", "Mette Kjærgaard"));
    }

    @Test
    void tooShortTooSimpleOrCommonIsRefused() {
        assertEquals("password.tooShort", PasswordPolicy.problem("kort", "anna@ku.dk", "Anna"));
        assertEquals("password.tooShort", PasswordPolicy.problem(null, "anna@ku.dk", "Anna"));
        assertEquals("password.tooSimple", PasswordPolicy.problem("aaaaaaaaaaaa", "anna@ku.dk", "Anna"));
        assertEquals("password.common", PasswordPolicy.problem("Password123", "anna@ku.dk", "Anna"));
        assertEquals("password.tooLong", PasswordPolicy.problem("ab".repeat(101), "anna@ku.dk", "Anna"));
    }

    @Test
    void theAddressOrNameInsideThePasswordIsRefused() {
        assertEquals("password.containsEmail", PasswordPolicy.problem("xx-annaberg-2026", "annaberg@ku.dk", "Anna"));
        assertEquals("password.containsName", PasswordPolicy.problem("søren højgaard 1", "s@kp.dk", "Søren Højgaard"));
    }
}
