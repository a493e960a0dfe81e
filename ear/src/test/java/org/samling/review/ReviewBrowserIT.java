package org.samling.review;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;
import org.samling.browser.Http;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reviewing in the browser: a reviewer opens an assigned submission (no author shown), saves a
 * draft, comes back, meets a save from a second tab (both texts kept), submits and then reads the
 * other review; the draft saves itself while they write; a conflicted reviewer cannot open it by
 * URL; the chair's plan shows a conflict as an error and applies a good one.
 */
class ReviewBrowserIT {

    private static final List<String> IDENTITIES = List.of("Søren Højgaard", "Maja Østergaard", "Karin Ekström",
            "Emily Carter", "Johan Nilsson", "Stockholms universitet", "Københavns Professionshøjskole",
            "University of Gothenburg", "author1@samling.example", "author2@samling.example", "kp.example");

    private static void score(Browser b, String criterion, String value) {
        new Select(b.find("select[data-criterion='" + criterion + "']")).selectByValue(value);
    }

    /** Opens "My reviews" of nsw2027 in English and the review of the submission whose title starts so. */
    private static void openReview(Browser b, String titleStart) {
        b.open("/reviewer/index.xhtml");
        b.click("#reviews-nsw2027");
        b.click("#lang-en"); // other tests change the demo reviewers' languages
        assertEquals("My reviews", b.text("#my-reviews-heading"));
        WebElement link = b.driver().findElements(By.cssSelector("a.review-link")).stream()
                .filter(a -> a.getText().startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError(b.text("#my-reviews")));
        b.click("#" + link.findElement(By.xpath("ancestor::tr")).getAttribute("id") + " a.review-link");
        assertTrue(b.text("#submission-title").startsWith(titleStart));
    }

