package pe.colca.testing;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The permissions each API operation needs, derived from the code (no list to keep up to date): every
 * JAX-RS resource method of {@code web/api} (its HTTP method and path), the service methods it calls
 * (directly, through its lambdas and through the helpers of the API module), and the
 * {@code @RolesAllowed} of their implementations in {@code ejb}. An operation that calls services with
 * different permissions needs all of them; a {@code @RolesAllowed} with several roles needs any one.
 *
 * <p>Reads the compiled classes of the checkout under test ({@code colca.repo}): the reactor builds
 * {@code ejb}, {@code batch} and {@code web/api} before {@code ear}, so an endpoint added by any branch
 * is in the map as soon as it compiles.
 */
public final class ApiPermissions {

    /** What an operation needs: each set is "any one of these"; all sets are needed. Empty = no permission. */
    public record Requirement(List<Set<String>> allOf, Set<String> services) {
        public boolean declared() {
            return !allOf.isEmpty();
        }
    }

    private static final Set<String> HTTP = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD");

    private final JavaClasses classes;

    private ApiPermissions(JavaClasses classes) {
        this.classes = classes;
    }

    /** The map of the checkout under test (system property {@code colca.repo}, else the working directory's parent). */
    public static Map<String, Requirement> ofCheckout() {
        return new ApiPermissions(new ClassFileImporter().importPaths(compiledDirs())).operations();
    }

    private static List<Path> compiledDirs() {
        Path repo = Path.of(System.getProperty("colca.repo", "..")).toAbsolutePath().normalize();
        List<Path> dirs = new ArrayList<>();
        for (String module : List.of("web/api", "ejb", "batch")) {
            Path dir = repo.resolve(module).resolve("target/classes");
            if (Files.isDirectory(dir)) {
                dirs.add(dir);
            }
        }
        if (dirs.size() < 2) {
            throw new IllegalStateException("compiled classes of web/api and ejb not found under " + repo);
        }
        return dirs;
    }

    /**
     * One resource method: its operation, what the services it calls need ({@code derived}) and what its
     * own annotations declare for {@code PermissionFirstFilter} ({@code @RolesAllowed}: one "any of" set;
     * {@code @RequiresAll}: one set per permission; {@code @PermitAll}: nothing, on purpose).
     */
    public record Declaration(String operation, String resourceMethod, Set<Set<String>> derived,
            Set<Set<String>> declared, boolean permitAll) {
    }

    /** Every resource method of the checkout under test, with the permissions derived and declared. */
    public static List<Declaration> declarationsOfCheckout() {
        return new ApiPermissions(new ClassFileImporter().importPaths(compiledDirs())).declarations();
    }

    List<Declaration> declarations() {
        List<Declaration> list = new ArrayList<>();
        forEachOperation((key, method) -> {
            Set<Set<String>> declared = new LinkedHashSet<>();
            Set<String> any = roles(method.tryGetAnnotationOfType("jakarta.annotation.security.RolesAllowed"));
            if (!any.isEmpty()) {
                declared.add(any);
            }
            for (String one : roles(method.tryGetAnnotationOfType("pe.colca.api.security.RequiresAll"))) {
                declared.add(Set.of(one));
            }
            list.add(new Declaration(key, method.getOwner().getName() + "#" + method.getName(),
                    new LinkedHashSet<>(requirement(method).allOf()), declared,
                    method.isAnnotatedWith("jakarta.annotation.security.PermitAll")));
        });
        return list;
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JavaMethod> action) {
        for (JavaClass resource : classes) {
            if (!resource.getPackageName().startsWith("pe.colca.api") || !resource.isAnnotatedWith("jakarta.ws.rs.Path")) {
                continue;
            }
            String base = pathOf(resource.tryGetAnnotationOfType("jakarta.ws.rs.Path"));
            for (JavaMethod method : resource.getMethods()) {
                Optional<String> http = method.getAnnotations().stream()
                        .map(a -> a.getRawType().getSimpleName()).filter(HTTP::contains).findFirst();
                if (http.isPresent()) {
                    action.accept(key(http.get(), "/api/v1" + base
                            + pathOf(method.tryGetAnnotationOfType("jakarta.ws.rs.Path"))), method);
                }
            }
        }
    }

