package org.samling.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.shared.Environment;

/**
 * The start of the application on a node: once the schema is migrated, the start-up work of the
 * contexts runs (observers of {@link ApplicationStarting}, in one transaction), then the node says
 * it is ready. Nothing here knows what that work is.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "Readiness"})
public class StartupSequence {

    @EJB
    Readiness readiness;
    @Inject
    Event<ApplicationStarting> starting;

    @PostConstruct
    void start() {
        starting.fire(new ApplicationStarting(Environment.flag("SAMLING_DEMO")));
        readiness.startupDone();
    }
}
