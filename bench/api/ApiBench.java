import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for {@code GET <path>}: {@code clients} threads, each a closed loop (send, wait for
 * the answer, send again) for {@code seconds}. Scenario {@code auth} sends the bearer token of
 * BENCH_USER and counts 200 as ok; {@code anon} sends no token and counts 401 as ok (the same path,
 * refused by the container: the cost of a request without security and JAX-RS). Prints one line:
 * {@code scenario ok errors seconds rps p50_ms p99_ms}.
 *
 * <p>{@code java ApiBench.java <baseUrl> <path> <scenario> <clients> <seconds> [warmupSeconds]}
 */
public class ApiBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String path = args[1];
        String scenario = args[2];
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 2;

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
        boolean auth = "auth".equals(scenario);
        String token = auth ? token(http, base) : null;
        int expected = auth ? 200 : 401;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        if (warmup > 0) {
            run(http, request, expected, scenario, clients, warmup, false);
        }
        run(http, request, expected, scenario, clients, seconds, true);
    }

    static void run(HttpClient http, HttpRequest request, int expected, String scenario, int clients, int seconds,
                    boolean print) throws Exception {
        LongAdder ok = new LongAdder();
        LongAdder errors = new LongAdder();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicBoolean stop = new AtomicBoolean();
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int me = c;
            latencies[c] = new long[1 << 16];
            threads[c] = new Thread(() -> {
                int n = 0;
                while (!stop.get()) {
                    long t0 = System.nanoTime();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == expected) {
                            ok.increment();
                        } else {
                            errors.increment();
                        }
                    } catch (Exception e) {
                        errors.increment();
                    }
                    long micros = (System.nanoTime() - t0) / 1_000;
                    if (n == latencies[me].length) {
                        latencies[me] = Arrays.copyOf(latencies[me], n * 2);
                    }
                    latencies[me][n++] = micros;
                    counts[me] = n;
                }
            });
        }
        long start = System.nanoTime();
        for (Thread t : threads) {
            t.start();
        }
        Thread.sleep(seconds * 1_000L);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!print) {
            return;
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        double p50 = all.length == 0 ? 0 : all[all.length / 2] / 1000.0;
        double p99 = all.length == 0 ? 0 : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1000.0;
        System.out.printf(Locale.ROOT, "%s %d %d %.1f %.1f %.2f %.2f%n", scenario, ok.sum(), errors.sum(), elapsed,
                ok.sum() / elapsed, p50, p99);
    }

    static String token(HttpClient http, String base) throws Exception {
        String email = System.getenv().getOrDefault("BENCH_USER", "integrator@colca.test");
        String password = System.getenv().getOrDefault("BENCH_PASSWORD", "demo1234");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password
                        + "\"}"))
                .build();
        HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(reply.body());
        if (reply.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token: HTTP " + reply.statusCode() + " " + reply.body());
        }
        return m.group(1);
    }
}
