package org.samling.registration.model;

import org.samling.i18n.Language;

/**
 * Someone registered, changed their picks, or the allocation gave them their seats: they get the
 * confirmation with their personal programme and its calendar, queued with the change.
 */
public record Registered(Long conferenceId, String email, String name, Language language, String conferenceName,
        String programme, String manageUrl, String calendar, boolean changed) {
}
