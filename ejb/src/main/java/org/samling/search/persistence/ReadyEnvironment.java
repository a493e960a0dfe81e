package org.samling.search.persistence;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.search.mapper.orm.spi.EnvironmentSynchronizer;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Starts Hibernate Search as soon as Hibernate ORM is up. Why: with the persistence unit in the
 * ejb jar of an EAR, WildFly's integration makes Hibernate Search wait for a "CDI is ready" signal
 * that never comes in that layout (HSEARCH800001, seen on this stack; the same code in a plain WAR
 * starts). Nothing in the index mapping needs CDI (binders and the analysis configurer are built by
 * constructor), so reporting the environment ready at once is safe. The other way out, bundling
 * Hibernate Search ourselves, would leave WildFly's own modules unused. Registered through
 * META-INF/services.
 */
public class ReadyEnvironment implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder builder) {
        builder.addService(EnvironmentSynchronizer.class, new EnvironmentSynchronizer() {

            @Override
            public void whenEnvironmentReady(Runnable callback) {
                callback.run();
            }

            @Override
            public void whenEnvironmentDestroying(Runnable callback) {
                // Not needed: Hibernate Search also shuts down when the session factory closes
                // (whichever comes first), which is when WildFly stops the persistence unit.
            }
        });
    }
}
