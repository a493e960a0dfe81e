package org.samling.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The archive the integration tests run in: every class and resource of the ejb module (so the
 * real persistence unit, Flyway migrations, bundles and start-up beans), the tests themselves,
 * and the libraries the EAR carries in lib/.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive samling() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "samling-it.war")
                .addPackages(true, "org.samling")
                // As the ejb jar's manifest says in the EAR: OR-Tools, Lucene, the search backends and the outbox come from server modules.
                .setManifest(new StringAsset(
                        "Manifest-Version: 1.0\nDependencies: " + System.getProperty("samling.it.modules") + "\n"));
        Path resources = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(resources)) {
            files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".class")).forEach(p -> {
                String name = resources.relativize(p).toString().replace(File.separatorChar, '/');
                if (name.equals("META-INF/beans.xml")) {
                    war.addAsWebInfResource(p.toFile(), "beans.xml");
                } else {
                    war.addAsResource(p.toFile(), name);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        File libs = new File(System.getProperty("samling.it.libs", "target/it-libs"));
        File[] jars = libs.listFiles((d, n) -> n.endsWith(".jar"));
        if (jars != null) {
            war.addAsLibraries(jars);
        }
        return war;
    }

    /** An address nobody else uses, so each test has its own accounts. */
    public static String uniqueEmail(String local) {
        return local + "." + System.nanoTime() + "@it.samling.example";
    }
}
