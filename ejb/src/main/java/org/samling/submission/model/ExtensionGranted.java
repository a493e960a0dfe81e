package org.samling.submission.model;

import org.samling.i18n.Language;

import java.time.Instant;
import java.time.ZoneId;

/** A chair gave one submission more time; the owner is told until when (in their language). */
public record ExtensionGranted(Long submissionId, Long conferenceId, String conferenceName, String title,
        String ownerEmail, String ownerName, Language ownerLanguage, Instant until, ZoneId zone) {
}
