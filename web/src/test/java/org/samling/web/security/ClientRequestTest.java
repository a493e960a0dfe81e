package org.samling.web.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whom a proxy's headers are believed from, and what counts as this site's own origin. */
class ClientRequestTest {

    @Test
    void aTrustedProxyIsAnAddressOrARangeAndNamesAreNeverLookedUp() {
        List<String> trusted = List.of("10.0.0.0/8", "192.168.1.7", "::1");
        assertTrue(ClientRequest.isTrusted("10.20.30.40", trusted));
        assertTrue(ClientRequest.isTrusted("192.168.1.7", trusted));
        assertTrue(ClientRequest.isTrusted("0:0:0:0:0:0:0:1", trusted));
        assertFalse(ClientRequest.isTrusted("192.168.1.8", trusted));
        assertFalse(ClientRequest.isTrusted("11.0.0.1", trusted));
        assertFalse(ClientRequest.isTrusted("proxy.example.org", List.of("proxy.example.org")), "no DNS");
    }

    @Test
    void anOriginIsSchemeHostAndPortWithDefaultPortsLeftOut() {
        assertEquals("https://samling.example.org", SameOrigin.normalise("https://Samling.example.org:443"));
        assertEquals("http://localhost:8080", SameOrigin.normalise("http://localhost:8080"));
        assertNull(SameOrigin.normalise("null"));
        assertNull(SameOrigin.normalise("file:///etc/passwd"));
    }
}
