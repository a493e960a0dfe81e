package org.samling.lifecycle;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.i18n.Language;
import org.samling.identity.model.Access;
import org.samling.identity.model.Actor;
import org.samling.lifecycle.service.PersonalDataExport;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewKind;
import org.samling.review.service.ReviewService;
import org.samling.shared.DomainException;
import org.samling.submission.service.PdfIntakeTest;
import org.samling.submission.service.SubmissionService;
import org.samling.support.Deployments;
import org.samling.support.Fixtures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person downloads what Samling holds about them: their account, their submission with its PDF
 * as sent, the review they wrote (without that submission's authors), the mails sent to them and
 * the log entries by or about them; a token for one conference may not take it.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataExportIT {

    private static final ReviewContent REVIEW = new ReviewContent(
            Map.of("relevance", 4, "originality", 3, "clarity", 4, "practice", 5), 3, 2, "Tydlig och nyttig.", "Bra.");

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    Fixtures fixtures;
    @Inject
    SubmissionService submissions;
    @Inject
    ReviewService reviews;
    @Inject
    PersonalDataExport export;

    @Test
    void aPersonsZipHoldsTheirAccountSubmissionPdfReviewMailsAndLog() throws IOException {
        Fixtures.Conference c = fixtures.conference("it-data", true, false);
        Actor me = fixtures.reviewer(c, "Liisa Korhonen", "Tampereen yliopisto");
        Actor other = fixtures.person("Gunnar Berg", "Uppsala universitet");
        Long mine = fixtures.submit(c, me, "Ungdomars delaktighet", "Om delaktighet.");
        byte[] pdf = PdfIntakeTest.pdf(List.of("Ungdomars delaktighet i praktiken"), null, null);
        submissions.uploadPdf(me, mine, "delaktighet.pdf", pdf, Language.SV);
        Long theirs = fixtures.submit(c, other, "Äldres ensamhet", "Om ensamhet.");
        reviews.save(me, fixtures.assign(c, me, theirs), ReviewKind.REVIEW, REVIEW, -1, true, Language.EN);

        Map<String, byte[]> files = unzip(export.zip(me));
        assertEquals(List.of("account.json", "pdf/" + mine + "-delaktighet.pdf", "submissions.json", "reviews.json",
                "registrations.json", "mails.json", "log.json"), List.copyOf(files.keySet()));

        JsonObject account = object(files.get("account.json"));
        assertEquals(me.email(), account.getString("email"));
        assertEquals("Liisa Korhonen", account.getString("name"));
        assertEquals(1, account.getInt("format"));
        assertTrue(account.getJsonArray("roles").toString().contains("REVIEWER"), account.toString());

        JsonArray subs = array(files.get("submissions.json"));
        assertEquals(1, subs.size());
        assertEquals("Ungdomars delaktighet", subs.getJsonObject(0).getString("title"));
        assertEquals("pdf/" + mine + "-delaktighet.pdf", subs.getJsonObject(0).getString("pdf"));
        assertArrayEquals(pdf, files.get("pdf/" + mine + "-delaktighet.pdf"));

        JsonArray written = array(files.get("reviews.json"));
        assertEquals(1, written.size());
        assertEquals("Äldres ensamhet", written.getJsonObject(0).getString("title"));
        assertEquals("Tydlig och nyttig.", written.getJsonObject(0).getString("toAuthors"));
        String reviewsText = new String(files.get("reviews.json"), StandardCharsets.UTF_8);
        assertFalse(reviewsText.contains("Gunnar Berg") || reviewsText.contains(other.email()),
                "the reviewer's own data does not name the authors she reviewed: " + reviewsText);

        assertTrue(array(files.get("mails.json")).size() >= 1, "the receipt of her submission");
        assertTrue(array(files.get("mails.json")).toString().contains(me.email()));
        String log = array(files.get("log.json")).toString();
        assertTrue(log.contains("SUBMISSION_SUBMITTED") && log.contains("REVIEW_SUBMITTED") && log.contains("ROLE_GRANTED"), log);
        assertTrue(log.contains("\"by\":\"you\"") && log.contains("\"by\":\"someone else\""), log);
        assertFalse(log.contains(c.chair().name()), "other people are not named: " + log);
        assertEquals(0, array(files.get("registrations.json")).size());
    }

    @Test
    void aVisitorHasNothingAndATokenForOneConferenceMayNotTakeEverything() {
        Fixtures.Conference c = fixtures.conference("it-data", true, false);
        assertEquals("auth.required", assertThrows(DomainException.class, () -> export.zip(Actor.VISITOR)).violations()
                .get(0).messageKey());
        Actor bound = new Actor(c.chair().accountId(), c.chair().email(), c.chair().name(), c.chair().groups(),
                new Access(c.id(), false, true));
        assertEquals("auth.forbidden", assertThrows(DomainException.class, () -> export.zip(bound)).violations().get(0)
                .messageKey());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static JsonObject object(byte[] json) {
        return Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8))).readObject();
    }

    private static JsonArray array(byte[] json) {
        return Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8))).readArray();
    }
}
