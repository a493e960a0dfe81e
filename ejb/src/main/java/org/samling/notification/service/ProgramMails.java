package org.samling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.i18n.Messages;
import org.samling.program.model.ProgramPublished;

/** Tells each presenter, in their language, what a new release of the programme changed for their contribution. */
@ApplicationScoped
public class ProgramMails {

    @Inject
    OutboxService outbox;
    @Inject
    MailSettings settings;

    void on(@Observes ProgramPublished e) {
        String link = settings.baseUrl() + "/c/" + e.acronym() + "/program";
        for (ProgramPublished.Notice n : e.notices()) {
            String what = Messages.get(n.language(), "program.change." + n.change().kind().name(),
                    n.change().title(), n.change().from(), n.change().to());
            outbox.enqueue(n.email(), n.language(), "programChanged", e.conferenceId(), n.name(), n.change().title(),
                    e.conferenceName(), what, link, e.release());
        }
    }
}
