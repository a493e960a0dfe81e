package org.samling.platform;

import org.junit.jupiter.api.Test;
import org.samling.browser.Http;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What operations and load balancers ask of a node: readiness, liveness, the API description. */
class PlatformApiIT {

    @Test
    void theApplicationReportsEachReadinessCheck() {
        HttpResponse<String> r = Http.get("/health/ready");
        assertEquals(200, r.statusCode());
        assertEquals("{\"status\":\"UP\",\"checks\":{\"schema\":\"UP\",\"startup\":\"UP\",\"database\":\"UP\"}}", r.body());
        assertEquals(200, Http.get("/health/live").statusCode());
    }

    @Test
    void microProfileHealthOnTheManagementPortSeesTheDeploymentReady() {
        HttpResponse<String> r = Http.get("http://localhost:9990/health/ready");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("{\"status\":\"UP\""), r.body());
        // WildFly names the EAR's readiness check after one of its modules, not always the same one
        // (seen: samling-web.war in most runs, samling-ejb.jar in one).
        assertTrue(Pattern.compile("\"ready-deployment\\.samling\\.ear\\.samling-(web\\.war|ejb\\.jar)\",\"status\":\"UP\"")
                .matcher(r.body()).find(), r.body());
    }

    @Test
    void openApiDescribesTheJsonApi() {
        HttpResponse<String> r = Http.get("/openapi");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("title: Samling API"), r.body());
        for (String path : new String[]{"/api/me:", "/api/accounts:", "/api/conferences/open:", "/api/conferences/{acronym}:"}) {
            assertTrue(r.body().contains(path), "OpenAPI lacks " + path);
        }
    }
}
