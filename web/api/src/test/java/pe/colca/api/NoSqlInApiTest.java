package pe.colca.api;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/style.md rules 4, 8 and 12 on the compiled API: a resource makes one call to an area's EJB
 * service, which owns the transaction and the queries; no API class touches the EntityManager, a
 * query, a DataSource, JDBC or Hibernate. Exceptions of those packages are not covered: {@link
 * Problems} reads an {@code OptimisticLockException} or a {@code SQLException}'s SQL state to answer
 * 409 or 400 instead of 500, which is reading an error, not running SQL.
 */
class NoSqlInApiTest {

    /** JPA, JDBC and Hibernate types other than their exceptions. */
    static final DescribedPredicate<JavaClass> SQL_TYPES = resideInAnyPackage(
            "jakarta.persistence..", "java.sql..", "javax.sql..", "org.hibernate..")
            .and(not(assignableTo(Throwable.class)))
            .as("are JPA, JDBC or Hibernate types other than exceptions (EntityManager, queries, DataSource,"
                    + " Connection, Session, ...)");

    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pe.colca.api");

    @Test
    @DisplayName("no API class runs SQL: queries live in the areas' services")
    void noSqlInApi() {
        noClasses().should().dependOnClassesThat(SQL_TYPES)
                .because("a resource calls an area's EJB service, which owns the transaction and the queries"
                        + " (docs/style.md rules 4, 8 and 12)")
                .check(API);
    }
}
