package pe.colca.web;

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
 * docs/style.md rules 4 and 8 on the compiled console: its beans call the areas' EJB services, which
 * own the transactions and the queries; no console class touches the EntityManager, a query, a
 * DataSource, JDBC or Hibernate. Exceptions of those packages are not covered: telling why a
 * transaction failed is reading an error, not running SQL.
 */
class NoSqlInWebTest {

    /** JPA, JDBC and Hibernate types other than their exceptions. */
    static final DescribedPredicate<JavaClass> SQL_TYPES = resideInAnyPackage(
            "jakarta.persistence..", "java.sql..", "javax.sql..", "org.hibernate..")
            .and(not(assignableTo(Throwable.class)))
            .as("are JPA, JDBC or Hibernate types other than exceptions (EntityManager, queries, DataSource,"
                    + " Connection, Session, ...)");

    private static final JavaClasses CONSOLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pe.colca.web");

    @Test
    @DisplayName("no console class runs SQL: queries live in the areas' services")
    void noSqlInConsole() {
        noClasses().should().dependOnClassesThat(SQL_TYPES)
                .because("the console calls the areas' EJB services, which own transactions and queries"
                        + " (docs/style.md rules 4 and 8)")
                .check(CONSOLE);
    }
}
