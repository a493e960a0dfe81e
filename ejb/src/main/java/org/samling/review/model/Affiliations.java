package org.samling.review.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Makes two ways of writing one institution compare equal: "Aalborg Universitet", "Aalborg
 * University", "AAU"; "Universitetet i Oslo", "University of Oslo", "UiO"; "Stockholms
 * universitet", "Stockholm University". Only the part before the first comma counts (the
 * department after it does not make another institution).
 */
public final class Affiliations {

    /** Words that say what kind of institution it is, not which one, in the four languages. */
    private static final Set<String> GENERIC = Set.of("university", "universitet", "universitetet", "universitat",
            "univ", "uni", "of", "i", "the", "in", "at", "for", "og", "och", "and");

    /** Common abbreviations of Nordic universities, to what their normalised names become. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("aau", "aalborg"), Map.entry("au", "aarhu"), Map.entry("ku", "koebenhavn"),
            Map.entry("ucph", "koebenhavn"), Map.entry("sdu", "syddansk"), Map.entry("ruc", "roskilde"),
            Map.entry("uio", "oslo"), Map.entry("uib", "bergen"), Map.entry("uit", "tromsoe"),
            Map.entry("oslomet", "metropolitan oslo"), Map.entry("ntnu", "naturvitenskapelige norge teknisk"),
            Map.entry("su", "stockholm"), Map.entry("gu", "goeteborg"), Map.entry("lu", "lund"),
            Map.entry("uu", "uppsala"), Map.entry("umu", "umeaa"), Map.entry("liu", "linkoeping"),
            Map.entry("kp", "koebenhavn professionshoejskole"), Map.entry("hu", "helsinki"));

    /** English names of cities whose own name the normalised form uses. */
    private static final Map<String, String> CITIES = Map.of("copenhagen", "koebenhavn", "gothenburg", "goeteborg",
            "helsingfors", "helsinki", "tromso", "tromsoe", "umea", "umeaa", "linkoping", "linkoeping");

    private Affiliations() {
    }

    /** The comparable form: empty for a blank affiliation (which matches nothing). */
    public static String normalise(String affiliation) {
        if (affiliation == null || affiliation.isBlank()) {
            return "";
        }
        String first = affiliation.split(",")[0];
        String s = fold(first);
        String whole = s.replaceAll("[^a-z0-9]", "");
        if (ABBREVIATIONS.containsKey(whole)) {
            return plain(ABBREVIATIONS.get(whole));
        }
        // "OsloMet – storbyuniversitetet", "AAU Business School": a leading brand abbreviation of three letters or more.
        String lead = s.split("[^a-z0-9]+")[0];
        if (lead.length() >= 3 && ABBREVIATIONS.containsKey(lead)) {
            return plain(ABBREVIATIONS.get(lead));
        }
        Set<String> words = new TreeSet<>();
        for (String w : s.split("[^a-z0-9]+")) {
            if (w.isEmpty() || GENERIC.contains(w)) {
                continue;
            }
            w = CITIES.getOrDefault(w, w);
            // Swedish and Danish genitive: "Stockholms universitet" is Stockholm University.
            if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
                w = w.substring(0, w.length() - 1);
            }
            words.add(plain(CITIES.getOrDefault(w, w)));
        }
        return words.stream().collect(Collectors.joining(" "));
    }

    /**
     * The spelled-out Nordic letters reduced to one letter, so that a name written without them
     * meets it too: "København", "Koebenhavn" and "Kobenhavn"; "Høje", "Hoeje" and "Hoje"; "Århus",
     * "Aarhus".
     */
    private static String plain(String folded) {
        return folded.replace("ae", "a").replace("oe", "o").replace("aa", "a").replace("ue", "u");
    }

    public static boolean same(String a, String b) {
        String x = normalise(a);
        return !x.isEmpty() && x.equals(normalise(b));
    }

    /** Lower case, Nordic letters spelled out (æ ae, ø oe, å aa, ä ae, ö oe, ü ue), other accents dropped. */
    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** For tests and messages: the words an affiliation comes down to. */
    static String[] words(String affiliation) {
        String n = normalise(affiliation);
        return n.isEmpty() ? new String[0] : Arrays.stream(n.split(" ")).toArray(String[]::new);
    }
}
