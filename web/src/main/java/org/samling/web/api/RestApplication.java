package org.samling.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API lives under /api; WildFly's MicroProfile OpenAPI describes it at /openapi.
 * Log in with HTTP Basic; keep the session cookie after that.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Samling API", version = "1",
        description = "Calls for papers and abstract review. Refusals answer 4xx with a JSON body naming the field."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
