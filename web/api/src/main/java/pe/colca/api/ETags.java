package pe.colca.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Optimistic locking over HTTP. The ETag of a record is its version as a strong tag
 * ({@code ETag: "3"}); a change must send it back in {@code If-Match}. Missing: 428. Not a version:
 * 400. Stale: the service refuses with 409 {@code stale-version}.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version named by {@code If-Match}. Accepts {@code "3"}, and leniently {@code 3} and
     * {@code W/"3"} (some proxies weaken tags). {@code *} and lists are refused: a change must name
     * the one version it was based on.
     */
    public static long requiredVersion(String ifMatch, Locale locale) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired(locale);
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        if (tag.isEmpty() || tag.length() > 18 || !tag.chars().allMatch(Character::isDigit)) {
            throw ApiProblem.invalidIfMatch(locale);
        }
        return Long.parseLong(tag);
    }

    /** True if {@code If-None-Match} names the current version (or is {@code *}). */
    public static boolean matches(String ifNoneMatch, long version) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("\"" + version + "\"")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A conditional read: 304 with the tag when {@code If-None-Match} names the current version,
     * otherwise 200 with the body (built only then) and the tag.
     */
    public static Response conditional(String ifNoneMatch, long version, Supplier<?> body) {
        if (matches(ifNoneMatch, version)) {
            return Response.notModified(of(version)).build();
        }
        return ok(body.get(), version);
    }

    /** 200 with the body and its version as the ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(of(version)).build();
    }

    /**
     * A change based on the version named by {@code If-Match}: missing is 428, not a version 400
     * ({@link #requiredVersion}); {@code change} gets the version (the service refuses a stale one with 409
     * {@code stale-version}), and the answer is 200 with the view of what it returns and its new version as
     * the ETag.
     */
    public static <T> Response update(String ifMatch, Locale locale, LongFunction<T> change,
                                      Function<? super T, ?> view, ToLongFunction<? super T> version) {
        T changed = change.apply(requiredVersion(ifMatch, locale));
        return ok(view.apply(changed), version.applyAsLong(changed));
    }
}
