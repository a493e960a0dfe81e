package org.samling.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API lives under /api; WildFly's MicroProfile OpenAPI describes it at /openapi. Scripts
 * send a personal token (Authorization: Bearer), made on the Security page or with
 * POST /api/session then POST /api/me/tokens; Samling's own pages use their session.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Samling API", version = "1", description = "Calls for papers and abstract review. Refusals answer 4xx with a JSON body naming the field."), security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", description = "A personal token (sam_...) made on the Security page of one's profile, or with POST /api/me/tokens "
        + "after POST /api/session. It acts as its owner through the same rules, read-only or read-write, "
        + "for one conference or all; HTTP Basic is not accepted.")
public class RestApplication extends Application {
}
