package org.samling.review.model;

import java.util.Locale;
import java.util.Set;

/**
 * The organisation part of an e-mail address, for conflict detection: "soc.aau.dk" and "aau.dk"
 * are one organisation. Public mail providers are no organisation: two Gmail users share nothing;
 * nor are the domains reserved for examples (RFC 2606: example.com, .org, .net and *.example),
 * which the demo data and tests use and no real person has.
 */
public final class EmailDomains {

    /** Public mail providers common in the Nordic countries and worldwide. */
    public static final Set<String> PUBLIC_PROVIDERS = Set.of("gmail.com", "googlemail.com", "hotmail.com", "hotmail.dk",
            "hotmail.se", "hotmail.no", "outlook.com", "outlook.dk", "outlook.se", "live.com", "live.dk", "live.se",
            "live.no", "msn.com", "yahoo.com", "yahoo.dk", "yahoo.se", "yahoo.no", "icloud.com", "me.com", "mac.com",
            "aol.com", "protonmail.com", "proton.me", "pm.me", "gmx.com", "gmx.net", "gmx.de", "mail.com", "mail.dk",
            "jubii.dk", "ofir.dk", "get2net.dk", "privat.dk", "telia.com", "telia.se", "online.no", "start.no",
            "bredband.net", "spray.se", "tele2.se", "comhem.se", "yandex.com", "zoho.com", "fastmail.com");

    private EmailDomains() {
    }

    /** The last two labels of the address's domain; empty for a public provider or a malformed address. */
    public static String organisation(String email) {
        if (email == null) {
            return "";
        }
        int at = email.lastIndexOf('@');
        if (at < 0 || at == email.length() - 1) {
            return "";
        }
        String domain = email.substring(at + 1).trim().toLowerCase(Locale.ROOT);
        String[] labels = domain.split("\\.");
        if (labels.length < 2) {
            return "";
        }
        String org = labels[labels.length - 2] + "." + labels[labels.length - 1];
        boolean reserved = domain.endsWith(".example") || org.equals("example.com") || org.equals("example.org")
                || org.equals("example.net");
        return reserved || PUBLIC_PROVIDERS.contains(domain) || PUBLIC_PROVIDERS.contains(org) ? "" : org;
    }

    public static boolean sameOrganisation(String a, String b) {
        String x = organisation(a);
        return !x.isEmpty() && x.equals(organisation(b));
    }
}
