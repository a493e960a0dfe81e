package org.samling.conference.model;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a public page shows of a conference and its call, in the reader's language. A record:
 * EL reads it with accessor calls, e.g. {@code #{c.name()}}.
 */
public record ConferenceView(Long id, String acronym, String name, String venue, ZoneId zone,
        LocalDate firstDay, LocalDate lastDay, String description,
        Instant opensAt, Instant deadline, Instant closesAt, CallPhase phase) implements Serializable {
}
