import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.samling.search.model.SearchQuery;
import org.samling.search.persistence.NordicAnalysis;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the same 20 queries three ways, at 1 and 4 threads: through the application's search
 * service (its JSON API, as a logged-in chair), as plain Lucene on the same index folder (the query
 * string parsed by Lucene's SimpleQueryParser over the same fields with the same analyzers and
 * filters, top 20 and an exact count), and as SQL substring matching (LIKE, count and top 20).
 * Usage: java -cp ... SearchBench.java BASE_URL INDEX_DIR JDBC_URL CONFERENCE_ID
 */
public class SearchBench {

    static final List<String> QUERIES = List.of(
            "socialrådgiver", "børn familie", "\"anbragte børn\"", "kommun*", "socialrådgivernes -skole",
            "socialtjänst", "barn placering", "\"unga vuxna\"", "utredning*", "socialsekreterare OR biståndshandläggare",
            "social workers", "children", "\"child welfare\"", "supervis*", "housing -older",
            "Hoeje-Taastrup", "Goeteborg", "tillid dialog", "placement foster care", "Aeroe");
    static final int ROUNDS = 15;
    static final int WARM_UP = 10;
    static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    static final Pattern TOOK = Pattern.compile("\"tookMillis\":(\\d+)");
    static final List<Long> TOOK_MILLIS = Collections.synchronizedList(new ArrayList<>());
    static final Pattern SERVICE = Pattern.compile("\"serviceMillis\":([\\d.]+)");
    static final List<Double> SERVICE_MILLIS = Collections.synchronizedList(new ArrayList<>());

