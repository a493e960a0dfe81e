package org.samling.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import org.samling.i18n.Language;

import java.util.Locale;

/** The language an API answer is written in: the first of Accept-Language that we speak. */
final class ApiLanguage {

    private ApiLanguage() {
    }

    static Language of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale l : headers.getAcceptableLanguages()) {
                var match = Language.fromTag(l.toLanguageTag());
                if (match.isPresent()) {
                    return match.get();
                }
            }
        }
        return Language.EN;
    }
}
