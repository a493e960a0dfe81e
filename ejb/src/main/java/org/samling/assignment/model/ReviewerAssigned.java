package org.samling.assignment.model;

import org.samling.i18n.Language;

import java.util.List;

/**
 * Fired once per reviewer who got new submissions from an applied plan, for the mail that tells
 * them. It carries titles only: what a reviewer is told never names an author.
 */
public record ReviewerAssigned(Long conferenceId, String acronym, String conferenceName, String email, String name,
        Language language, List<String> titles) {
}
