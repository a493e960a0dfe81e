package org.samling.security;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samling.browser.Browser;
import org.samling.browser.Http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who gets what, over HTTP against the running server: each role (visitor, author, assigned
 * reviewer, another reviewer, conflicted reviewer, chair, chair of another conference) against the
 * review pages and API, the bidding API, the PDFs and the chair's pages; every status is the one the
 * policy promises. Every answer a committee member gets (HTML, JSON, PDF text and properties) is
 * searched for any author's name, address or affiliation.
 */
class AuthorisationMatrixIT {

    private static final String VISITOR = "visitor";
    private static final String KARIN = "author2@samling.example";
    private static final String ASA = "reviewer1@samling.example";
    private static final String SANNA = "reviewer3@samling.example";
    private static final String LARS = "reviewer2@samling.example";
    private static final String METTE = "chair@samling.example";
    private static final String BJORN = "chair2026@samling.example";
    private static final List<String> ROLES = List.of(VISITOR, KARIN, ASA, SANNA, LARS, METTE, BJORN);
    private static final List<String> COMMITTEE = List.of(ASA, SANNA, LARS);

    /** Every author of a demo submission: name, address, affiliation. */
    private static final List<String> IDENTITIES = List.of("Søren Højgaard", "Maja Østergaard", "Karin Ekström",
            "Emily Carter", "Johan Nilsson", "Stockholms universitet", "Københavns Professionshøjskole",
            "University of Gothenburg", "University of Edinburgh", "author1@samling.example", "author2@samling.example",
            "author3@samling.example", "maja.ostergaard@kp.example", "johan.nilsson@gu.example");

    private static final Map<String, HttpClient> SESSIONS = new LinkedHashMap<>();
    private static Long asaOnWorkshop;
    private static Long workshop;
    private static Long paper;

    @BeforeAll
    static void logIn() {
        for (String role : ROLES) {
            HttpClient client = role.equals(VISITOR)
                    ? HttpClient.newBuilder().cookieHandler(new CookieManager()).build()
                    : Http.session(role, "samling-demo");
            SESSIONS.put(role, client);
        }
        String mine = new String(get(ASA, "/api/reviews/nsw2027").body(), StandardCharsets.UTF_8);
        Matcher w = Pattern.compile("\"assignmentId\":(\\d+)[^}]*?\"submissionId\":(\\d+)[^}]*?\"title\":\"Tillit i mötet")
                .matcher(mine);
        assertTrue(w.find(), mine);
        asaOnWorkshop = Long.valueOf(w.group(1));
        workshop = Long.valueOf(w.group(2));
        Matcher p = Pattern.compile("\"submissionId\":(\\d+)[^}]*?\"title\":\"Når familien").matcher(mine);
        assertTrue(p.find(), mine);
        paper = Long.valueOf(p.group(1));
    }

