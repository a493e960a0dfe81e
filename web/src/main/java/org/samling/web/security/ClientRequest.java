package org.samling.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.samling.shared.Environment;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Who is at the other end of a request and whether it came over TLS. Behind a reverse proxy the
 * connection comes from the proxy: its X-Forwarded-For and X-Forwarded-Proto are believed only if
 * it is one of the trusted proxies (SAMLING_TRUSTED_PROXIES: addresses or CIDR ranges, comma
 * separated), so a client cannot name another address to dodge the log-in throttle.
 */
public final class ClientRequest {

    private ClientRequest() {
    }

    /** The client's address: the connection's, or the nearest untrusted one a trusted proxy reports. */
    public static String address(HttpServletRequest req) {
        String peer = req.getRemoteAddr();
        List<String> trusted = trustedProxies();
        if (!isTrusted(peer, trusted)) {
            return peer;
        }
        String forwarded = req.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        // Rightmost first: the hops our own proxies added are trusted; the first one that is not is the client.
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !isTrusted(hop, trusted)) {
                return hop;
            }
        }
        return hops[0].strip();
    }

    /** Whether the client reached us over TLS: directly, or as a trusted proxy says. */
    public static boolean secure(HttpServletRequest req) {
        if (req.isSecure()) {
            return true;
        }
        return isTrusted(req.getRemoteAddr(), trustedProxies()) && "https".equalsIgnoreCase(req.getHeader("X-Forwarded-Proto"));
    }

    static List<String> trustedProxies() {
        return Environment.get("SAMLING_TRUSTED_PROXIES").map(v -> Arrays.stream(v.split(",")).map(String::strip)
                .filter(x -> !x.isEmpty()).toList()).orElse(List.of());
    }

    static boolean isTrusted(String address, List<String> trusted) {
        for (String t : trusted) {
            if (matches(address, t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an address is the given one or inside the given CIDR range. */
    static boolean matches(String address, String rule) {
        try {
            int slash = rule.indexOf('/');
            byte[] a = InetAddress.getByName(literal(address)).getAddress();
            byte[] net = InetAddress.getByName(literal(slash < 0 ? rule : rule.substring(0, slash))).getAddress();
            if (a.length != net.length) {
                return false;
            }
            int bits = slash < 0 ? a.length * 8 : Integer.parseInt(rule.substring(slash + 1));
            for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
                if ((a[i] & mask) != (net[i] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }

    /** Only literal addresses are compared: a name is never looked up. */
    private static String literal(String s) throws UnknownHostException {
        String x = s.strip();
        if (x.startsWith("[") && x.endsWith("]")) {
            x = x.substring(1, x.length() - 1);
        }
        if (!x.matches("[0-9a-fA-F:.]+")) {
            throw new UnknownHostException(x);
        }
        return x;
    }
}
