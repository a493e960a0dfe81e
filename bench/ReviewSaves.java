import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review-save load: N reviewers (each with its own session and its own assignment) save review
 * drafts through the API as fast as the server answers, each save naming the version the last one
 * returned (as the page does), for the given seconds after a warm-up that is not counted. Prints
 * saves per second, p50/p99 latency, and any refusal (a 409 would be a lost update caught).
 * Usage: java ReviewSaves.java BASE_URL SECONDS WARMUP_SECONDS EMAIL:ASSIGNMENT_ID...
 */
public class ReviewSaves {

    record Result(long latencyMicros, int status) {
    }

    private static final Pattern VERSION = Pattern.compile("\"version\":(-?\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int seconds = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        List<String[]> reviewers = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            reviewers.add(args[i].split(":"));
        }
        List<Result> results = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(reviewers.size());
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (String[] r : reviewers) {
            Thread t = new Thread(() -> {
                try {
                    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                            .connectTimeout(Duration.ofSeconds(10)).build();
                    // One log-in per reviewer; the session carries it afterwards, as in a browser.
                    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + r[0] + "\",\"password\":\"samling-demo\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (login.statusCode() != 204) {
                        throw new IllegalStateException("log-in of " + r[0] + ": " + login.statusCode());
                    }
                    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/api/reviews/assignments/" + r[1]))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (page.statusCode() != 200) {
                        throw new IllegalStateException("review page of " + r[0] + ": " + page.statusCode() + " " + page.body());
                    }
                    Matcher own = Pattern.compile("\"own\":\\{.*?\"version\":(-?\\d+)").matcher(page.body());
                    long version = own.find() ? Long.parseLong(own.group(1)) : -1;
                    ready.countDown();
                    go.await();
                    int i = 0;
                    while (System.currentTimeMillis() < window[1]) {
                        String body = """
                                {"scores":{"relevance":%d,"clarity":%d},"recommendation":%d,"toAuthors":"Udkast %d: studiet er klart, men udvælgelsen af kommunerne bør beskrives nærmere. Æ, ø og å bevares.","toCommittee":"Passer i sporet om børn og unge.","version":%d}
                                """.formatted(1 + i % 5, 1 + (i + 2) % 5, 1 + i % 4, i, version);
                        i++;
                        long t0 = System.nanoTime();
                        boolean measured = System.currentTimeMillis() >= window[0];
                        int status;
                        try {
                            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/reviews/assignments/" + r[1]))
                                    .header("Content-Type", "application/json").header("Origin", base)
                                    .timeout(Duration.ofSeconds(30)).PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            status = res.statusCode();
                            Matcher m = VERSION.matcher(res.body());
                            if (status == 200 && m.find()) {
                                version = Long.parseLong(m.group(1));
                            }
                        } catch (Exception e) {
                            status = -1;
                        }
                        if (measured) {
                            results.add(new Result((System.nanoTime() - t0) / 1000, status));
                        }
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
        long now = System.currentTimeMillis();
        window[0] = now + warmup * 1000L;
        window[1] = window[0] + seconds * 1000L;
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        List<Result> all = new ArrayList<>(results);
        long ok = all.stream().filter(x -> x.status == 200).count();
        long conflicts = all.stream().filter(x -> x.status == 409).count();
        long other = all.size() - ok - conflicts;
        long[] lat = all.stream().mapToLong(Result::latencyMicros).sorted().toArray();
        System.out.printf("saves=%d in %d s by %d reviewers: %.0f saves/s; 409=%d; other statuses or errors=%d; clients failed=%d%n",
                ok, seconds, reviewers.size(), ok / (double) seconds, conflicts, other, failures.get());
        System.out.printf("latency p50=%.1f ms p99=%.1f ms max=%.1f ms%n", pct(lat, 50), pct(lat, 99),
                lat.length == 0 ? 0 : lat[lat.length - 1] / 1000.0);
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1000.0;
    }
}
