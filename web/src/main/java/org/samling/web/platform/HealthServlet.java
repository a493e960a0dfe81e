package org.samling.web.platform;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.samling.platform.Readiness;

import java.io.IOException;
import java.util.Map;

/**
 * /health/live answers 200 while the application is deployed; /health/ready answers 200 with
 * each check once the schema is migrated, start-up is done and the database answers, else 503.
 * Shaped like MicroProfile Health's answer. WildFly's MicroProfile Health (management port 9990,
 * /health/ready) reports the deployment ready only after these start-up beans finished, but it
 * does not run application checks from an EAR's subdeployments (WFLY-12835), so the checks
 * themselves are reported here, on the public port.
 */
@WebServlet(urlPatterns = {"/health/live", "/health/ready"})
public class HealthServlet extends HttpServlet {

    @EJB
    Readiness readiness;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        boolean ready = true;
        JsonObjectBuilder checks = Json.createObjectBuilder();
        if (req.getServletPath().endsWith("/ready")) {
            Map<String, Boolean> all = readiness.checks();
            for (var e : all.entrySet()) {
                checks.add(e.getKey(), e.getValue() ? "UP" : "DOWN");
                ready &= e.getValue();
            }
        }
        res.setStatus(ready ? 200 : 503);
        res.setContentType("application/json;charset=UTF-8");
        res.setHeader("Cache-Control", "no-store");
        res.getWriter().write(Json.createObjectBuilder().add("status", ready ? "UP" : "DOWN")
                .add("checks", checks).build().toString());
    }
}
