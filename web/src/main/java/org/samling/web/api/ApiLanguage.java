package org.samling.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import org.samling.i18n.Language;

/** The language an API answer is written in: the first of Accept-Language that we speak. */
final class ApiLanguage {

    private ApiLanguage() {
    }

    static Language of(HttpHeaders headers) {
        return headers == null ? Language.EN : Language.firstOf(headers.getAcceptableLanguages());
    }
}
