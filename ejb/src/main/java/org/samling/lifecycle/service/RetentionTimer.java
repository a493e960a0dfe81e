package org.samling.lifecycle.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.samling.lifecycle.model.RetentionPolicy;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Once an hour, does what the conferences' retention policies make due. Not persistent, so every
 * node runs it; each policy is worked under its row's lock and its steps are recorded, so a second
 * node finds nothing left to do.
 */
@Singleton
public class RetentionTimer {

    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

    @EJB
    RetentionService retention;
    @Inject
    Clock clock;

    @Schedule(minute = "41", hour = "*", persistent = false)
    void run() {
        for (Long conferenceId : retention.pending()) {
            try {
                var step = retention.runFor(conferenceId, clock.instant());
                if (step != RetentionPolicy.Step.NOTHING) {
                    LOG.info(() -> "Retention of conference " + conferenceId + ": " + step);
                }
            } catch (RuntimeException e) {
                LOG.warning(() -> "Retention of conference " + conferenceId + " not done this hour: " + e);
            }
        }
    }
}
