package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestServer;

/**
 * Product images, brand logos and category images end to end: real PNG/JPEG bytes made with
 * javax.imageio uploaded through the API, checked in the database, on the server's disk and as
 * served by the console's public {@code /media/*} (cache headers, 304, path traversal).
 */
class CatalogMediaApiIT extends ClientIntegration {

    private static final String PRODUCTS = "/api/v1/products";
    private static final String ADMIN = "admin@colca.test";
    private static final String CASHIER = "cashier@colca.test";

    private final ApiClient api = new ApiClient();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    @DisplayName("upload PNG and JPEG: 201, first is primary, served from /media with immutable cache headers, ETag and 304")
    void uploadAndServe() throws Exception {
        long product = createProduct();
        byte[] png = image("png", Color.ORANGE);
        byte[] jpeg = image("jpg", Color.BLUE);

        Reply first = upload(PRODUCTS + "/" + product + "/images", png, "image/png");
        assertEquals(201, first.status(), first.toString());
        JsonObject a = first.json();
        assertTrue(a.getBoolean("primary"), "a product's first image is its primary image");
        assertEquals(0, a.getInt("displayOrder"));
        assertTrue(a.getString("url").matches("/media/[0-9a-f]{64}\\.png"), a.toString());
        assertTrue(first.header("Location").endsWith(PRODUCTS + "/" + product + "/images/" + a.getJsonNumber("id")));

        Reply second = upload(PRODUCTS + "/" + product + "/images", jpeg, "application/octet-stream");
        assertEquals(201, second.status(), second.toString());
        assertFalse(second.json().getBoolean("primary"));
        assertEquals(1, second.json().getInt("displayOrder"));
        assertTrue(second.json().getString("url").endsWith(".jpg"), "the content decides the type, not the header");

        HttpResponse<byte[]> served = getBytes(a.getString("url"));
        assertEquals(200, served.statusCode());
        assertArrayEquals(png, served.body());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(null));
        assertEquals("public, max-age=31536000, immutable", served.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertTrue(served.headers().firstValue("Last-Modified").isPresent());
        String etag = served.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + a.getString("url").substring(7, 7 + 64) + "\"", etag, "the ETag is the content hash");

