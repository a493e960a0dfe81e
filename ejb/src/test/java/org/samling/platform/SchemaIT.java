package org.samling.platform;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
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
    @Resource(lookup = "java:jboss/datasources/SamlingDS")
    DataSource dataSource;
    @Inject
    Readiness readiness;
    @Inject
    SchemaMigration migration;

    @Test
    void flywayMigratedToTheLatestMigrationAndTheMappingsMatchTheSchema() {
        MigrationInfoService info = Flyway.configure(SchemaMigration.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").load().info();
        MigrationInfo[] all = info.all();
        assertEquals(all[all.length - 1].getVersion().getVersion(), migration.version(), "the newest migration is applied");
        assertEquals(0, info.pending().length);
        SessionFactory sf = em.getEntityManagerFactory().unwrap(SessionFactory.class);
        assertDoesNotThrow(() -> sf.getSchemaManager().validateMappedObjects());
    }

    @Test
    void theNodeReportsReadyWithEveryCheckUp() {
        assertTrue(readiness.ready(), readiness.checks().toString());
        assertEquals(3, readiness.checks().size());
    }
}
