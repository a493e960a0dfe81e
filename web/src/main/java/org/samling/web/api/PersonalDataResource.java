package org.samling.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.samling.lifecycle.service.PersonalDataExport;
import org.samling.web.support.CurrentUser;

/** GET /api/me/data: all Samling holds about the caller, as the ZIP the profile page downloads. */
@Path("/me/data")
public class PersonalDataResource {

    @Inject
    PersonalDataExport export;
    @Inject
    CurrentUser currentUser;

    @GET
    @Produces("application/zip")
    public Response zip() {
        return Response.ok(export.zip(currentUser.actor())).header("Content-Disposition",
                "attachment; filename=\"samling-my-data.zip\"").header("Cache-Control", "private, no-store").build();
    }
}
