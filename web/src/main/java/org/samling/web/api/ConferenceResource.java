package org.samling.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.shared.DomainException;

import java.util.List;

/** Public, no log-in: open calls and a conference's public data. */
@Path("/conferences")
@Produces(MediaType.APPLICATION_JSON)
public class ConferenceResource {

    @Inject
    ConferenceService conferenceService;
    @Context
    HttpHeaders headers;

    /** A conference as the API shows it; instants in ISO-8601 UTC, days as dates. */
    public record PublicConference(String acronym, String name, String venue, String timeZone, String firstDay,
            String lastDay, String description, String opensAt, String deadline,
            String closesAt, String phase) {

        static PublicConference of(ConferenceView c) {
            return new PublicConference(c.acronym(), c.name(), c.venue(), c.zone().getId(), String.valueOf(c.firstDay()),
                    String.valueOf(c.lastDay()), c.description(), str(c.opensAt()), str(c.deadline()),
                    str(c.closesAt()), c.phase().name());
        }

        private static String str(Object o) {
            return o == null ? null : o.toString();
        }
    }

    @GET
    @Path("open")
    public List<PublicConference> open() {
        return conferenceService.openCalls(ApiLanguage.of(headers)).stream().map(PublicConference::of).toList();
    }

    /** The call: tracks and types with their ids (to submit through the API), limits, PDF policy. */
    @GET
    @Path("{acronym}/call")
    public CallDetails call(@PathParam("acronym") String acronym) {
        return conferenceService.callDetails(acronym, ApiLanguage.of(headers))
                .orElseThrow(() -> new DomainException("acronym", "conference.notFound"));
    }

    @GET
    @Path("{acronym}")
    public PublicConference one(@PathParam("acronym") String acronym) {
        return conferenceService.byAcronym(acronym, ApiLanguage.of(headers)).map(PublicConference::of)
                .orElseThrow(() -> new DomainException("acronym", "conference.notFound"));
    }
}