    /** Operation key ({@link #key}) → what it needs, for every resource method of the API module. */
    Map<String, Requirement> operations() {
        Map<String, Requirement> map = new TreeMap<>();
        forEachOperation((key, method) -> map.put(key, requirement(method)));
        return map;
    }

    /** {@code "POST /api/v1/locations/{}"}: path parameters by position, no regex, no trailing slash. */
    public static String key(String httpMethod, String path) {
        String p = path.replaceAll("\\{[^}]*}", "{}").replaceAll("/+", "/");
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return httpMethod.toUpperCase() + " " + p;
    }

    private Requirement requirement(JavaMethod resourceMethod) {
        List<Set<String>> allOf = new ArrayList<>();
        Set<String> services = new LinkedHashSet<>();
        Set<JavaCodeUnit> seen = new HashSet<>();
        Deque<JavaCodeUnit> todo = new ArrayDeque<>(List.of(resourceMethod));
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.pop();
            if (!seen.add(unit)) {
                continue;
            }
            // lambdas of this code unit are separate synthetic methods of its class
            for (JavaMethod m : unit.getOwner().getMethods()) {
                if (m.getName().startsWith("lambda$" + unit.getName() + "$")) {
                    todo.push(m);
                }
            }
            for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                JavaClass owner = call.getTargetOwner();
                String pkg = owner.getPackageName();
                if (!pkg.startsWith("pe.colca")) {
                    continue;
                }
                if (pkg.startsWith("pe.colca.api")) {
                    call.getTarget().resolveMember().ifPresent(todo::push);
                    continue;
                }
                if (!owner.isInterface()) {
                    continue;
                }
                for (JavaClass impl : owner.getAllSubclasses()) {
                    if (impl.isInterface() || !impl.isAnnotatedWith("jakarta.ejb.Stateless")
                            && !impl.isAnnotatedWith("jakarta.ejb.Singleton")) {
                        continue;
                    }
                    Optional<JavaMethod> target = impl.tryGetMethod(call.getName(),
                            call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toArray(String[]::new));
                    Set<String> roles = target.isPresent()
                            ? roles(target.get().tryGetAnnotationOfType("jakarta.annotation.security.RolesAllowed"))
                            : Set.of();
                    boolean methodPermitAll = target.map(t -> t.isAnnotatedWith("jakarta.annotation.security.PermitAll")).orElse(false);
                    if (roles.isEmpty() && !methodPermitAll) {
                        roles = roles(impl.tryGetAnnotationOfType("jakarta.annotation.security.RolesAllowed"));
                    }
                    services.add(impl.getSimpleName() + "." + call.getName());
                    if (!roles.isEmpty() && !allOf.contains(roles)) {
                        allOf.add(roles);
                    }
                }
            }
        }
        return new Requirement(allOf, services);
    }

    private static Set<String> roles(Optional<? extends JavaAnnotation<?>> annotation) {
        Set<String> roles = new LinkedHashSet<>();
        annotation.ifPresent(a -> {
            Object value = a.get("value").orElse(new String[0]);
            for (Object role : (Object[]) value) {
                roles.add(String.valueOf(role));
            }
        });
        return roles;
    }

    private static String pathOf(Optional<? extends JavaAnnotation<?>> path) {
        String value = path.flatMap(a -> a.get("value")).map(String::valueOf).orElse("");
        if (value.isEmpty()) {
            return "";
        }
        return value.startsWith("/") ? value : "/" + value;
    }

    /** Prints the map (a look at what the matrix test will check): {@code java ... ApiPermissions}. */
    public static void main(String[] args) {
        if (args.length > 0 && "declarations".equals(args[0])) {
            declarationsOfCheckout().forEach(d -> System.out.println(d.resourceMethod() + " " + d.operation()
                    + " -> " + d.derived() + " declared " + d.declared() + (d.permitAll() ? " permitAll" : "")));
            return;
        }
        ofCheckout().forEach((k, r) -> System.out.println(k + " -> " + r.allOf() + " via " + r.services()));
    }
}
