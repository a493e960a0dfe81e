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
                    String out = new MessageFormat(pattern, Locale.ROOT).format(new Object[]{1, 2, 3, 4, 5, 6, 7, 8});
                    assertFalse(out.contains("{0"), key + " in messages" + lang + " did not format: " + out);
                    assertFalse(pattern.contains("'"), key + " in messages" + lang + " has a ' that MessageFormat eats");
                }
            }
        }
    }

    /** One of a thing is singular in all four languages; none and many are plural. */
    @Test
    void countsTakeTheRightPlural() {
        assertEquals("The plan is applied: 1 change.", Messages.get(Language.EN, "assignments.applied", 1));
        assertEquals("The plan is applied: 3 changes.", Messages.get(Language.EN, "assignments.applied", 3));
        assertEquals("Planen er gennemført: 1 ændring.", Messages.get(Language.DA, "assignments.applied", 1));
        assertEquals("Planen är genomförd: 0 ändringar.", Messages.get(Language.SV, "assignments.applied", 0));
        assertEquals("1 reviewer is late.", Messages.get(Language.EN, "progress.lateCount", 1));
        assertEquals("2 vurderere er forsinket.", Messages.get(Language.NB, "progress.lateCount", 2));
        assertEquals("1 submission in 2 new sessions, 0 left over; x.",
                Messages.get(Language.EN, "program.proposalSummary", 1, 2, 0, "x"));
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
