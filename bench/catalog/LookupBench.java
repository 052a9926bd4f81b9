import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * POS lookup latency: {@code clients} closed-loop threads send
 * {@code GET /api/v1/variants/lookup?code=<random code>} for {@code seconds} (after a warm-up) and
 * the run prints {@code requests ok errors rps p50_ms p90_ms p99_ms max_ms}. The environment variable
 * {@code LOOKUP_PATH} names another lookup (the code is appended to it), e.g.
 * {@code /api/v1/customers/lookup?type=DNI&number=} for bench/customers/lookup.sh.
 *
 * <p>{@code java LookupBench.java <baseUrl> <codesFile> <clients> <seconds> <warmupSeconds> <user> <password> [conditional]}
 *
 * <p>With {@code conditional}, the ETag of each code (at most the first 500) is read once first, and every
 * request sends it back in {@code If-None-Match}: a request is "ok" when the answer is 304 Not Modified
 * (a POS that keeps its answers and revalidates on each scan).
 */
public class LookupBench {

    private static final String LOOKUP_PATH = System.getenv().getOrDefault("LOOKUP_PATH", "/api/v1/variants/lookup?code=");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> codes = Files.readAllLines(Path.of(args[1])).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String token = token(http, base, args[5], args[6]);
        Map<String, String> tags = null;
        if (args.length > 7 && args[7].equals("conditional")) {
            codes = codes.subList(0, Math.min(codes.size(), 500));
            tags = new HashMap<>();
            for (String code : codes) {
                HttpResponse<String> r = http.send(request(base, code, token, null), HttpResponse.BodyHandlers.ofString());
                tags.put(code, r.headers().firstValue("ETag").orElse("\"none\""));
            }
        }
        run(http, base, token, codes, tags, clients, warmup, false);
        run(http, base, token, codes, tags, clients, seconds, true);
    }

    static HttpRequest request(String base, String code, String token, String etag) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + LOOKUP_PATH
                        + URLEncoder.encode(code, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30));
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        return b.build();
    }

    static void run(HttpClient http, String base, String token, List<String> codes, Map<String, String> tags,
                    int clients, int seconds, boolean print) throws Exception {
        int expected = tags == null ? 200 : 304;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        int[] errors = new int[clients];
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int me = c;
            threads[c] = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    String code = codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
                    HttpRequest request = request(base, code, token, tags == null ? null : tags.get(code));
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != expected) {
                            errors[me]++;
                        }
                    } catch (Exception e) {
                        errors[me]++;
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = System.nanoTime() - t0;
                }
                latencies[me] = mine;
                counts[me] = n;
            });
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
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
        int failed = Arrays.stream(errors).sum();
        System.out.printf("%d %d %d %.1f %.2f %.2f %.2f %.2f%n", total, total - failed, failed, total / (double) seconds,
                ms(all, 0.50), ms(all, 0.90), ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    static String token(HttpClient http, String base, String user, String password) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
        }
        return m.group(1);
    }
}
