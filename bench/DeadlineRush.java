import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The deadline-rush load: N authors (each with its own session) submit complete abstracts through
 * the API at a fixed pace for the given seconds, around the call's deadline. All clients log in
 * first (a password hash costs real CPU, and authors at a deadline are logged in already); only then
 * is the deadline set, through psql, to the middle of the measured run. A warm-up at the same pace
 * comes first and is not counted (titles "Warm-up ..."). Prints what the clients saw and
 * "DEADLINE ms"; the script compares it with what the database holds.
 * <p>
 * Each submission carries its own Idempotency-Key. A client whose request gets no answer or a 5xx
 * (a node died under it) sends the same request with the same key again, every 250 ms for up to
 * 30 s, as a careful client does; the counts say how many needed that and how many it saved. With
 * RUSH_KILL set (a shell command), that command runs RUSH_KILL_BEFORE seconds (default 15) before
 * the deadline: the failover benchmarks kill a node with it.
 * Usage: java DeadlineRush.java BASE_URL ACRONYM CLIENTS SECONDS PER_MINUTE TRACK TYPE DATABASE CONFERENCE_ID [WARMUP_SECONDS]
 */
public class DeadlineRush {

    /** One submission as the client saw it: its final status, and how many sends that took. */
    record Result(long startedMs, long latencyMicros, int status, int firstStatus, int sends, boolean replayed, String title) {
    }

    /** The status of one send (-1: no answer), and whether the answer was a replayed one. */
    record Sent(int status, boolean replayed) {
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
        Map<String, Integer> sessionsByNode = new ConcurrentSkipListMap<>();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[3];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int n = c + 1;
            Thread t = new Thread(() -> {
                try {
                    CookieManager cookies = new CookieManager();
                    HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                            .connectTimeout(Duration.ofSeconds(10)).build();
                    // One log-in per client; the session cookie carries it afterwards, on any node.
                    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"rush" + n
                                    + "@samling.example\",\"password\":\"samling-demo\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (login.statusCode() != 204) {
                        throw new IllegalStateException("log-in of rush" + n + ": " + login.statusCode());
                    }
                    // A clustered node names itself after the session id's last dot.
                    cookies.getCookieStore().getCookies().stream().filter(k -> k.getName().equals("JSESSIONID"))
                            .map(k -> k.getValue().contains(".") ? k.getValue().substring(k.getValue().lastIndexOf('.') + 1) : "-")
                            .forEach(node -> sessionsByNode.merge(node, 1, Integer::sum));
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
                        String title = (next < start ? "Warm-up" : "Rush") + " " + n + "/" + (i + 1);
                        String body = """
                                {"title":"%s %d/%d: barnets perspektiv i familieplejen","abstractText":"Vi undersøger hvordan børn i familiepleje oplever møder med socialrådgivere, og hvad der gør en forskel for dem. Studiet bygger på interviews med fyrre børn og unge i tre kommuner.","keywords":["familiepleje","børn"],"language":"da","trackId":%s,"typeId":%s,"authors":[{"name":"Rush Author %d","email":"rush%d@samling.example","affiliation":"Aalborg Universitet","country":"DK","presenting":true},{"name":"Åse Ødegård","email":"coauthor%d@samling.example","affiliation":"OsloMet","country":"NO","presenting":false}]}
                                """.formatted(next < start ? "Warm-up" : "Rush", n, ++i, track, type, n, n, n);
                        boolean measured = next >= start;
                        long t0 = System.nanoTime();
                        long startedMs = System.currentTimeMillis();
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/submissions?conference="
                                + acronym + "&submit=true")).header("Content-Type", "application/json")
                                .header("Accept-Language", "da").header("Origin", base)
                                .header("Idempotency-Key", UUID.randomUUID().toString()).timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        Sent first = send(http, request);
                        Sent last = first;
                        int sends = 1;
                        while (retryable(last.status()) && System.nanoTime() - t0 < 30_000_000_000L) {
                            Thread.sleep(250);
                            last = send(http, request);
                            sends++;
                        }
                        if (measured) {
                            results.add(new Result(startedMs, (System.nanoTime() - t0) / 1000, last.status(),
                                    first.status(), sends, last.replayed(), title));
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
        System.out.println("sessions by node at log-in: " + sessionsByNode);
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
        String kill = System.getenv("RUSH_KILL");
        if (kill != null && !kill.isBlank()) {
            long at = deadline - 1000L * Integer.parseInt(System.getenv().getOrDefault("RUSH_KILL_BEFORE", "15"));
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(Math.max(0, at - System.currentTimeMillis()));
                    System.out.printf("kill at second %d of the run (%d s before the deadline): %s%n",
                            (System.currentTimeMillis() - start) / 1000, (deadline - System.currentTimeMillis()) / 1000, kill);
                    new ProcessBuilder("bash", "-c", kill).inheritIO().start().waitFor();
                } catch (Exception e) {
                    System.err.println("kill: " + e);
                }
            });
            killer.start();
        }
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
        long firstFailed = all.stream().filter(r -> retryable(r.firstStatus)).count();
        long recovered = all.stream().filter(r -> retryable(r.firstStatus) && !retryable(r.status)).count();
        long loggedOut = all.stream().filter(r -> r.status == 401).count();
        long replayed = all.stream().filter(Result::replayed).count();
        long[] lat = all.stream().mapToLong(Result::latencyMicros).sorted().toArray();
        System.out.printf("attempts=%d in %d s by %d clients (%.0f per minute)%n", all.size(), seconds, clients,
                all.size() * 60.0 / seconds);
        System.out.printf("accepted=%d (sent before the deadline %d, sent after it %d, server decided at arrival)%n",
                acceptedBefore + acceptedAfter, acceptedBefore, acceptedAfter);
        System.out.printf("refused=%d (after the deadline %d, before it %d); transport or 5xx errors=%d; clients failed=%d%n",
                refusedBefore + refusedAfter, refusedAfter, refusedBefore, errors, failures.get());
        System.out.printf("first sends without an answer or with a 5xx=%d; answered by a resend with the same Idempotency-Key=%d"
                + " (%d of them the first send's answer, replayed); still without an answer after 30 s=%d; answered 401 (logged out)=%d; most sends for one submission=%d%n",
                firstFailed, recovered, replayed, firstFailed - recovered, loggedOut, all.stream().mapToInt(Result::sends).max().orElse(0));
        System.out.println("statuses: " + all.stream().collect(Collectors.groupingBy(Result::status, TreeMap::new, Collectors.counting())));
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
        all.stream().filter(r -> r.status == 201).forEach(r -> System.out.println("TITLE " + r.title));
    }

    private static Sent send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Sent(r.statusCode(), r.headers().firstValue("Idempotent-Replayed").filter("true"::equals).isPresent());
        } catch (Exception e) {
            return new Sent(-1, false);
        }
    }

    /** No answer, a proxy's or server's 5xx, or "the same key is still being worked on": send again. */
    private static boolean retryable(int status) {
        return status <= 0 || status >= 500 || status == 409;
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1000.0;
    }
}
