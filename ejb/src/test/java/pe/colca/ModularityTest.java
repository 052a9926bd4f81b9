package pe.colca;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The area rules of docs/style.md and docs/conventions.md ("Area seams"): areas talk through each
 * other's service interfaces, never through internals, entities or tables.
 */
class ModularityTest {

    private static final List<String> AREAS = List.of("catalog", "inventory", "customer", "sales", "payment",
            "invoicing", "promotion", "notification", "security", "settings", "reporting");

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pe.colca");

    @Test
    @DisplayName("an area never uses another area's internal package")
    void noForeignInternals() {
        for (String area : AREAS) {
            noClasses().that().resideOutsideOfPackage("pe.colca." + area + "..")
                    .should().dependOnClassesThat().resideInAPackage("pe.colca." + area + ".internal..")
                    .allowEmptyShould(true)
                    .because("areas talk through each other's service interfaces")
                    .check(DOMAIN);
        }
    }

    @Test
    @DisplayName("the common package depends on no business area")
    void commonStaysSmall() {
        noClasses().that().resideInAPackage("pe.colca.common..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        AREAS.stream().map(a -> "pe.colca." + a + "..").toArray(String[]::new))
                .check(DOMAIN);
    }

    @Test
    @DisplayName("an area never uses another area's entities (their tables through JPA)")
    void noForeignEntities() {
        for (String area : AREAS) {
            noClasses().that().resideInAPackage("pe.colca." + area + "..")
                    .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("entities of other areas") {
                        @Override
                        public boolean test(JavaClass type) {
                            return type.isAnnotatedWith(Entity.class) && !type.getPackageName().startsWith("pe.colca." + area)
                                    && type.getPackageName().startsWith("pe.colca.");
                        }
                    })
                    .allowEmptyShould(true)
                    .because("another area's rows are read through its service interface, by id")
                    .check(DOMAIN);
        }
    }

    /** Packages that belong to no business area: demo data seeds every area's tables on purpose. */
    private static final List<String> NO_AREA = List.of("demo");

    @Test
    @DisplayName("an area never names another area's tables (SQL) or entities (JPQL) in its queries")
    void areasOwnTheirTables() {
        Path repo = repository();
        TableOwnership ownership = TableOwnership.load(repo);
        List<String> violations = new ArrayList<>();
        scan(ownership, repo.resolve("ejb/src/main/java/pe/colca"), violations);
        scan(ownership, repo.resolve("batch/src/main/java/pe/colca/batch"), violations);
        assertEquals(List.of(), violations, "queries naming another area's tables: use that area's service"
                + " (or a view it publishes, TableOwnership.PUBLISHED_VIEWS)");
    }

    @Test
    @DisplayName("the table rule fails on a foreign table or entity, and passes own tables and published views")
    void tableRuleCanFail() {
        TableOwnership ownership = TableOwnership.load(repository());
        String source = """
                class Probe {
                    // SELECT * FROM users (a comment is not a query)
                    String sql = "SELECT v.sku FROM product_variants v JOIN inventory_stock s ON s.variant_id = v.id";
                    String jpql = "SELECT v FROM ProductVariant v";
                    String view = "SELECT sku FROM catalog_variant_index";
                    String key = "inventory.stock.users";
                }
                """;
        List<String> found = ownership.foreignNames("inventory", source);
        assertEquals(List.of("product_variants of catalog", "ProductVariant (product_variants) of catalog"), found);
        assertTrue(ownership.foreignNames("catalog", source).contains("inventory_stock of inventory"));
    }

    private static void scan(TableOwnership ownership, Path root, List<String> violations) {
        for (Path file : TableOwnership.files(root, ".java")) {
            String area = root.relativize(file).getName(0).toString();
            if (NO_AREA.contains(area) || file.getNameCount() - root.getNameCount() < 2) {
                continue;
            }
            for (String name : ownership.foreignNames(area, TableOwnership.read(file))) {
                violations.add(root.relativize(file) + ": " + name);
            }
        }
    }

    /** The checkout's root (the folder with docs/data-model.mmd), from the module the test runs in. */
    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docs/data-model.mmd"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/data-model.mmd not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
