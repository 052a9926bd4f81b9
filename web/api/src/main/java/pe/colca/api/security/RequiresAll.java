package pe.colca.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method that needs several permissions, each of them ({@code @RolesAllowed} needs any one
 * of its roles): checked by {@link PermissionFirstFilter} before the request is read or validated.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresAll {

    /** The permission slugs, all needed. */
    String[] value();
}
