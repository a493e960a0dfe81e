package org.samling.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Samling speaks: English, Danish, Swedish and Norwegian bokmål. */
public enum Language {

    EN("en", "English"), DA("da", "Dansk"), SV("sv", "Svenska"), NB("nb", "Norsk bokmål");

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    /** The language's name in itself, as a language switch shows it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static List<Language> all() {
        return Arrays.asList(values());
    }

    /**
     * The language for a code or locale tag: "da", "da-DK", "sv_SE". Norwegian arrives as "no",
     * "nb" or "nn" depending on the browser; all three mean bokmål here.
     */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String lang = tag.trim().replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT);
        if (lang.equals("no") || lang.equals("nn")) {
            lang = "nb";
        }
        for (Language l : values()) {
            if (l.code.equals(lang)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The first of a person's preferred locales (browser, Accept-Language) that we speak; else English. */
    public static Language firstOf(Iterable<Locale> preferred) {
        for (Locale l : preferred) {
            Optional<Language> match = fromTag(l.toLanguageTag());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return EN;
    }

    public static Language of(Locale locale) {
        return locale == null ? EN : fromTag(locale.toLanguageTag()).orElse(EN);
    }
}