    /**
     * A fresh abstract in nsw2027, submitted through the API, assigned by the chair to Sanna and Åsa,
     * with Sanna's review submitted and her question in the discussion: what the reviewer test
     * changes is its own, so it passes again on the same server.
     */
    private static String seedReviewedAbstract() {
        String title = "Home visits that build trust, case " + System.nanoTime();
        String call = Http.send(Http.request("/api/conferences/nsw2027/call").header("Accept-Language", "en")).body();
        Matcher track = Pattern.compile("\"tracks\":\\[\\{\"id\":(\\d+)").matcher(call);
        Matcher type = Pattern.compile("\"types\":\\[\\{\"id\":(\\d+)").matcher(call);
        assertTrue(track.find() && type.find(), call);
        HttpResponse<String> created = Http.send(Http.as(Http.request("/api/submissions?conference=nsw2027&submit=true"),
                "author3@samling.example", "samling-demo").header("Content-Type", "application/json")
                .POST(Http.json("{\"title\":\"" + title + "\",\"abstractText\":\"We followed twelve home visits in three"
                        + " municipalities and asked what made families trust the social worker.\",\"language\":\"en\","
                        + "\"keywords\":[\"trust\",\"home visits\"],\"trackId\":" + track.group(1) + ",\"typeId\":"
                        + type.group(1) + ",\"authors\":[{\"name\":\"Emily Carter\",\"email\":\"author3@samling.example\","
                        + "\"presenting\":true}]}")));
        assertEquals(201, created.statusCode(), created.body());
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#lang-en");
            // Room for one more review each, whatever earlier runs gave them.
            b.click("#committee-nsw2027");
            for (String reviewer : List.of("Sanna Mäkinen", "Åsa Lindqvist")) {
                WebElement member = b.driver().findElements(By.cssSelector("tr.member-row")).stream()
                        .filter(r -> r.getText().startsWith(reviewer)).findFirst().orElseThrow();
                WebElement max = member.findElement(By.cssSelector("input.max-load"));
                if (!max.getAttribute("value").isBlank()) {
                    int raised = Integer.parseInt(max.getAttribute("value")) + 1;
                    max.clear();
                    max.sendKeys(String.valueOf(raised));
                    b.click("#" + member.getAttribute("id") + " input[id$='saveLoads']");
                }
            }
            b.open("/chair/index.xhtml");
            b.click("#assignments-nsw2027");
            for (String reviewer : List.of("Sanna Mäkinen", "Åsa Lindqvist")) {
                WebElement fresh = row(b, title);
                new Select(fresh.findElement(By.cssSelector("select.pick"))).selectByVisibleText(reviewer);
                b.click("#" + fresh.getAttribute("id") + " input[id$='add']");
            }
            b.click(Browser.id("plan:apply"));
            assertTrue(b.text("#messages").contains("The plan is applied: 2 changes."), b.pageText());
        }
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "reviewer3@samling.example", "samling-demo");
            openReview(b, title);
            for (String criterion : List.of("relevance", "originality", "clarity", "practice")) {
                score(b, criterion, "4");
            }
            b.selectByText("review:recommendation", "4 – Accept");
            b.selectByText("review:confidence", "3 – High: my own field");
            b.type("review:toAuthors", "A clear and useful study of trust in practice.");
            b.click(Browser.id("review:submit-review"));
            assertTrue(b.text("#messages").contains("Your review is submitted"), b.pageText());
            b.type("discussion:post", "Could the second reviewer look at the sampling question?");
            b.click(Browser.id("discussion:post-button"));
        }
        return title;
    }

    @Test
    void aReviewerSavesADraftComesBackMeetsASecondTabAndSubmits() {
        String title = seedReviewedAbstract();
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "reviewer1@samling.example", "samling-demo");
            openReview(b, title);
            String page = b.pageText();
            for (String identity : IDENTITIES) {
                assertFalse(page.contains(identity), identity + " on a reviewer's page");
            }
            assertEquals("Not started", b.text("#review-state"));
            assertTrue(b.text("#others-after-own").contains("once you have submitted your own"));
            b.assertAccessible();

            score(b, "relevance", "4");
            b.type("review:toAuthors", "Et klart studie; uddyb udvælgelsen af kommunerne.");
            b.click(Browser.id("review:save-draft"));
            assertTrue(b.text("#messages").contains("Draft saved."), b.pageText());
            assertEquals("Draft", b.text("#review-state"));

            // Coming back later: the draft is there.
            String url = b.driver().getCurrentUrl();
            b.open(url);
            assertEquals("4",
                    new Select(b.find("select[data-criterion='relevance']")).getFirstSelectedOption().getAttribute("value"));
            assertEquals("Et klart studie; uddyb udvælgelsen af kommunerne.", b.value("review:toAuthors"));

            // A second tab saves first; the first tab's save is then refused and both texts stay.
            String first = b.driver().getWindowHandle();
            b.driver().switchTo().newWindow(WindowType.TAB);
            b.open(url);
            b.type("review:toAuthors", "Teksten fra den anden fane.");
            b.click(Browser.id("review:save-draft"));
            assertTrue(b.text("#messages").contains("Draft saved."));
            b.driver().switchTo().window(first);
            b.type("review:toAuthors", "Teksten fra den første fane.");
            b.click(Browser.id("review:save-draft"));
            assertTrue(b.text("#messages").contains("saved elsewhere"), b.pageText());
            assertEquals("Teksten fra den anden fane.", b.text("#crossed-to-authors"));
            assertEquals("Teksten fra den første fane.", b.value("review:toAuthors"), "the person's own text is kept");
            b.assertAccessible();

            // Saving again on purpose replaces it; then the review is completed and submitted.
            score(b, "originality", "3");
            score(b, "clarity", "4");
            b.click(Browser.id("review:submit-review"));
            assertTrue(b.text(Browser.id("review:scores")).contains("Contribution to practice"), "the missing score named");
            assertFalse(b.messageAt("review:recommendation").isEmpty(), "the missing recommendation named at its field");
            score(b, "practice", "5");
            b.selectByText("review:recommendation", "3 – Weak accept");
            b.selectByText("review:confidence", "2 – Medium");
            b.type("review:toCommittee", "Kan gå i en session om deltagelse.");
            b.click(Browser.id("review:submit-review"));
            assertTrue(b.text("#messages").contains("Your review is submitted"), b.pageText());
            assertEquals("Submitted", b.text("#review-state"));
            String others = b.text("#other-reviews");
            assertTrue(others.contains("Reviewer A"), others);
            assertTrue(others.contains("A clear and useful study"), others);
            assertFalse(others.contains("Sanna"), "reviewers are letters to each other");
            assertTrue(b.text("#other-reviews .recommendation").equals("4 \u2013 Accept"), "by its label: " + others);
            assertTrue(b.text("#discussion-section").contains("Could the second reviewer look at the sampling question?"));
            b.type("discussion:post", "Jeg har nu set på udvælgelsen.");
            b.click(Browser.id("discussion:post-button"));
            assertTrue(b.text("#discussion-section").contains("Jeg har nu set på udvælgelsen."));
            b.assertAccessible();

            b.open("/reviewer/reviews.xhtml?c=nsw2027");
            assertTrue(b.text("#my-reviews").contains("Submitted"), b.text("#my-reviews"));
        }
    }

    @Test
    void theMetaReviewerWritesHerOwnReviewBeforeSummingUp() {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "reviewer3@samling.example", "samling-demo");
            openReview(b, "Supervision that sticks");
            assertTrue(b.text("#meta-review").contains("sum up the reviews"), b.text("#meta-review"));
            assertTrue(b.text("#meta-after-own").startsWith("Submit your own review first"), b.text("#meta-review"));
            assertTrue(b.driver().findElements(By.id("meta:submit-meta")).isEmpty(), "no meta-review before her own");
            b.assertAccessible();
        }
    }

    @Test
    void theDraftSavesItselfWhileTheReviewerWrites() {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "reviewer3@samling.example", "samling-demo");
            openReview(b, "Tillit i mötet");
            b.type("review:toCommittee", "Skrivet utan att trycka på spara.");
            new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("autosaved")).isEmpty());
            b.open(b.driver().getCurrentUrl());
            assertEquals("Skrivet utan att trycka på spara.", b.value("review:toCommittee"));
            assertEquals("Draft", b.text("#review-state"));
        }
    }

    @Test
    void aConflictedReviewerCannotOpenTheSubmissionByUrl() {
        String reviewUrl;
        String pdfUrl;
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "reviewer1@samling.example", "samling-demo");
            openReview(b, "Tillit i mötet");
            reviewUrl = b.driver().getCurrentUrl();
            assertTrue(b.text("#pdf-withheld").contains("withheld"), "Karin's PDF names her");
            pdfUrl = Browser.BASE + "/pdf/" + b.find("#submission-title").getAttribute("data-submission");
        }
        try (Browser b = new Browser()) {
            // Lars declared a conflict with Karin, the workshop's author.
            Accounts.logIn(b, "reviewer2@samling.example", "samling-demo");
            b.open(reviewUrl);
            assertFalse(b.pageText().contains("Tillit i mötet"), b.pageText());
            assertTrue(b.find("h1").getText().length() > 0);
            String status = (String) b.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "Promise.all([fetch(arguments[0]), fetch(arguments[1])]).then(r => done(r[0].status + ' ' + r[1].status));",
                    reviewUrl, pdfUrl);
            assertEquals("404 404", status, "neither the review page nor the PDF");
        }
    }

    @Test
    void theChairsPlanShowsAConflictAsAnErrorAndAppliesAGoodOne() {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#lang-en");
            b.click("#assignments-nsw2027");
            assertEquals("Assignments", b.text("#assignments-heading"));
            b.assertAccessible();

            WebElement workshop = row(b, "Tillit i mötet");
            new Select(workshop.findElement(By.cssSelector("select.pick"))).selectByVisibleText("Lars Øvergaard");
            b.click("#" + workshop.getAttribute("id") + " input[id$='add']");
            String plan = b.text("#plan-table");
            assertTrue(plan.contains("Error: a conflict of interest holds"), plan);
            assertFalse(b.find(Browser.id("plan:apply")).isEnabled(), "a plan with an error cannot be applied");
            b.assertAccessible();

            b.click(Browser.id("plan:clear"));
            WebElement familie = row(b, "Når familien");
            new Select(familie.findElement(By.cssSelector("select.pick"))).selectByVisibleText("Lars Øvergaard");
            b.click("#" + familie.getAttribute("id") + " input[id$='add']");
            assertTrue(b.text("#plan-table").contains("No problems found."), b.text("#plan-table"));
            b.click(Browser.id("plan:apply"));
            assertTrue(b.text("#messages").contains("The plan is applied: 1 change."), b.pageText());
            assertTrue(row(b, "Når familien").findElements(By.cssSelector("li.reviewer")).stream()
                    .anyMatch(li -> li.getText().startsWith("Lars Øvergaard")), "Lars reviews the paper");

            // Lars off the paper again through the same pipeline, so the test passes again on this server.
            String remove = row(b, "Når familien").findElements(By.cssSelector("li.reviewer")).stream()
                    .filter(li -> li.getText().startsWith("Lars Øvergaard")).findFirst().orElseThrow()
                    .findElement(By.cssSelector("input[id$='remove']")).getAttribute("id");
            b.click(Browser.id(remove));
            b.click(Browser.id("plan:apply"));
            assertTrue(b.text("#messages").contains("The plan is applied: 1 change."), b.pageText());
            assertTrue(row(b, "Når familien").findElements(By.cssSelector("li.reviewer")).stream()
                    .noneMatch(li -> li.getText().startsWith("Lars Øvergaard")), "Lars is off the paper");
        }
    }

    @Test
    void theChairsReviewFormNamesABadWeightAndKeepsTheForm() {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/review-form.xhtml?c=nsw2027");
            b.click("#lang-en");
            assertEquals("Review form", b.text("#review-form-heading"));
            assertEquals("relevance", b.find("#criterion-0 input[id$='key']").getAttribute("value"));
            b.assertAccessible();
            b.typeIn("#criterion-1 input[id$='weight']", "11");
            b.typeIn("#criterion-3 input[id$='key']", "");
            b.click(Browser.id("form:save"));
            String found = b.text(Browser.id("form:criteria"));
            assertTrue(found.contains("Criteria: the weight of originality must be from 0 to 10."), found);
            assertTrue(found.contains("must be 1 to 40 small letters"), found);
            assertFalse(b.pageText().contains("The review form is saved."), "nothing saved");
            b.open("/chair/review-form.xhtml?c=nsw2027");
            assertEquals("practice", b.find("#criterion-3 input[id$='key']").getAttribute("value"), "nothing was saved");
            assertEquals("2", b.find("#criterion-1 input[id$='weight']").getAttribute("value"));
        }
    }

    @Test
    void theChairSeesWhoIsBehindAndRemindsThemButNotTwiceWithinTheInterval() {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#lang-en");
            b.click("#progress-nsw2027");
            assertEquals("Review progress", b.text("#progress-heading"));
            WebElement asa = b.driver().findElements(By.cssSelector("tr.progress-row")).stream()
                    .filter(r -> r.getText().contains("Åsa Lindqvist")).findFirst().orElseThrow();
            assertEquals("false", asa.getAttribute("data-late"), "not late before the deadline");
            assertEquals("true", asa.getAttribute("data-due-soon"), "reviews missing two days before the deadline");
            b.assertAccessible();

            // Any time (0 days), so the test may remind whatever earlier runs did; then the usual three days.
            b.type("interval:reminderDays", "61");
            b.click(Browser.id("interval:save-interval"));
            assertTrue(b.messageAt("interval:reminderDays").contains("between 0 and 60"), b.messageAt("interval:reminderDays"));
            b.type("interval:reminderDays", "0");
            b.click(Browser.id("interval:save-interval"));
            b.click(Browser.id("remind:remind-button"));
            assertTrue(b.text("#messages").matches("(?s).*\\d+ (reviewer was|reviewers were) reminded.*"), b.pageText());
            b.type("interval:reminderDays", "3");
            b.click(Browser.id("interval:save-interval"));
            assertTrue(b.text("#messages").contains("The interval is saved."), b.pageText());
            assertTrue(b.text("#remindable-count").startsWith("Nobody to remind now"), b.text("#remindable-count"));
            assertFalse(b.find(Browser.id("remind:remind-button")).isEnabled(), "not again within three days");
            assertFalse(b.driver().findElements(By.cssSelector("tr.progress-row")).stream()
                    .filter(r -> r.getText().contains("Åsa Lindqvist")).findFirst().orElseThrow()
                    .findElement(By.cssSelector(".last-reminded")).getText().equals("never"));
            b.assertAccessible();
        }
    }

    private static WebElement row(Browser b, String titleStart) {
        return b.driver().findElements(By.cssSelector("#assignments-table tbody tr")).stream()
                .filter(r -> r.getText().contains(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError(b.text("#assignments-table")));
    }

}
