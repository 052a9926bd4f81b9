import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for a POS checkout through the REST API: {@code clients} threads, each signed in as its
 * own cashier (one open cash session per cashier at the bench store), each a closed loop for
 * {@code seconds}: {@code POST /api/v1/orders} (Idempotency-Key, channel POS, 3 lines of 1 unit on
 * distinct random variants) then {@code POST /api/v1/orders/{id}/payments} (Idempotency-Key, CASH, the
 * grand total, tendered the same) which must answer 201 with the order PAID. A checkout counts as done
 * only then; its latency is the two requests together. Prints one line:
 * {@code scenario ok errors seconds checkouts_per_s p50_ms p99_ms order_p50_ms pay_p50_ms}, and the first
 * few unexpected answers on stderr.
 *
 * <p>Run with the JDK's single-file launcher: {@code java CheckoutBench.java <baseUrl> <usersFile>
 * <variantIdsFile> <locationId> <seconds> [warmupSeconds]}; the users file has one e-mail a line (one
 * client each), the password is {@code BENCH_PASSWORD} (demo1234).
 */
public class CheckoutBench {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("\"grandTotal\"\\s*:\\s*\"?([0-9.]+)");
    private static final LongAdder reported = new LongAdder();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> users = Files.readAllLines(Path.of(args[1])).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        long[] variants = Files.readAllLines(Path.of(args[2])).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).mapToLong(Long::parseLong).toArray();
        if (variants.length < 3) {
            throw new IllegalArgumentException("at least 3 variants");
        }
        int location = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 3;

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
        List<String> tokens = new ArrayList<>();
        for (String user : users) {
            // a line is an e-mail to log in with, or a token run.sh obtained already (its bcrypt check then stays
            // out of the CPU per checkout)
            tokens.add(user.contains("@") ? token(http, base, user) : user);
        }
        if (warmup > 0) {
            run(http, base, tokens, variants, location, warmup, "warmup");
        }
        run(http, base, tokens, variants, location, seconds, "checkout");
    }

    static void run(HttpClient http, String base, List<String> tokens, long[] variants, int location, int seconds,
                    String scenario) throws Exception {
        int clients = tokens.size();
        LongAdder ok = new LongAdder();
        LongAdder errors = new LongAdder();
        long[][] latencies = new long[clients][];
        long[][] orderLatencies = new long[clients][];
        long[][] payLatencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicBoolean stop = new AtomicBoolean();
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int me = c;
            latencies[c] = new long[1 << 12];
            orderLatencies[c] = new long[1 << 12];
            payLatencies[c] = new long[1 << 12];
            String token = tokens.get(c);
            threads[c] = new Thread(() -> {
                int n = 0;
                while (!stop.get()) {
                    long t0 = System.nanoTime();
                    long t1 = t0;
                    boolean done = false;
                    try {
                        long[] lines = threeDistinct(variants);
                        String order = "{\"locationId\":" + location + ",\"channel\":\"POS\",\"lines\":["
                                + line(lines[0]) + "," + line(lines[1]) + "," + line(lines[2]) + "]}";
                        HttpResponse<String> created = post(http, base + "/api/v1/orders", token, order);
                        t1 = System.nanoTime();
                        if (created.statusCode() != 201) {
                            unexpected("order", created);
                        } else {
                            String id = first(ID, created.body());
                            String total = first(TOTAL, created.body());
                            String pay = "{\"method\":\"CASH\",\"amount\":" + total + ",\"tendered\":" + total + "}";
                            HttpResponse<String> paid = post(http, base + "/api/v1/orders/" + id + "/payments", token, pay);
                            if (paid.statusCode() == 201 && paid.body().contains("\"PAID\"")) {
                                done = true;
                            } else {
                                unexpected("payment", paid);
                            }
                        }
                    } catch (Exception e) {
                        if (reported.sum() < 5) {
                            reported.increment();
                            System.err.println("error: " + e);
                        }
                    }
                    long t2 = System.nanoTime();
                    if (done) {
                        ok.increment();
                        if (n == latencies[me].length) {
                            latencies[me] = Arrays.copyOf(latencies[me], n * 2);
                            orderLatencies[me] = Arrays.copyOf(orderLatencies[me], n * 2);
                            payLatencies[me] = Arrays.copyOf(payLatencies[me], n * 2);
                        }
                        latencies[me][n] = (t2 - t0) / 1_000;
                        orderLatencies[me][n] = (t1 - t0) / 1_000;
                        payLatencies[me][n] = (t2 - t1) / 1_000;
                        counts[me] = ++n;
                    } else {
                        errors.increment();
                    }
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
        long[] all = merge(latencies, counts);
        long[] orders = merge(orderLatencies, counts);
        long[] pays = merge(payLatencies, counts);
        System.out.printf(Locale.ROOT, "%s %d %d %.1f %.2f %.2f %.2f %.2f %.2f%n", scenario, ok.sum(), errors.sum(),
                elapsed, ok.sum() / elapsed, percentile(all, 0.50), percentile(all, 0.99), percentile(orders, 0.50),
                percentile(pays, 0.50));
    }

    static String line(long variant) {
        return "{\"variantId\":" + variant + ",\"quantity\":1}";
    }

    static long[] threeDistinct(long[] variants) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long a = variants[random.nextInt(variants.length)];
        long b;
        long c;
        do {
            b = variants[random.nextInt(variants.length)];
        } while (b == a);
        do {
            c = variants[random.nextInt(variants.length)];
        } while (c == a || c == b);
        return new long[] {a, b, c};
    }

    static HttpResponse<String> post(HttpClient http, String url, String token, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .timeout(Duration.ofSeconds(60))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String first(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + body);
        }
        return m.group(1);
    }

    static void unexpected(String what, HttpResponse<String> reply) {
        if (reported.sum() < 5) {
            reported.increment();
            String body = reply.body();
            System.err.println(what + ": HTTP " + reply.statusCode() + " " + body.substring(0, Math.min(400, body.length())));
        }
    }

    static long[] merge(long[][] perClient, int[] counts) {
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < counts.length; c++) {
            System.arraycopy(perClient[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return all;
    }

    static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1000.0;
    }

    static String token(HttpClient http, String base, String email) throws Exception {
        String password = System.getenv().getOrDefault("BENCH_PASSWORD", "demo1234");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password
                        + "\"}"))
                .build();
        HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(reply.body());
        if (reply.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token for " + email + ": HTTP " + reply.statusCode() + " " + reply.body());
        }
        return m.group(1);
    }
}
