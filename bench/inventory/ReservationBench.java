import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for {@code POST /api/v1/inventory/reservations}: {@code clients} threads, each a
 * closed loop (send, wait for the answer, send again) for {@code seconds}, reserving 1 unit of a
 * variant picked at random among the first {@code skus} ids of the ids file (skus = 1: one hot SKU).
 * Prints one line:
 * {@code scenario ok conflicts errors seconds rps p50_ms p99_ms}.
 *
 * <p>Run with the JDK's single-file launcher: {@code java ReservationBench.java <baseUrl> <scenario>
 * <variantIdsFile> <skus> <locationId> <clients> <seconds> [warmupSeconds]}.
 */
public class ReservationBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String scenario = args[1];
        long[] variants = java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[2])).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).mapToLong(Long::parseLong).toArray();
        int skus = Integer.parseInt(args[3]);
        if (skus < 1 || skus > variants.length) {
            throw new IllegalArgumentException("skus must be 1.." + variants.length);
        }
        int location = Integer.parseInt(args[4]);
        int clients = Integer.parseInt(args[5]);
        int seconds = Integer.parseInt(args[6]);
        int warmup = args.length > 7 ? Integer.parseInt(args[7]) : 2;

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
        String token = token(http, base);

        if (warmup > 0) {
            run(http, base, token, "warmup", variants, skus, location, clients, warmup, false);
        }
        run(http, base, token, scenario, variants, skus, location, clients, seconds, true);
    }

    static void run(HttpClient http, String base, String token, String scenario, long[] variants, int skus,
                    int location, int clients, int seconds, boolean print) throws Exception {
        LongAdder ok = new LongAdder();
        LongAdder conflicts = new LongAdder();
        LongAdder errors = new LongAdder();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicBoolean stop = new AtomicBoolean();
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int me = c;
            latencies[c] = new long[1 << 16];
            threads[c] = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                int n = 0;
                while (!stop.get()) {
                    long variant = variants[skus == 1 ? 0 : random.nextInt(skus)];
                    String body = "{\"variantId\":" + variant + ",\"locationId\":" + location
                            + ",\"quantity\":1,\"sessionId\":\"bench-" + me + "-" + n + "\",\"ttlSeconds\":600}";
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/inventory/reservations"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .timeout(Duration.ofSeconds(30))
                            .build();
                    long t0 = System.nanoTime();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == 201) {
                            ok.increment();
                        } else if (status == 409) {
                            conflicts.increment();
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
        int total = 0;
        for (int n : counts) {
            total += n;
        }
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        double p50 = all.length == 0 ? 0 : all[all.length / 2] / 1000.0;
        double p99 = all.length == 0 ? 0 : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1000.0;
        System.out.printf(java.util.Locale.ROOT, "%s %d %d %d %.1f %.1f %.2f %.2f%n", scenario, ok.sum(),
                conflicts.sum(), errors.sum(), elapsed, ok.sum() / elapsed, p50, p99);
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
