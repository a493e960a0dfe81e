package org.samling.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text exists in all four languages, and every pattern can be formatted. */
class MessageBundlesTest {

    private static Properties load(String suffix) throws IOException {
        try (InputStream in = MessageBundlesTest.class
                .getResourceAsStream("/org/samling/i18n/messages" + suffix + ".properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void allFourLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("").stringPropertyNames());
        for (String lang : new String[]{"_da", "_sv", "_nb"}) {
            assertEquals(english, new TreeSet<>(load(lang).stringPropertyNames()), "keys of messages" + lang);
        }
    }

    @Test
    void translationsAreNotLeftInEnglish() throws IOException {
        Properties en = load("");
        for (String lang : new String[]{"_da", "_sv", "_nb"}) {
            Properties other = load(lang);
            long same = en.stringPropertyNames().stream()
                    .filter(k -> en.getProperty(k).length() > 25 && en.getProperty(k).equals(other.getProperty(k))).count();
            assertEquals(0, same, "long texts identical to English in messages" + lang);
        }
    }

    @Test
    void patternsWithArgumentsFormatWithoutStrayQuotes() throws IOException {
        for (String lang : new String[]{"", "_da", "_sv", "_nb"}) {
            Properties p = load(lang);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                if (pattern.contains("{0")) {
                    String out = new MessageFormat(pattern, Locale.ROOT).format(new Object[]{1, "x"});
                    assertFalse(out.contains("{0"), key + " in messages" + lang + " did not format: " + out);
                    assertFalse(pattern.contains("'"), key + " in messages" + lang + " has a ' that MessageFormat eats");
                }
            }
        }
    }

    @Test
    void nordicLettersSurviveTheBundle() {
        assertTrue(Messages.get(Language.DA, "home.openCalls").startsWith("Åbne"));
        assertTrue(Messages.get(Language.SV, "home.title").startsWith("Öppna"));
        assertEquals("Sprog", Messages.get(Language.DA, "nav.language"));
        assertTrue(Messages.get(Language.NB, "nav.mySubmissions").contains("bidrag"));
    }

    @Test
    void argumentsAreFormattedInTheReadersLanguage() {
        assertEquals("at least 10 characters, please.", Messages.get(Language.EN, "password.tooShort", 10));
        assertTrue(Messages.get(Language.DA, "login.wrongFewLeft", 1).contains("Ét forkert forsøg mere"));
        assertTrue(Messages.get(Language.DA, "login.wrongFewLeft", 2).contains("2 forkerte forsøg mere"));
    }
}
