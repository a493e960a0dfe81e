package org.samling.registration.model;

import org.samling.i18n.Language;

/** The virtual rooms' links for one participant, on the date the chair set. */
public record LinksDue(Long conferenceId, String email, String name, Language language, String conferenceName, String links,
        String manageUrl) {
}
