package org.samling.lifecycle;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;
import org.samling.browser.Http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Søren finds "Dine data" on his profile and downloads everything Samling holds about him: his
 * account, his submissions with the PDF he sent, the mails he got. The API gives the same ZIP to
 * his token; a visitor gets none.
 */
class PersonalDataBrowserIT {

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                files.put(e.getName(), e.getName().endsWith(".pdf")
                        ? new String(data, 0, 5, StandardCharsets.ISO_8859_1)
                        : new String(data, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void sorenDownloadsHisDataFromHisProfile() throws Exception {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "author1@samling.example", "samling-demo");
            b.open("/author/profile.xhtml");
            assertEquals("Dine data", b.text("#my-data-heading"));
            b.assertAccessible();
            String href = b.find("#my-data-download").getAttribute("href");
            Cookie session = b.driver().manage().getCookieNamed("JSESSIONID");
            HttpResponse<byte[]> got = HttpClient.newHttpClient().send(Http.request(href)
                    .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, got.statusCode());
            assertEquals("application/zip", got.headers().firstValue("Content-Type").orElse(""));
            Map<String, String> files = unzip(got.body());
            assertTrue(files.get("account.json").replace(" ", "").contains("\"email\":\"author1@samling.example\""),
                    files.get("account.json"));
            assertTrue(files.get("submissions.json").contains("Søren Højgaard"), files.get("submissions.json"));
            assertTrue(files.keySet().stream().anyMatch(n -> n.startsWith("pdf/") && "%PDF-".equals(files.get(n))),
                    files.keySet().toString());
            assertTrue(files.get("mails.json").contains("author1@samling.example"), "his receipts");
            assertTrue(files.get("log.json").contains("SUBMISSION_SUBMITTED"), files.get("log.json"));
        }
    }

    @Test
    void theApiGivesTheSameZipToAToken() throws Exception {
        HttpResponse<byte[]> got = HttpClient.newHttpClient().send(Http.as(Http.request("/api/me/data"),
                "author2@samling.example", "samling-demo").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, got.statusCode());
        assertTrue(unzip(got.body()).get("account.json").contains("Karin Ekström"));
        assertEquals(401, Http.get("/api/me/data").statusCode());
    }
}
