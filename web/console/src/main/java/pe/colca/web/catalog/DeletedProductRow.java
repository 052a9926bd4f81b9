package pe.colca.web.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import pe.colca.catalog.DeletedProduct;

/** One line of the deleted-products list (bean getters for the pages' EL). */
public final class DeletedProductRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final DeletedProduct product;

    private DeletedProductRow(DeletedProduct product) {
        this.product = product;
    }

    public static DeletedProductRow of(DeletedProduct product) {
        return new DeletedProductRow(product);
    }

    public long getId() {
        return product.id();
    }

    public String getName() {
        return product.name();
    }

    public String getSlug() {
        return product.slug();
    }

    public BigDecimal getBasePrice() {
        return product.basePrice();
    }

    public Instant getDeletedAt() {
        return product.deletedAt();
    }

    public String getDeletedByName() {
        return product.deletedByName();
    }

    public String getDeletionReason() {
        return product.deletionReason();
    }
}
