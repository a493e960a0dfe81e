package org.samling.decision;

import jakarta.annotation.Resource;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.support.Deployments;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A decision mail a chair saved with positional placeholders, before they had names, reads the
 * same after the migration, on H2 and on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class NamedPlaceholdersMigrationIT {

    private static final String WHERE = " where kind = 'decisionWaitlist' and language = 'NB'"
            + " and conference_id = (select id from conference where acronym = 'nsw2026')";

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Resource(lookup = "java:jboss/datasources/SamlingDS")
    DataSource dataSource;

    @Test
    void aTemplateSavedWithNumbersGetsTheNamesAndKeepsItsApostrophes() throws Exception {
        String migration;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/migration/V16__named_placeholders.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("--"))
                    .collect(Collectors.joining("\n")).replace(";", "");
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("delete from notification_template" + WHERE);
            try (PreparedStatement insert = c.prepareStatement("insert into notification_template"
                    + " (conference_id, kind, language, subject, body, version)"
                    + " select id, 'decisionWaitlist', 'NB', ?, ?, 0 from conference where acronym = 'nsw2026'")) {
                insert.setString(1, "{7}Venteliste: {1}");
                insert.setString(2, "Kjære {0}, \"{1}\" står på venteliste til {2} ({3}); it's {5}.\n{4}\n{6}");
                assertEquals(1, insert.executeUpdate());
            }
            st.executeUpdate(migration);
            try (ResultSet rs = st.executeQuery("select subject, body from notification_template" + WHERE)) {
                assertTrue(rs.next());
                assertEquals("{correction}Venteliste: {title}", rs.getString(1));
                assertEquals("Kjære {author}, \"{title}\" står på venteliste til {conference} ({acceptedAs}); it's {deadline}.\n"
                        + "{comments}\n{link}", rs.getString(2));
            }
            st.executeUpdate("delete from notification_template" + WHERE);
        }
    }
}
