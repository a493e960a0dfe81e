package org.samling.platform;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.support.Deployments;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema Flyway builds is the one the entities expect, on H2 and on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Readiness readiness;
    @Inject
    SchemaMigration migration;

    @Test
    void flywayMigratedAndTheMappingsMatchTheSchema() {
        assertEquals("13", migration.version());
        SessionFactory sf = em.getEntityManagerFactory().unwrap(SessionFactory.class);
        assertDoesNotThrow(() -> sf.getSchemaManager().validateMappedObjects());
    }

    @Test
    void theNodeReportsReadyWithEveryCheckUp() {
        assertTrue(readiness.ready(), readiness.checks().toString());
        assertEquals(3, readiness.checks().size());
    }
}
