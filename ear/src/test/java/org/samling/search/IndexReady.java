package org.samling.search;

import org.samling.browser.Http;

import java.net.http.HttpResponse;

/**
 * Waits until the server's index holds the demo submissions. The embedded index has them when the
 * server is ready; on OpenSearch the demo data written at start-up is indexed through the outbox a
 * moment later, and the searches below must not run before.
 */
final class IndexReady {

    private IndexReady() {
    }

    static void await() throws InterruptedException {
        String body = "";
        for (int i = 0; i < 240; i++) {
            HttpResponse<String> r = Http.send(Http.as(Http.request("/api/search/nsw2027?q="), "chair@samling.example",
                    "samling-demo"));
            body = r.body();
            if (r.statusCode() == 200 && !body.contains("\"total\":0")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the demo submissions were not indexed within 60 s: " + body);
    }
}
