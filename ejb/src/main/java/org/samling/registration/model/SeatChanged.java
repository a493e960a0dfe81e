package org.samling.registration.model;

import org.samling.i18n.Language;

/** A seat freed up and went to the first on the waiting list: they are told. */
public record SeatChanged(Long conferenceId, String email, String name, Language language, String conferenceName,
        String session, String when, String manageUrl) {
}
