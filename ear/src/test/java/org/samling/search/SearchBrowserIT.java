package org.samling.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chair searches the demo abstracts in Danish inflections, narrows by a facet and opens a
 * highlighted result with its similar submissions; a reviewer's search never shows or matches an
 * author, and a broken query gets a message instead of an error page.
 */
class SearchBrowserIT {

    @BeforeAll
    static void indexed() throws InterruptedException {
        IndexReady.await();
    }

    private static List<String> titles(Browser b) {
        return b.driver().findElements(By.cssSelector("li.hit .hit-title")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aChairSearchesNarrowsByAFacetAndOpensAHighlightedResult() {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#lang-en");
            b.click("#search-nsw2027");
            assertEquals("Search", b.text("#search-heading"));
            b.typeIn("#q", "socialrådgiver");
            b.click("#search-button");
            List<String> found = titles(b);
            assertTrue(found.contains("Når familien selv sidder for bordet: familierådslagning i børnesager"), found.toString());
            assertTrue(found.contains("Digitale handleplaner: hvad barnet selv kan læse"), found.toString());
            List<String> marked = b.driver().findElements(By.cssSelector("li.hit mark")).stream().map(WebElement::getText)
                    .toList();
            assertTrue(marked.stream().anyMatch(m -> m.toLowerCase().startsWith("socialrådgiver")), "highlighted: " + marked);
            assertTrue(b.text("li.hit .hit-authors").contains("Søren Højgaard"), "chairs see authors");
            b.assertAccessible();
            b.screenshot("search-chair-en");

            // Narrowed to papers by the type facet: the poster goes.
            b.click("#facet-type a.facet-link[data-value='paper']");
            assertTrue(b.path().contains("type%3Apaper"), b.path());
            assertEquals(List.of("Når familien selv sidder for bordet: familierådslagning i børnesager"), titles(b));
            assertEquals("socialrådgiver type:paper", b.value("q"));

            // The chair rebuilds the index; the page shows the progress until it is done.
            String before = b.driver().findElements(By.id("reindex-state")).stream().map(e -> e.getAttribute("data-run"))
                    .findFirst().orElse("");
            b.find(Browser.id("reindex:reindex-button")).click();
            // The poll replaces the panel every second: an element may go stale between finding and reading it.
            new WebDriverWait(b.driver(), Duration.ofSeconds(60))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.id("reindex-state")).stream()
                            .anyMatch(e -> !before.equals(e.getAttribute("data-run"))
                                    && e.getText().startsWith("Last rebuild")));
            assertTrue(b.text("#reindex-state").matches("Last rebuild: \\d+ submissions indexed\\."), b.text("#reindex-state"));
            assertEquals("100 %", b.text("#reindex\\:reindex-bar .ui-progressbar-label"));

            b.click("li.hit a.hit-link");
            assertEquals("Når familien selv sidder for bordet: familierådslagning i børnesager", b.text("#submission-title"));
            // What the chair decides on: Sanna's review in full, named, and the discussion she opened.
            assertTrue(b.text("#reviews").contains("Sanna Mäkinen"), b.text("#reviews"));
            assertFalse(b.driver().findElements(By.cssSelector("#reviews article.post")).isEmpty(), b.text("#reviews"));
            assertTrue(b.text("#similar").contains("Similar submissions"), b.pageText());
            assertFalse(b.driver().findElements(By.cssSelector("li.similar-item")).isEmpty(), b.text("#similar"));
            b.assertAccessible();
            b.screenshot("search-chair-submission-en");
        }
    }

    @Test
    void aReviewersSearchNeverShowsOrMatchesAnAuthor() {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "reviewer1@samling.example", "samling-demo");
            b.open("/reviewer/index.xhtml");
            b.click("#lang-en");
            b.click("#search-nsw2027");
            b.typeIn("#q", "socialtjänst");
            b.click("#search-button");
            assertEquals(List.of("Tillit i mötet med socialtjänsten: unga vuxnas berättelser"), titles(b));
            assertFalse(b.pageText().contains("Karin Ekström"), b.pageText());
            assertTrue(b.driver().findElements(By.cssSelector("li.hit .hit-authors")).isEmpty(), "no author line");
            // The others' scores are not hers to learn before her own review: no mean shown, no ordering by it.
            assertTrue(b.driver().findElements(By.cssSelector("li.hit .hit-score")).isEmpty(), b.pageText());
            assertFalse(b.driver().findElements(By.cssSelector("#sort option")).stream()
                    .anyMatch(o -> "SCORE".equals(o.getAttribute("value"))), "no ordering by score");

            // Her surname is in her PDF, which reviewers may not read, and in the author list: neither is searched.
            b.typeIn("#q", "Ekström");
            b.click("#search-button");
            assertEquals("No results", b.text("#results-heading"));
            b.typeIn("#q", "author:Ekström");
            b.click("#search-button");
            assertTrue(b.text("#search-notices").contains("Searching by author is for chairs only"), b.pageText());

            b.typeIn("#q", "\"tillit i mötet");
            b.click("#search-button");
            assertTrue(b.text("#search-notices").contains("A quotation mark was not closed"), b.pageText());
            assertEquals(List.of("Tillit i mötet med socialtjänsten: unga vuxnas berättelser"), titles(b), "searched as words");
            b.assertAccessible();
        }
    }
}
