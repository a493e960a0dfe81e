package org.samling.identity.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"anna@ku.dk", "søren.højgaard@kp.dk", "asa.lindqvist@gu.se", "a+cfp@oslomet.no",
            "x@sub.domain.example"})
    void acceptsRealAddressesIncludingNordicLetters(String email) {
        assertTrue(EmailRules.isValid(email), email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "anna", "anna@", "@ku.dk", "anna@ku", "anna@@ku.dk", "an na@ku.dk", "anna..b@ku.dk",
            ".anna@ku.dk", "anna@-ku.dk"})
    void refusesMalformedAddresses(String email) {
        assertFalse(EmailRules.isValid(email), email);
    }

    @Test
    void domainIsLowerCasedAndNullForInvalid() {
        assertEquals("aau.dk", EmailRules.domainOf("Mette@AAU.dk"));
        assertNull(EmailRules.domainOf("nope"));
    }
}