    interface Search {
        long run(String q) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path index = Path.of(args[1]);
        String jdbc = args[2];
        long conference = Long.parseLong(args[3]);

        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        // Log in as the chair through the API (HTTP Basic is refused); the session cookie carries it afterwards.
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"chair@samling.example\",\"password\":\"samling-demo\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 204) {
            throw new IllegalStateException("log-in: " + login.statusCode() + " " + login.body());
        }
        Search app = q -> {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search/nsw2027?q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = TOTAL.matcher(r.body());
            if (r.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            Matcher took = TOOK.matcher(r.body());
            if (took.find()) {
                TOOK_MILLIS.add(Long.parseLong(took.group(1)));
            }
            Matcher service = SERVICE.matcher(r.body());
            if (service.find()) {
                SERVICE_MILLIS.add(Double.parseDouble(service.group(1)));
            }
            return Long.parseLong(m.group(1));
        };

        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index));
        IndexSearcher searcher = new IndexSearcher(reader);
        Map<String, Analyzer> perField = new HashMap<>();
        Map<String, Float> weights = new HashMap<>();
        for (String part : List.of("title_", "abstract_", "pdf_")) {
            List<String> suffixes = new ArrayList<>(NordicAnalysis.SUFFIXES);
            suffixes.add("folded");
            for (String suffix : suffixes) {
                String analyzer = suffix.equals("folded") ? NordicAnalysis.FOLDED : NordicAnalysis.analyzerOfSuffix(suffix);
                perField.put(part + suffix, NordicAnalysis.lucene(analyzer));
                weights.put(part + suffix, 1f);
            }
        }
        perField.put("authors", NordicAnalysis.lucene(NordicAnalysis.FOLDED));
        weights.put("authors", 1f);
        Analyzer analyzer = new PerFieldAnalyzerWrapper(NordicAnalysis.lucene(NordicAnalysis.STANDARD), perField);
        List<BytesRef> states = new ArrayList<>();
        for (String s : List.of("SUBMITTED", "ACCEPTED", "REJECTED", "WAITLISTED", "WITHDRAWN")) {
            states.add(new BytesRef(s));
        }
        Query filter = new BooleanQuery.Builder()
                .add(LongPoint.newExactQuery("conference", conference), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery("state", states), BooleanClause.Occur.FILTER).build();
        Search lucene = q -> {
            SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights);
            parser.setDefaultOperator(BooleanClause.Occur.MUST);
            Query words = parser.parse(SearchQuery.parse(q, true).text());
            Query query = new BooleanQuery.Builder().add(filter, BooleanClause.Occur.FILTER)
                    .add(words, BooleanClause.Occur.MUST).build();
            TopDocs top = searcher.search(query, 20);
            for (ScoreDoc d : top.scoreDocs) {
                searcher.storedFields().document(d.doc);
            }
            return searcher.count(query);
        };

        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                return DriverManager.getConnection(jdbc, "postgres", "trust");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Search sql = q -> {
            List<String> params = new ArrayList<>();
            String where = like(SearchQuery.parse(q, true).text(), params);
            Connection c = connections.get();
            long total;
            try (PreparedStatement count = c.prepareStatement("select count(*) from submission where conference_id = ? "
                    + "and state <> 'DRAFT' and " + where)) {
                count.setLong(1, conference);
                for (int i = 0; i < params.size(); i++) {
                    count.setString(i + 2, params.get(i));
                }
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            try (PreparedStatement top = c.prepareStatement("select id, title from submission where conference_id = ? "
                    + "and state <> 'DRAFT' and " + where + " order by submitted_at desc limit 20")) {
                top.setLong(1, conference);
                for (int i = 0; i < params.size(); i++) {
                    top.setString(i + 2, params.get(i));
                }
                try (ResultSet rs = top.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(2);
                    }
                }
            }
            return total;
        };

        System.out.println("hits per query (application / plain Lucene / SQL LIKE):");
        for (String q : System.getenv("APP_ONLY") != null ? List.<String>of() : QUERIES) {
            System.out.printf(Locale.ROOT, "  %-42s %7d %7d %7d%n", q, app.run(q), lucene.run(q), sql.run(q));
        }
        Map<String, double[]> figures = new HashMap<>();
        // APP_ONLY=1 times the application alone (to compare settings of the server quickly).
        for (String name : System.getenv("APP_ONLY") != null ? List.of("application") : List.of("application", "plain Lucene", "SQL LIKE")) {
            Search s = name.equals("application") ? app : name.equals("plain Lucene") ? lucene : sql;
            // Warm-up: the server's and this JVM's compilers reach their steady state (SQL: the database's cache).
            for (int round = 0, warm = name.equals("SQL LIKE") ? 3 : WARM_UP; round < warm; round++) {
                for (String q : QUERIES) {
                    s.run(q);
                }
            }
            for (int threads : List.of(1, 4)) {
                int rounds = name.equals("SQL LIKE") ? 3 : ROUNDS;
                TOOK_MILLIS.clear();
                SERVICE_MILLIS.clear();
                double[] pct = time(s, threads, rounds);
                if (name.equals("application")) {
                    List<Long> took = new ArrayList<>(TOOK_MILLIS);
                    Collections.sort(took);
                    List<Double> service = new ArrayList<>(SERVICE_MILLIS);
                    Collections.sort(service);
                    System.out.printf(Locale.ROOT, "  (in the server: the search service p50 %.2f ms, p99 %.2f ms; the index's own time p50 %d ms, p99 %d ms)%n",
                            service.get(service.size() / 2), service.get((int) Math.ceil(service.size() * 0.99) - 1),
                            took.get(took.size() / 2), took.get((int) Math.ceil(took.size() * 0.99) - 1));
                    figures.put("service" + threads, new double[]{service.get(service.size() / 2),
                            service.get((int) Math.ceil(service.size() * 0.99) - 1)});
                }
                figures.put(name + threads, pct);
                System.out.printf(Locale.ROOT, "%-13s %d thread%s: %5d queries, p50 %8.2f ms, p99 %8.2f ms%n", name, threads,
                        threads == 1 ? " " : "s", (int) pct[2], pct[0], pct[1]);
            }
        }
        for (int threads : System.getenv("APP_ONLY") != null ? List.<Integer>of() : List.of(1, 4)) {
            double[] a = figures.get("application" + threads);
            double[] l = figures.get("plain Lucene" + threads);
            double[] q = figures.get("SQL LIKE" + threads);
            double[] sv = figures.get("service" + threads);
            System.out.printf(Locale.ROOT, "%d thread%s: p99 / plain Lucene p99: application (HTTP) %.1fx, search service %.1fx; "
                            + "SQL LIKE / application (HTTP): p50 %.0fx, p99 %.0fx; SQL LIKE / search service: p50 %.0fx, p99 %.0fx%n",
                    threads, threads == 1 ? " " : "s", a[1] / l[1], sv[1] / l[1], q[0] / a[0], q[1] / a[1], q[0] / sv[0], q[1] / sv[1]);
        }
        reader.close();
    }

    /** SQL for the query's words: each word a substring of title or abstract (lower case); -word not; OR between two. */
    static String like(String text, List<String> params) {
        List<String> terms = new ArrayList<>();
        Matcher m = Pattern.compile("-?\"[^\"]*\"|\\S+").matcher(text);
        while (m.find()) {
            terms.add(m.group());
        }
        StringBuilder sql = new StringBuilder("(");
        String join = "";
        for (int i = 0; i < terms.size(); i++) {
            String t = terms.get(i);
            if (t.equals("|")) {
                join = " or ";
                continue;
            }
            boolean not = t.startsWith("-");
            String w = t.replace("-", " ").replace("\"", "").replace("*", "").strip().toLowerCase(Locale.ROOT);
            if (not) {
                w = t.substring(1).replace("\"", "").replace("*", "").toLowerCase(Locale.ROOT);
            }
            sql.append(join).append(not ? "not " : "").append("(lower(title) like ? or lower(abstract_text) like ?)");
            params.add("%" + w + "%");
            params.add("%" + w + "%");
            join = " and ";
        }
        return sql.append(")").toString();
    }

    /** p50 and p99 in ms, and the number of queries, for `threads` threads each running `rounds` rounds of the queries. */
    static double[] time(Search s, int threads, int rounds) throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        List<Thread> list = new ArrayList<>();
        List<Exception> errors = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            int offset = t * 5;
            Thread thread = new Thread(() -> {
                try {
                    for (int r = 0; r < rounds; r++) {
                        for (int i = 0; i < QUERIES.size(); i++) {
                            String q = QUERIES.get((i + offset) % QUERIES.size());
                            long t0 = System.nanoTime();
                            s.run(q);
                            nanos.add(System.nanoTime() - t0);
                        }
                    }
                } catch (Exception e) {
                    errors.add(e);
                }
            });
            list.add(thread);
            thread.start();
        }
        for (Thread t : list) {
            t.join();
        }
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new double[]{sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6,
                sorted.size()};
    }
}