    private static HttpResponse<byte[]> send(HttpClient client, HttpRequest.Builder b) {
        try {
            return client.send(b.header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<byte[]> get(String role, String path) {
        return send(SESSIONS.get(role), HttpRequest.newBuilder(URI.create(Browser.BASE + path)).header("Accept",
                path.startsWith("/api/") ? "application/json" : "text/html,application/pdf"));
    }

    /** Asks every role for the path; expected statuses in the order of {@link #ROLES}. */
    private static void row(List<String> failures, String path, int... expected) {
        for (int i = 0; i < ROLES.size(); i++) {
            String role = ROLES.get(i);
            HttpResponse<byte[]> r = get(role, path);
            if (r.statusCode() != expected[i]) {
                failures.add(path + " as " + role + ": " + r.statusCode() + ", expected " + expected[i]);
            }
            if (r.statusCode() == 200 && COMMITTEE.contains(role)) {
                String leak = leak(r);
                if (leak != null) {
                    failures.add(path + " as " + role + " shows " + leak);
                }
            }
        }
    }

    /** The first author identity the answer carries, in its text (a PDF's text and properties), or null. */
    private static String leak(HttpResponse<byte[]> r) {
        String text;
        if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf")) {
            try (PDDocument pdf = Loader.loadPDF(r.body())) {
                PDDocumentInformation info = pdf.getDocumentInformation();
                text = new PDFTextStripper().getText(pdf) + " " + info.getAuthor() + " " + info.getTitle() + " "
                        + info.getCreator() + " " + info.getSubject() + " " + info.getKeywords();
            } catch (IOException e) {
                return "an unreadable PDF";
            }
        } else {
            text = new String(r.body(), StandardCharsets.UTF_8);
        }
        return IDENTITIES.stream().filter(text::contains).findFirst().orElse(null);
    }

    @Test
    void everyRoleGetsExactlyWhatThePolicySaysAndNoReviewerAnAuthor() {
        List<String> failures = new ArrayList<>();
        //                                                          visitor karin asa sanna lars mette bjorn
        row(failures, "/reviewer/review.xhtml?a=" + asaOnWorkshop, 302, 403, 200, 404, 404, 403, 403);
        row(failures, "/api/reviews/assignments/" + asaOnWorkshop, 401, 404, 200, 404, 404, 404, 404);
        row(failures, "/reviewer/reviews.xhtml?c=nsw2027", 302, 403, 200, 200, 200, 403, 403);
        row(failures, "/api/reviews/nsw2027", 401, 403, 200, 200, 200, 403, 403);
        row(failures, "/reviewer/bids.xhtml?c=nsw2027", 302, 403, 200, 200, 200, 403, 403);
        row(failures, "/api/bidding/nsw2027", 401, 403, 200, 200, 200, 403, 403);
        // Søren's clean PDF: the reviewers' copy for the committee, the original for the chair.
        row(failures, "/pdf/" + paper, 404, 404, 200, 200, 200, 200, 404);
        // Karin's PDF names her: her own and the chair's, never a reviewer's.
        row(failures, "/pdf/" + workshop, 404, 200, 404, 404, 404, 200, 404);
        // A submission through the API (as the README says): its owner and its chairs, authors included.
        row(failures, "/api/submissions/" + workshop, 404, 200, 404, 404, 404, 200, 404);
        row(failures, "/chair/assignments.xhtml?c=nsw2027", 302, 403, 403, 403, 403, 200, 403);
        row(failures, "/chair/review-form.xhtml?c=nsw2027", 302, 403, 403, 403, 403, 200, 403);
        row(failures, "/chair/conflicts.xhtml?c=nsw2027", 302, 403, 403, 403, 403, 200, 403);
        row(failures, "/chair/submissions.xhtml?c=nsw2027", 302, 403, 403, 403, 403, 200, 403);
        row(failures, "/chair/decisions.xhtml?c=nsw2027", 302, 403, 403, 403, 403, 200, 403);
        row(failures, "/chair/export?c=nsw2027&format=csv", 302, 403, 403, 403, 403, 200, 403);
        row(failures, "/chair/auto-assign.xhtml?c=nsw2027", 302, 403, 403, 403, 403, 200, 403);
        row(failures, "/chair/progress.xhtml?c=nsw2027", 302, 403, 403, 403, 403, 200, 403);
        row(failures, "/chair/templates.xhtml?c=nsw2027", 302, 403, 403, 403, 403, 200, 403);
        // The audit log: a conference's for its chairs, the site's for admins only.
        row(failures, "/chair/log.xhtml?c=nsw2027", 302, 403, 403, 403, 403, 200, 403);
        row(failures, "/chair/log-export?c=nsw2027", 302, 403, 403, 403, 403, 200, 403);
        row(failures, "/admin/log.xhtml", 302, 403, 403, 403, 403, 403, 403);
        row(failures, "/admin/log-export", 302, 403, 403, 403, 403, 403, 403);
        // Search: every committee answer is checked for author names; outside the committee only the programme.
        String words = "?c=nsw2027&q=socialr%C3%A5dgiver+OR+socialtj%C3%A4nst+OR+Ekstr%C3%B6m+OR+H%C3%B8jgaard";
        row(failures, "/search.xhtml" + words, 200, 200, 200, 200, 200, 200, 200);
        row(failures, "/api/search/nsw2027" + words.replace("?c=nsw2027&", "?"), 200, 200, 200, 200, 200, 200, 200);
        row(failures, "/chair/submission.xhtml?id=" + paper, 302, 403, 403, 403, 403, 200, 403);
        row(failures, "/api/search/similar/" + paper, 404, 404, 404, 404, 404, 200, 404);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theProgrammeIsEditedByItsChairsAndReadByEveryoneOncePublished() {
        List<String> failures = new ArrayList<>();
        //                                                          visitor karin asa sanna lars mette bjorn
        row(failures, "/chair/programme.xhtml?c=nsw2026", 302, 403, 403, 403, 403, 200, 200);
        row(failures, "/chair/programme.xhtml?c=nsw2027", 302, 403, 403, 403, 403, 200, 403);
        // Nothing published for nsw2027: its programme page says so and shows no author to anyone.
        row(failures, "/c/nsw2027/program", 200, 200, 200, 200, 200, 200, 200);
        row(failures, "/c/nsw2027/program.pdf", 404, 404, 404, 404, 404, 404, 404);
        row(failures, "/c/nsw2027/program.json", 404, 404, 404, 404, 404, 404, 404);
        // Published is public, authors included (no longer blind): no leak check on these.
        for (String path : List.of("/c/nsw2026/program", "/c/nsw2026/program.pdf", "/c/nsw2026/abstracts.pdf",
                "/c/nsw2026/program.ics", "/c/nsw2026/program.json")) {
            for (String role : ROLES) {
                int status = get(role, path).statusCode();
                if (status != 200) {
                    failures.add(path + " as " + role + ": " + status + ", expected 200");
                }
            }
        }
        row(failures, "/chair/registrations.xhtml?c=nsw2026", 302, 403, 403, 403, 403, 200, 200);
        row(failures, "/chair/registrations.xhtml?c=nsw2027", 302, 403, 403, 403, 403, 200, 403);
        row(failures, "/c/nsw2026/register", 200, 200, 200, 200, 200, 200, 200);
        row(failures, "/c/nsw2026/registration/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 404, 404, 404, 404, 404, 404, 404);
        row(failures, "/c/nsw2026/program/999999999", 404, 404, 404, 404, 404, 404, 404);
        row(failures, "/c/nsw2026/session/999999999.ics", 404, 404, 404, 404, 404, 404, 404);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aTokenActsAsItsOwnerNoFurtherThanItsScopeItsConferenceAndItsLife() {
        // Mette chairs nsw2027 and nsw2026; her token for nsw2026 is no chair's in nsw2027.
        String only2026 = Http.token(METTE, "samling-demo", "read_write", "nsw2026");
        HttpResponse<String> there = Http.send(Http.bearer(Http.request("/api/search/nsw2026?q="), only2026));
        assertTrue(there.statusCode() == 200 && there.body().contains("\"authors\":["), there.body());
        HttpResponse<String> elsewhere = Http.send(Http.bearer(Http.request("/api/search/nsw2027?q="), only2026));
        assertTrue(elsewhere.body().contains("search.programmeOnly") && !elsewhere.body().contains("\"authors\""),
                elsewhere.body());
        assertEquals(404, Http.send(Http.bearer(Http.request("/api/search/similar/" + paper), only2026)).statusCode());

        // Karin's read token reads her submissions and changes nothing, not even her profile.
        String read = Http.token(KARIN, "samling-demo", "read", null);
        assertEquals(200, Http.send(Http.bearer(Http.request("/api/submissions"), read)).statusCode());
        HttpResponse<String> write = Http
                .send(Http.bearer(Http.request("/api/me"), read).header("Content-Type", "application/json")
                        .PUT(Http.json("{\"name\":\"Karin Ekström\",\"language\":\"sv\"}")));
        assertEquals(403, write.statusCode(), write.body());
        assertTrue(write.body().contains("\"code\":\"token.readOnly\""), write.body());

        // Revoked from her session, it opens nothing any more.
        HttpClient karin = Http.session(KARIN, "samling-demo");
        String list = Http.send(karin, Http.request("/api/me/tokens")).body();
        String entry = Pattern.compile("\\{[^{}]*\\}").matcher(list).results().map(MatchResult::group)
                .filter(o -> o.contains("\"prefix\":\"" + read.substring(0, 10) + "\"")).findFirst().orElseThrow();
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(entry);
        assertTrue(id.find(), entry);
        assertEquals(204, Http.send(karin, Http.request("/api/me/tokens/" + id.group(1)).header("Origin", Browser.BASE).DELETE())
                .statusCode());
        HttpResponse<String> after = Http.send(Http.bearer(Http.request("/api/submissions"), read));
        assertEquals(401, after.statusCode(), after.body());
    }
}
