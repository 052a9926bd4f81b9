package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import pe.colca.testing.TestServer;
import pe.colca.testing.ClientIntegration;

/**
 * The OpenAPI document as a contract, tried the way an integrator tries it: fetched from the
 * deployed EAR ({@code /openapi}), read by swagger-parser (no validation message), every operation
 * named by a unique {@code operationId}, every JSON body typed, and a Java client generated from it
 * with openapi-generator ({@code java}, library {@code native}) that compiles and has typed methods
 * named after the operationIds.
 */
class OpenApiContractIT extends ClientIntegration {

    /** Operations an integrator codes against; the generated client must have them, typed. */
    private static final Map<String, String> TYPED_OPERATIONS = new LinkedHashMap<>();

    static {
        TYPED_OPERATIONS.put("createToken", "TokenResponse");
        TYPED_OPERATIONS.put("listLocations", "LocationPage");
        TYPED_OPERATIONS.put("getLocation", "Location");
        TYPED_OPERATIONS.put("createLocation", "Location");
        TYPED_OPERATIONS.put("listProducts", "ProductPage");
        TYPED_OPERATIONS.put("getProduct", "Product");
        TYPED_OPERATIONS.put("lookupVariant", "VariantLookup");
        TYPED_OPERATIONS.put("listStockAtLocation", "StockPage");
        TYPED_OPERATIONS.put("receiveStock", "MovementPosted");
        TYPED_OPERATIONS.put("reserveStock", "Reservation");
        TYPED_OPERATIONS.put("convertReservation", "MovementPosted");
        TYPED_OPERATIONS.put("listMovements", "MovementPage");
        TYPED_OPERATIONS.put("createTransfer", "Transfer");
        TYPED_OPERATIONS.put("dispatchTransfer", "Transfer");
        TYPED_OPERATIONS.put("receiveTransfer", "Transfer");
        TYPED_OPERATIONS.put("listTransfers", "TransferSummaryPage");
        TYPED_OPERATIONS.put("scanCount", "CountLine");
        TYPED_OPERATIONS.put("approveCount", "CountDetail");
        TYPED_OPERATIONS.put("listProductImages", "ProductImageList");
        TYPED_OPERATIONS.put("previewBulkPrice", "BulkPricePreview");
    }


    private static String document;
    private static OpenAPI openApi;
    private static List<String> messages;

