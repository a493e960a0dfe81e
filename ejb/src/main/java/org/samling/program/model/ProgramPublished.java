package org.samling.program.model;

import org.samling.i18n.Language;

import java.util.List;

/**
 * A release went out: who to tell what (the presenters of the submissions it added, moved,
 * cancelled or changed), fired in the publishing transaction so the mails are queued with it.
 */
public record ProgramPublished(Long conferenceId, String acronym, String conferenceName, int release,
        List<Notice> notices) {

    /** One presenter's news about one submission. */
    public record Notice(String email, String name, Language language, Change change) {
    }
}
