package org.samling.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether this node can serve: the schema is migrated, start-up work is done, and the database
 * answers now. The readiness page reports these checks one by one.
 */
@Singleton
@Lock(LockType.READ)
public class Readiness {

    @Resource(lookup = "java:jboss/datasources/SamlingDS")
    DataSource dataSource;
    @EJB
    SchemaMigration schema;

    private volatile boolean startupDone;

    public void startupDone() {
        startupDone = true;
    }

    /** Each check by name: true when it passes. */
    public Map<String, Boolean> checks() {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        checks.put("schema", schema.version() != null);
        checks.put("startup", startupDone);
        checks.put("database", databaseAnswers());
        return checks;
    }

    public boolean ready() {
        return checks().values().stream().allMatch(Boolean::booleanValue);
    }

    private boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