    @BeforeAll
    static void fetch() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        TestServer.baseUri().resolve("/openapi?format=JSON"))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, reply.statusCode(), reply.body());
        document = reply.body();
        Path saved = Path.of("target", "openapi", "colca-openapi.json"); // for a look after the run
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, document);
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIParser().readContents(document, null, options);
        openApi = result.getOpenAPI();
        messages = result.getMessages() == null ? List.of() : result.getMessages();
        assertNotNull(openApi, "not an OpenAPI document: " + messages);
    }

    @Test
    @DisplayName("the served document is valid OpenAPI 3.1: swagger-parser reports nothing")
    void documentIsValid() {
        assertTrue(openApi.getOpenapi().startsWith("3.1"), openApi.getOpenapi());
        assertEquals(List.of(), messages);
        assertTrue(openApi.getPaths().containsKey("/api/v1/locations"), "paths are absolute: "
                + openApi.getPaths().keySet());
    }

    @Test
    @DisplayName("every operation has an operationId, unique in the document")
    void operationIdsAreUnique() {
        Map<String, String> seen = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        forEachOperation((where, operation) -> {
            String id = operation.getOperationId();
            if (id == null || id.isBlank()) {
                problems.add(where + " has no operationId");
            } else if (seen.put(id, where) != null) {
                problems.add(where + " repeats operationId " + id + " of " + seen.get(id));
            } else if (!id.matches("[a-z][A-Za-z0-9]*")) {
                problems.add(where + ": operationId " + id + " is not camelCase");
            }
        });
        assertEquals(List.of(), problems);
        assertTrue(seen.keySet().containsAll(TYPED_OPERATIONS.keySet()), "missing: " + TYPED_OPERATIONS.keySet()
                .stream().filter(id -> !seen.containsKey(id)).toList());
    }

    @Test
    @DisplayName("every JSON request body and 2xx/error response body has a typed schema (a $ref, never a bare object)")
    void bodiesAreTyped() {
        List<String> problems = new ArrayList<>();
        forEachOperation((where, operation) -> {
            if (operation.getRequestBody() != null) {
                untyped(operation.getRequestBody().getContent(), where + " request", problems);
            }
            operation.getResponses().forEach((code, response) -> {
                if (response.get$ref() != null) {
                    return;
                }
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    problems.add(where + " " + code + " has no description");
                }
                if (!code.equals("204") && !code.equals("304")) {
                    untyped(response.getContent(), where + " " + code, problems);
                }
                if (code.startsWith("2") && !code.equals("204") && (response.getContent() == null
                        || response.getContent().isEmpty())) {
                    problems.add(where + " " + code + " has no body schema");
                }
            });
        });
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("a Java client generated from the document (openapi-generator java/native) compiles, typed by operationId")
    void generatedClientCompiles(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("colca-openapi.json");
        Files.writeString(spec, document);
        Path out = dir.resolve("client");
        CodegenConfigurator config = new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setValidateSpec(true)
                .setInputSpec(spec.toString())
                .setOutputDir(out.toString())
                .setInvokerPackage("pe.colca.client")
                .setApiPackage("pe.colca.client.api")
                .setModelPackage("pe.colca.client.model")
                .addAdditionalProperty("openApiNullable", false)
                .addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("annotationLibrary", "none")
                .addAdditionalProperty("hideGenerationTimestamp", true)
                .addGlobalProperty("apiTests", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("modelDocs", "false");
        new DefaultGenerator().opts(config.toClientOptInput()).generate();

        Path sources = out.resolve("src/main/java");
        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        boolean compiled;
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            compiled = javac.getTask(output, fileManager, diagnostics, List.of("-proc:none", "-nowarn",
                            "-encoding", "UTF-8", "-classpath", testClasspath(), "-d", classes.toString()), null,
                    fileManager.getJavaFileObjectsFromFiles(files)).call();
        }
        assertTrue(compiled, () -> output + diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR).limit(20)
                .map(d -> d.getSource() + ":" + d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
                .toList().toString());

        Map<String, Method> methods = new TreeMap<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader());
             Stream<Path> apis = Files.list(sources.resolve("pe/colca/client/api"))) {
            for (Path api : apis.toList()) {
                String name = api.getFileName().toString().replace(".java", "");
                for (Method m : loader.loadClass("pe.colca.client.api." + name).getDeclaredMethods()) {
                    methods.putIfAbsent(m.getName(), m);
                }
            }
            List<String> problems = new ArrayList<>();
            TYPED_OPERATIONS.forEach((operationId, type) -> {
                Method method = methods.get(operationId);
                if (method == null) {
                    problems.add("no method " + operationId);
                } else if (!method.getReturnType().getName().equals("pe.colca.client.model." + type)) {
                    problems.add(operationId + " returns " + method.getReturnType().getName() + ", not " + type);
                }
            });
            assertEquals(List.of(), problems, "generated methods: " + methods.keySet());
            assertTrue(methods.keySet().stream().noneMatch(m -> m.startsWith("apiV1") || m.startsWith("v1")),
                    "methods named by path instead of operationId: " + methods.keySet());
            for (Method method : methods.values()) {
                assertNotEquals(Object.class, method.getReturnType(), method.getName() + " returns Object");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private interface OperationVisitor {
        void visit(String where, Operation operation);
    }

    private static void forEachOperation(OperationVisitor visitor) {
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> visitor.visit(method + " " + path, operation)));
    }

    /** Adds a problem for every JSON content whose schema is neither a $ref nor a typed array/object. */
    private static void untyped(Content content, String where, List<String> problems) {
        if (content == null) {
            return;
        }
        content.forEach((mediaType, media) -> {
            if (mediaType.contains("json") && !typed(media.getSchema())) {
                problems.add(where + " " + mediaType + " is untyped: " + media.getSchema());
            }
        });
    }

    private static boolean typed(Schema<?> schema) {
        if (schema == null) {
            return false;
        }
        if (schema.get$ref() != null) {
            return true;
        }
        if (schema.getItems() != null) {
            return typed(schema.getItems());
        }
        return schema.getProperties() != null && !schema.getProperties().isEmpty();
    }

    /** This JVM's class path, expanded when Failsafe started it with a manifest-only jar. */
    private static String testClasspath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(entry);
            if (entry.endsWith(".jar") && new File(entry).isFile()) {
                try (JarFile jar = new JarFile(entry)) {
                    Manifest manifest = jar.getManifest();
                    String classPath = manifest == null ? null
                            : manifest.getMainAttributes().getValue("Class-Path");
                    if (classPath != null) {
                        for (String url : classPath.trim().split("\\s+")) {
                            entries.add(new File(URI.create(url).isAbsolute() ? URI.create(url)
                                    : new File(entry).getParentFile().toURI().resolve(url)).getPath());
                        }
                    }
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
