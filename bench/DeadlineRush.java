import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The deadline-rush load: N authors (each with its own session) submit complete abstracts through
 * the API at a fixed pace for the given seconds, around the call's deadline. All clients log in
 * first (a password hash costs real CPU, and authors at a deadline are logged in already); only then
 * is the deadline set, through psql, to the middle of the measured run. A warm-up at the same pace
 * comes first and is not counted (titles "Warm-up ..."). Prints what the clients saw and
 * "DEADLINE ms"; the script compares it with what the database holds.
 * Usage: java DeadlineRush.java BASE_URL ACRONYM CLIENTS SECONDS PER_MINUTE TRACK TYPE DATABASE CONFERENCE_ID [WARMUP_SECONDS]
 */
public class DeadlineRush {

    record Result(long startedMs, long latencyMicros, int status) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String acronym = args[1];
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int perMinute = Integer.parseInt(args[4]);
        String track = args[5];
        String type = args[6];
        String database = args[7];
        String conferenceId = args[8];
        int warmup = args.length > 9 ? Integer.parseInt(args[9]) : 60;
        long intervalNanos = 60_000_000_000L * clients / perMinute;
        List<Result> results = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[3];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int n = c + 1;
            Thread t = new Thread(() -> {
                try {
                    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                            .connectTimeout(Duration.ofSeconds(10)).build();
                    String basic = "Basic " + Base64.getEncoder().encodeToString(
                            ("rush" + n + "@samling.example:samling-demo").getBytes(StandardCharsets.UTF_8));
                    // One log-in per client; the session carries it afterwards.
                    HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(base + "/api/me"))
                            .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
                    if (me.statusCode() != 200) {
                        throw new IllegalStateException("log-in of rush" + n + ": " + me.statusCode());
                    }
                    ready.countDown();
                    go.await();
                    long start = window[0];
                    long end = window[1];
                    long warmStart = window[2];
                    long next = warmStart + (intervalNanos / 1_000_000L) * n / clients;
                    int i = 0;
                    while (true) {
                        long now = System.currentTimeMillis();
                        if (next >= end) {
                            break;
                        }
                        if (next > now) {
                            Thread.sleep(next - now);
                        }
                        String body = """
                                {"title":"%s %d/%d: barnets perspektiv i familieplejen","abstractText":"Vi undersøger hvordan børn i familiepleje oplever møder med socialrådgivere, og hvad der gør en forskel for dem. Studiet bygger på interviews med fyrre børn og unge i tre kommuner.","keywords":["familiepleje","børn"],"language":"da","trackId":%s,"typeId":%s,"authors":[{"name":"Rush Author %d","email":"rush%d@samling.example","affiliation":"Aalborg Universitet","country":"DK","presenting":true},{"name":"Åse Ødegård","email":"coauthor%d@samling.example","affiliation":"OsloMet","country":"NO","presenting":false}]}
                                """.formatted(next < start ? "Warm-up" : "Rush", n, ++i, track, type, n, n, n);
                        boolean measured = next >= start;
                        long t0 = System.nanoTime();
                        long startedMs = System.currentTimeMillis();
                        int status;
                        try {
                            status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/submissions?conference="
                                                    + acronym + "&submit=true"))
                                            .header("Content-Type", "application/json").header("Accept-Language", "da")
                                            .timeout(Duration.ofSeconds(30))
                                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        if (measured) {
                            results.add(new Result(startedMs, (System.nanoTime() - t0) / 1000, status));
                        }
                        next += intervalNanos / 1_000_000L;
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    ready.countDown();
                    System.err.println(e);
                }
            });
            t.start();
            threads.add(t);
        }
        ready.await();
        // A warm-up at the same pace first (not counted): a server at a deadline has been running for days.
        long warmStart = System.currentTimeMillis() + 2000;
        long start = warmStart + warmup * 1000L;
        window[2] = warmStart;
        long deadline = start + seconds * 500L;
        window[0] = start;
        window[1] = start + seconds * 1000L;
        Process psql = new ProcessBuilder("psql", "-qtA", "-h", "127.0.0.1", "-U", "postgres", "-d", database,
                "-v", "ON_ERROR_STOP=1", "-c", "update call_for_contributions set grace_minutes = 0, deadline = to_timestamp("
                + deadline + " / 1000.0) where conference_id = " + conferenceId).inheritIO().start();
        if (psql.waitFor() != 0) {
            throw new IllegalStateException("could not set the deadline");
        }
        System.out.println("DEADLINE " + deadline);
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        List<Result> all = new ArrayList<>(results);
        long acceptedBefore = all.stream().filter(r -> r.status == 201 && r.startedMs < deadline).count();
        long acceptedAfter = all.stream().filter(r -> r.status == 201 && r.startedMs >= deadline).count();
        long refusedAfter = all.stream().filter(r -> r.status != 201 && r.status > 0 && r.startedMs >= deadline).count();
        long refusedBefore = all.stream().filter(r -> r.status != 201 && r.status > 0 && r.startedMs < deadline).count();
        long errors = all.stream().filter(r -> r.status <= 0 || r.status >= 500).count();
        long[] lat = all.stream().mapToLong(Result::latencyMicros).sorted().toArray();
        System.out.printf("attempts=%d in %d s by %d clients (%.0f per minute)%n", all.size(), seconds, clients,
                all.size() * 60.0 / seconds);
        System.out.printf("accepted=%d (sent before the deadline %d, sent after it %d, server decided at arrival)%n",
                acceptedBefore + acceptedAfter, acceptedBefore, acceptedAfter);
        System.out.printf("refused=%d (after the deadline %d, before it %d); transport or 5xx errors=%d; clients failed=%d%n",
                refusedBefore + refusedAfter, refusedAfter, refusedBefore, errors, failures.get());
        System.out.printf("latency p50=%.1f ms p99=%.1f ms max=%.1f ms%n", pct(lat, 50), pct(lat, 99),
                lat.length == 0 ? 0 : lat[lat.length - 1] / 1000.0);
        for (long from = window[0]; from < window[1]; from += 10_000) {
            long f = from;
            long[] w = all.stream().filter(r -> r.startedMs >= f && r.startedMs < f + 10_000)
                    .mapToLong(Result::latencyMicros).sorted().toArray();
            System.out.printf("  seconds %2d-%2d: %4d requests, p50=%.1f ms p99=%.1f ms%n", (f - window[0]) / 1000,
                    (f - window[0]) / 1000 + 10, w.length, pct(w, 50), pct(w, 99));
        }
        System.out.println("ACCEPTED " + (acceptedBefore + acceptedAfter));
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1000.0;
    }
}