        HttpResponse<byte[]> again = getBytes(a.getString("url"), "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(200, getBytes(a.getString("url"), "If-None-Match", "\"other\"").statusCode());

        HttpResponse<byte[]> jpg = getBytes(second.json().getString("url"));
        assertEquals("image/jpeg", jpg.headers().firstValue("Content-Type").orElse(null));
        assertArrayEquals(jpeg, jpg.body());

        assertEquals(2L, count("SELECT count(*) FROM product_images WHERE product_id = ?", product));
        assertEquals(1L, count("SELECT count(*) FROM product_images WHERE product_id = ? AND is_primary", product));
        Path file = mediaDir().resolve(a.getString("url").substring(7));
        assertTrue(Files.isRegularFile(file), "stored under the configured folder: " + file);
        assertArrayEquals(png, Files.readAllBytes(file));
    }

    @Test
    @DisplayName("a text file sent as image/png is 415, an oversize image 413, an empty body 400: nothing stored")
    void refusals() throws Exception {
        long product = createProduct();
        long filesBefore = mediaFiles();

        Reply text = upload(PRODUCTS + "/" + product + "/images",
                "this is not a picture, only text renamed foto.png\n".getBytes(StandardCharsets.UTF_8), "image/png");
        CatalogApiIT.assertProblem(text, 415, "unsupported-image-type");
        assertTrue(text.json().getString("detail").contains("JPEG"), text.toString());

        byte[] big = new byte[2 * 1024 * 1024 + 1]; // a PNG signature, one byte over the default 2 MB
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, big, 0, 8);
        Reply oversize = upload(PRODUCTS + "/" + product + "/images", big, "image/png");
        CatalogApiIT.assertProblem(oversize, 413, "image-too-large");
        assertTrue(oversize.json().getString("detail").contains("2 MB"), oversize.toString());

        CatalogApiIT.assertProblem(upload(PRODUCTS + "/" + product + "/images", new byte[0], "image/png"), 400,
                "image-empty");

        assertEquals(0L, count("SELECT count(*) FROM product_images WHERE product_id = ?", product));
        assertEquals(filesBefore, mediaFiles(), "no file was written");

        Reply cashier = upload(PRODUCTS + "/" + product + "/images", image("png", Color.RED), "image/png",
                api.token(CASHIER));
        CatalogApiIT.assertProblem(cashier, 403, "forbidden");
        CatalogApiIT.assertProblem(upload(PRODUCTS + "/999999999/images", image("png", Color.RED), "image/png"),
                404, "not-found");
    }

    @Test
    @DisplayName("list in display order, reorder, set primary (exactly one), delete the primary (the next becomes primary)")
    void galleryOrderAndPrimary() throws Exception {
        long product = createProduct();
        String images = PRODUCTS + "/" + product + "/images";
        long a = id(upload(images, image("png", Color.RED), "image/png"));
        long b = id(upload(images, image("png", Color.GREEN), "image/png"));
        long c = id(upload(images, image("jpg", Color.MAGENTA), "image/jpeg"));
        assertEquals(List.of(a, b, c), ids(api.get(images, api.token(CASHIER))), "viewers can list");

        Reply reordered = api.put(images + "/order", admin(),
                Json.createObjectBuilder().add("imageIds", Json.createArrayBuilder().add(c).add(a).add(b)).build().toString());
        assertEquals(200, reordered.status(), reordered.toString());
        assertEquals(List.of(c, a, b), ids(reordered));
        assertEquals(List.of(c, a, b), ids(api.get(images, admin())));
        assertEquals(0L, count("SELECT display_order FROM product_images WHERE id = ?", c));

        CatalogApiIT.assertProblem(api.put(images + "/order", admin(),
                Json.createObjectBuilder().add("imageIds", Json.createArrayBuilder().add(c).add(a)).build().toString()),
                400, "invalid-input");
        CatalogApiIT.assertProblem(api.put(images + "/order", admin(),
                Json.createObjectBuilder().add("imageIds", Json.createArrayBuilder().add(c).add(a).add(a)).build()
                        .toString()), 400, "invalid-input");

        Reply primary = api.post(images + "/" + b + "/primary", admin(), null);
        assertEquals(200, primary.status(), primary.toString());
        assertEquals(b, primaryOf(primary));
        assertEquals(1L, count("SELECT count(*) FROM product_images WHERE product_id = ? AND is_primary", product));
        assertEquals(b, count("SELECT id FROM product_images WHERE product_id = ? AND is_primary", product));

        Reply deleted = api.delete(images + "/" + b, admin());
        assertEquals(200, deleted.status(), deleted.toString());
        assertEquals(List.of(c, a), ids(deleted));
        assertEquals(c, primaryOf(deleted), "the first remaining image (display order) becomes primary");
        assertEquals(1L, count("SELECT count(*) FROM product_images WHERE product_id = ? AND is_primary", product));
        CatalogApiIT.assertProblem(api.delete(images + "/" + b, admin()), 404, "not-found");

        api.delete(images + "/" + c, admin());
        Reply last = api.delete(images + "/" + a, admin());
        assertEquals(0, last.json().getJsonArray("items").size());
    }

    @Test
    @DisplayName("concurrent 'make primary' calls on different images of one product end with exactly one primary")
    void concurrentPrimaryChanges() throws Exception {
        long product = createProduct();
        String images = PRODUCTS + "/" + product + "/images";
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(id(upload(images, image("png", new Color(40 * i, 90, 200)), "image/png")));
        }
        String token = admin();
        List<CompletableFuture<Reply>> calls = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (long imageId : ids) {
                calls.add(CompletableFuture.supplyAsync(
                        () -> api.post(images + "/" + imageId + "/primary", token, null)));
            }
        }
        for (var call : calls) {
            Reply reply = call.get();
            assertEquals(200, reply.status(), "the product lock makes them take turns: " + reply);
        }
        assertEquals(1L, count("SELECT count(*) FROM product_images WHERE product_id = ? AND is_primary", product));
        assertEquals(1, api.get(images, token).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getBoolean("primary")).count());
    }

    @Test
    @DisplayName("the same bytes on two products share one file; deleting one row leaves the other's URL working")
    void sharedFileSurvivesDelete() throws Exception {
        byte[] png = image("png", new Color(12, 34, 56));
        long p1 = createProduct();
        long p2 = createProduct();
        JsonObject one = upload(PRODUCTS + "/" + p1 + "/images", png, "image/png").json();
        JsonObject two = upload(PRODUCTS + "/" + p2 + "/images", png, "image/png").json();
        assertEquals(one.getString("url"), two.getString("url"), "content-addressed: same content, same URL");
        assertEquals(200, api.delete(PRODUCTS + "/" + p1 + "/images/" + one.getJsonNumber("id"), admin()).status());
        HttpResponse<byte[]> served = getBytes(two.getString("url"));
        assertEquals(200, served.statusCode());
        assertArrayEquals(png, served.body());
    }

    @Test
    @DisplayName("/media refuses path traversal and unknown names with 404, and needs no login")
    void mediaServletSafety() throws Exception {
        for (String path : List.of("/media/..%2F..%2Fconfiguration%2Fstandalone-full.xml",
                "/media/%2e%2e%2f%2e%2e%2fconfiguration%2fstandalone-full.xml", "/media/..%5C..%5Cetc%5Cpasswd",
                "/media/....//....//etc/passwd", "/media/" + "0".repeat(64) + ".png", "/media/",
                "/media/x.png", "/media/" + "a".repeat(64) + ".svg")) {
            HttpResponse<byte[]> reply = getBytes(path);
            assertEquals(404, reply.statusCode(), path);
            assertFalse(new String(reply.body(), StandardCharsets.UTF_8).contains("<server"), path);
        }
        // a plain "/media/../x" is normalised by the server before any servlet: it never reaches a file
        HttpResponse<byte[]> dotDot = getBytes("/media/../WEB-INF/web.xml");
        assertTrue(dotDot.statusCode() != 200 || !new String(dotDot.body(), StandardCharsets.UTF_8).contains("<web-app"),
                "no deployment descriptor is served");
        long product = createProduct();
        String url = upload(PRODUCTS + "/" + product + "/images", image("png", Color.CYAN), "image/png").json()
                .getString("url");
        HttpResponse<byte[]> anonymous = getBytes(url);
        assertEquals(200, anonymous.statusCode(), "storefront images are public (no FORM login redirect)");
    }

    @Test
    @DisplayName("PUT brand logo and category image store the upload and set logoUrl / imageUrl")
    void brandLogoAndCategoryImage() throws Exception {
        String tag = tag();
        Reply brand = api.post("/api/v1/brands", admin(), Json.createObjectBuilder().add("name", "Marca " + tag).build()
                .toString());
        assertEquals(201, brand.status(), brand.toString());
        int brandId = brand.json().getInt("id");
        byte[] logo = image("png", Color.PINK);
        Reply logoSet = send("PUT", "/api/v1/brands/" + brandId + "/logo", logo, "image/png", admin());
        assertEquals(200, logoSet.status(), logoSet.toString());
        String logoUrl = logoSet.json().getString("logoUrl");
        assertTrue(logoUrl.startsWith("/media/"), logoUrl);
        assertArrayEquals(logo, getBytes(logoUrl).body());
        assertEquals(logoUrl, api.get("/api/v1/brands/" + brandId, admin()).json().getString("logoUrl"));
        CatalogApiIT.assertProblem(send("PUT", "/api/v1/brands/" + brandId + "/logo",
                "GIF89 nope".getBytes(StandardCharsets.UTF_8), "image/gif", admin()), 415, "unsupported-image-type");

        Reply category = api.post("/api/v1/categories", admin(), Json.createObjectBuilder().add("name", "Cat " + tag)
                .build().toString());
        assertEquals(201, category.status(), category.toString());
        int categoryId = category.json().getInt("id");
        byte[] picture = image("jpg", Color.YELLOW);
        Reply imageSet = send("PUT", "/api/v1/categories/" + categoryId + "/image", picture, "image/jpeg", admin());
        assertEquals(200, imageSet.status(), imageSet.toString());
        String imageUrl = imageSet.json().getString("imageUrl");
        assertTrue(imageUrl.endsWith(".jpg"), imageUrl);
        assertArrayEquals(picture, getBytes(imageUrl).body());
        assertEquals(imageUrl, row("SELECT image_url FROM categories WHERE id = ?", categoryId));
    }

    @Test
    @DisplayName("PUT variant image needs If-Match (428 without, 409 stale) and sets mainImageUrl with a new ETag")
    void variantMainImage() throws Exception {
        long product = createProduct();
        long variant = api.get(PRODUCTS + "/" + product, admin()).json().getJsonArray("variants").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String path = "/api/v1/variants/" + variant + "/image";
        String etag = api.get("/api/v1/variants/" + variant, admin()).header("ETag");
        byte[] png = image("png", Color.GRAY);

        CatalogApiIT.assertProblem(send("PUT", path, png, "image/png", admin()), 428, "precondition-required");
        Reply set = send("PUT", path, png, "image/png", admin(), "If-Match", etag);
        assertEquals(200, set.status(), set.toString());
        String url = set.json().getString("mainImageUrl");
        assertTrue(url.matches("/media/[0-9a-f]{64}\\.png"), url);
        assertFalse(etag.equals(set.header("ETag")), "the variant's version moved");
        assertArrayEquals(png, getBytes(url).body());
        assertEquals(url, row("SELECT main_image_url FROM product_variants WHERE id = ?", variant));

        CatalogApiIT.assertProblem(send("PUT", path, image("png", Color.BLACK), "image/png", admin(), "If-Match", etag),
                409, "stale-version");
        assertEquals(url, row("SELECT main_image_url FROM product_variants WHERE id = ?", variant));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private String admin() {
        return api.token(ADMIN);
    }

    private long createProduct() {
        String tag = tag();
        String body = Json.createObjectBuilder().add("name", "Producto imagen " + tag)
                .add("basePrice", new BigDecimal("19.90")).add("status", "ACTIVE")
                .add("variants", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "IMG-" + tag)))
                .build().toString();
        Reply created = api.post(PRODUCTS, admin(), body);
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private Reply upload(String path, byte[] content, String contentType) {
        return upload(path, content, contentType, admin());
    }

    private Reply upload(String path, byte[] content, String contentType, String token) {
        return send("POST", path, content, contentType, token);
    }

    private Reply send(String method, String path, byte[] content, String contentType, String token,
                       String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(api.base().resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(content))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    private HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        URI uri = URI.create(TestServer.baseUri() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A small real image, different per colour and per call (a random pixel), so tests never share files by accident. */
    static byte[] image(String format, Color color) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        image.setRGB(1, 1, UUID.randomUUID().hashCode() & 0xFFFFFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out));
        return out.toByteArray();
    }

    private static Path mediaDir() {
        String configured = System.getProperty("colca.media.dir");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("jboss.home", "."), "standalone", "data", "colca-media");
    }

    private static long mediaFiles() throws IOException {
        if (!Files.isDirectory(mediaDir())) {
            return 0;
        }
        try (Stream<Path> files = Files.list(mediaDir())) {
            return files.count();
        }
    }

    private static long id(Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static List<Long> ids(Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    private static long primaryOf(Reply reply) {
        List<JsonObject> items = reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
        List<Long> primaries = items.stream().filter(o -> o.getBoolean("primary"))
                .map(o -> o.getJsonNumber("id").longValue()).toList();
        assertEquals(1, primaries.size(), "exactly one primary: " + reply);
        return primaries.get(0);
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static long count(String sql, Object... params) throws Exception {
        Object value = row(sql, params);
        assertNotNull(value, sql);
        return ((Number) value).longValue();
    }

    private static Object row(String sql, Object... params) throws Exception {
        try (Connection db = TestServer.jdbc(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                assertTrue(rs.next(), "no row for " + sql);
                return rs.getObject(1);
            }
        }
    }
}
