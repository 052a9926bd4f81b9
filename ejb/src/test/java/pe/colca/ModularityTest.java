package pe.colca;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The area rules of docs/style.md, checked on the compiled domain. */
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
}
