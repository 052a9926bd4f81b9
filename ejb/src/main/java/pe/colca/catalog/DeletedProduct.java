package pe.colca.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A soft-deleted product as the "deleted" list shows it: what it was, when, by whom and why. */
public record DeletedProduct(long id, String name, String slug, BigDecimal basePrice, Instant deletedAt,
                             String deletedByName, String deletionReason) implements Serializable {
}
