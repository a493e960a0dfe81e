package org.samling.platform;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An author's node dies under her form: on the two clustered nodes of {@code bench/cluster.sh},
 * behind HAProxy, she saves a draft, the node that holds her session is killed with kill -9, and she
 * goes on in the page she has open. The next save lands on the other node, finds her session and the
 * form's view state there, and is stored: no log-in page, no expired page, nothing lost. Not part of
 * the suite (it needs the cluster): {@code bash bench/cluster.sh test} starts the cluster, runs it,
 * and stops everything.
 */
class FailoverClusterIT {

    /** Where bench/cluster.sh keeps each node's JVM pid (node-a.jvm, node-b.jvm). */
    private static final Path CLUSTER = Path.of(System.getProperty("samling.cluster.dir", "target/cluster"));

    @Test
    void anAuthorGoesOnLoggedInWhenHerNodeDies() throws Exception {
        String before = "Før noden faldt " + UUID.randomUUID().toString().substring(0, 8);
        String after = "Efter noden faldt " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "author3@samling.example", "samling-demo");
            b.open("/author/submission.xhtml?c=nsw2027");
            b.type("submission:title", before);
            b.click(Browser.id("submission:save"));
            String draft = b.path();
            assertTrue(draft.startsWith("/author/submission.xhtml?id="), draft);
            String node = nodeOf(b);

            kill(node);

            // The same page, opened before the kill: its next request reaches the other node.
            b.type("submission:title", after);
            b.click(Browser.id("submission:save"));
            assertTrue(b.text("#messages").contains("Your draft is saved"), b.pageText());
            assertEquals(draft, b.path(), "still on the draft, not sent to the log-in page");
            assertNotEquals(node, nodeOf(b), "the proxy moved her to the living node");
            b.assertAccessible();

            b.open(draft);
            assertEquals(after, b.value("submission:title"), "the save after the failover is stored");
        }
    }

    /** The node HAProxy keeps this browser on (its SAMLING_NODE cookie). */
    private static String nodeOf(Browser b) {
        Cookie c = b.driver().manage().getCookieNamed("SAMLING_NODE");
        assertTrue(c != null, "HAProxy's cookie is set");
        return c.getValue();
    }

    private static void kill(String node) throws IOException, InterruptedException {
        String pid = Files.readString(CLUSTER.resolve("node-" + node + ".jvm")).strip();
        assertEquals(0, new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor(), "kill -9 " + pid);
        // Wait until the JVM is gone (its ports closed), as a crash leaves it.
        while (ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
            Thread.sleep(50);
        }
    }
}
