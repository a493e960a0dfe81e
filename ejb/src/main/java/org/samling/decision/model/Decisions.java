package org.samling.decision.model;

import java.util.List;
import java.util.Optional;

/** Where decisions are kept. */
public interface Decisions {

    Optional<Decision> of(Long submissionId);

    List<Decision> ofConference(Long conferenceId);

    Decision add(Decision decision);

    List<NotificationTemplate> templatesOf(Long conferenceId);

    NotificationTemplate add(NotificationTemplate template);

    void remove(NotificationTemplate template);
}
