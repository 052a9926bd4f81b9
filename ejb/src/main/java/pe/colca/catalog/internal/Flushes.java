package pe.colca.catalog.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pe.colca.catalog.CatalogStaleVersion;
import pe.colca.common.DuplicateKey;
import pe.colca.common.SqlFailure;

/**
 * Writes now, so a concurrent edit or a value taken in the meantime becomes a clear refusal
 * (409 {@code stale-version} or {@code duplicate-key} naming the field) instead of a failed commit.
 */
final class Flushes {

    private static final Pattern CONSTRAINT = Pattern.compile("\"(uq_[a-z_]+)\"");

    private Flushes() {
    }

    static void flush(EntityManager em, String entityKey, Supplier<String> id) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw translate(e, entityKey, id);
        }
    }

    static RuntimeException translate(PersistenceException e, String entityKey, Supplier<String> id) {
        if (e instanceof OptimisticLockException) {
            return new CatalogStaleVersion(entityKey, id.get());
        }
        Optional<SQLException> duplicate = SqlFailure.find(e, SqlFailure.UNIQUE_VIOLATION);
        if (duplicate.isEmpty()) {
            return e;
        }
        Matcher m = CONSTRAINT.matcher(String.valueOf(duplicate.get().getMessage()));
        String field = "value";
        if (m.find()) {
            String constraint = m.group(1);
            field = constraint.endsWith("_sku") ? "sku" : constraint.endsWith("_barcode") ? "barcode"
                    : constraint.endsWith("_slug") ? "slug" : constraint.endsWith("_name") ? "name" : "value";
        }
        return new DuplicateKey(field, id.get());
    }
}
