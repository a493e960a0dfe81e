package org.samling.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives under /api. Log in with HTTP Basic; keep the session cookie after that. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
