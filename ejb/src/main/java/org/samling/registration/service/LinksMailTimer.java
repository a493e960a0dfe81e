package org.samling.registration.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

import java.util.logging.Logger;

/**
 * Sends the virtual rooms' links on the chairs' dates: every minute it asks for the mailings that
 * are due. Not persistent, so every node runs it; the settings row's version makes one node's
 * sending win and the other's roll back (its mails with it), so each participant gets one mail.
 */
@Singleton
public class LinksMailTimer {

    private static final Logger LOG = Logger.getLogger(LinksMailTimer.class.getName());

    @EJB
    RegistrationLinks links;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void sendDue() {
        try {
            int sent = links.sendDueLinks();
            if (sent > 0) {
                LOG.info(() -> sent + " participants sent their virtual rooms' links.");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Links mail not sent this minute: " + e);
        }
    }
}
