package org.samling.opensearch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * One OpenSearch 2.19 node, as the distribution runs it but without its launcher scripts: the
 * HTTP and transport layers (Netty) and the common analysis components (stemmers, folding). Every
 * setting comes from the command line as {@code key=value} (cluster.name, node.name, http.port,
 * transport.port, discovery.seed_hosts, ...); path.home is required. It runs until the JVM is
 * stopped (SIGTERM closes the node cleanly, flushing its data).
 */
public final class OpenSearchNode extends Node {

    private static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class, CommonAnalysisPlugin.class);

    private OpenSearchNode(Settings settings) {
        super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> settings.get("node.name")), PLUGINS,
                true);
    }

    public static void main(String[] args) throws Exception {
        Settings.Builder b = Settings.builder()
                .put("network.host", "127.0.0.1")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // A developer's machine or CI: do not refuse writes when the disk is fuller than a server's would be.
                .put("cluster.routing.allocation.disk.threshold_enabled", false);
        Arrays.stream(args).map(a -> a.split("=", 2)).forEach(kv -> b.put(kv[0], kv[1]));
        Settings settings = b.build();
        if (settings.get("path.home") == null || settings.get("node.name") == null) {
            System.err.println("usage: OpenSearchNode path.home=DIR node.name=NAME [key=value ...]");
            System.exit(2);
        }
        Files.createDirectories(Path.of(settings.get("path.home")));
        Node node = new OpenSearchNode(settings);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
            closed.countDown();
        }));
        node.start();
        System.out.println("OpenSearch node " + settings.get("node.name") + " started on http://127.0.0.1:"
                + settings.get("http.port", "9200"));
        closed.await();
    }
}
