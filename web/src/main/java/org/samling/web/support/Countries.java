package org.samling.web.support;

import jakarta.enterprise.context.ApplicationScoped;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Countries for the profile forms, named and sorted in the reader's language. */
@ApplicationScoped
public class Countries {

    /** A country code and its name; a record, so EL reads {@code c.code()}. */
    public record Country(String code, String name) {
    }

    public List<Country> list(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, new Locale.Builder().setRegion(code).build().getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }
}
