package pe.colca;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The transaction rules of docs/transactions.md that the compiler cannot see.
 *
 * <p><b>SUPPORTS only for flat reads.</b> A bean method running without a container transaction
 * ({@code SUPPORTS} called from outside one) gets its query results detached at once, so a lazy
 * association read afterwards throws {@code LazyInitializationException} — in production, on the
 * first caller without a transaction. Session 5 found that on users, roles and products only by
 * trying. The rule checked here: a business method whose effective attribute is SUPPORTS never
 * returns an entity (directly, in a collection, a {@code Page} or an {@code Optional}) that has a
 * lazy association or element collection.
 */
class TransactionRulesTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pe.colca");

    @Test
    @DisplayName("a SUPPORTS method never returns an entity with a lazy association")
    void supportsOnlyForFlatReads() throws ClassNotFoundException {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (JavaClass bean : DOMAIN) {
            if (!bean.isAnnotatedWith(Stateless.class) && !bean.isAnnotatedWith(Singleton.class)) {
                continue;
            }
            Class<?> type = Class.forName(bean.getName(), false, getClass().getClassLoader());
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || method.isBridge()
                        || effective(type, method) != TransactionAttributeType.SUPPORTS) {
                    continue;
                }
                checked++;
                Set<Class<?>> lazy = new HashSet<>();
                entitiesWithLazyAssociations(method.getGenericReturnType(), lazy, new HashSet<>());
                if (!lazy.isEmpty()) {
                    violations.add(type.getSimpleName() + "." + method.getName() + " returns " + lazy);
                }
            }
        }
        assertTrue(checked > 0, "no SUPPORTS method found: is the scan broken?");
        assertTrue(violations.isEmpty(), "SUPPORTS methods returning entities with lazy associations (make them"
                + " REQUIRED, or return a record): " + violations);
    }

    @Test
    @DisplayName("the check sees a lazy entity inside a Page, a List or an Optional, and lets flat ones pass")
    void checkSeesThroughContainers() throws NoSuchMethodException {
        Set<Class<?>> found = new HashSet<>();
        entitiesWithLazyAssociations(Samples.class.getMethod("page").getGenericReturnType(), found, new HashSet<>());
        entitiesWithLazyAssociations(Samples.class.getMethod("optional").getGenericReturnType(), found, new HashSet<>());
        assertTrue(found.equals(Set.of(WithChildren.class)), String.valueOf(found));
        found.clear();
        entitiesWithLazyAssociations(Samples.class.getMethod("flat").getGenericReturnType(), found, new HashSet<>());
        assertTrue(found.isEmpty(), String.valueOf(found));
    }

    @Entity
    static class WithChildren {
        @OneToMany
        List<Flat> children;
    }

    @Entity
    static class Flat {
        String name;
    }

    interface Samples {
        pe.colca.common.Page<WithChildren> page();

        Optional<List<WithChildren>> optional();

        List<Flat> flat();
    }

    private static TransactionAttributeType effective(Class<?> bean, Method method) {
        TransactionAttribute onMethod = method.getAnnotation(TransactionAttribute.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        TransactionAttribute onClass = bean.getAnnotation(TransactionAttribute.class);
        return onClass != null ? onClass.value() : TransactionAttributeType.REQUIRED;
    }

    private static void entitiesWithLazyAssociations(Type type, Set<Class<?>> found, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            entitiesWithLazyAssociations(parameterized.getRawType(), found, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                entitiesWithLazyAssociations(argument, found, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            entitiesWithLazyAssociations(array.getGenericComponentType(), found, seen);
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                entitiesWithLazyAssociations(c.getComponentType(), found, seen);
            } else if (c.isAnnotationPresent(Entity.class) && hasLazyAssociation(c)) {
                found.add(c);
            } else if (c.isRecord()) {
                for (var component : c.getRecordComponents()) {
                    entitiesWithLazyAssociations(component.getGenericType(), found, seen);
                }
            }
        }
    }

    private static boolean hasLazyAssociation(Class<?> entity) {
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(OneToMany.class) || field.isAnnotationPresent(ManyToMany.class)
                        || field.isAnnotationPresent(ElementCollection.class)
                        || Optional.ofNullable(field.getAnnotation(ManyToOne.class)).map(a -> a.fetch() == FetchType.LAZY)
                        .orElse(false)
                        || Optional.ofNullable(field.getAnnotation(OneToOne.class)).map(a -> a.fetch() == FetchType.LAZY)
                        .orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }
}
