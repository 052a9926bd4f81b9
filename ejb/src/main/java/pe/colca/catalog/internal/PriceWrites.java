package pe.colca.catalog.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Map;
import pe.colca.settings.Settings;
import pe.colca.catalog.PriceChange;
import pe.colca.catalog.PricePolicy;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductVariant;
import pe.colca.security.AuditTrail;

/**
 * The one implementation of a price change, shared by {@link DefaultPriceService} and the CSV
 * import: the justification threshold ({@link PricePolicy}), one {@code price_change_history} row
 * per variant whose price changed, and the audit row. Joins the caller's transaction
 * ({@code MANDATORY}); permissions are the callers'. A change to the current price changes nothing
 * and writes nothing.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PriceWrites {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Settings settings;

    @EJB
    private AuditTrail audit;

    /**
     * Changes the base price; every live variant without an override gets a history row.
     *
     * @throws pe.colca.catalog.JustificationRequired above the threshold without a justification
     */
    public Product changeBasePrice(Product product, BigDecimal newBasePrice, PriceCause cause, Author author) {
        BigDecimal newPrice = ProductWrites.requirePositive(newBasePrice, "newPrice");
        BigDecimal oldPrice = product.getBasePrice();
        if (oldPrice.compareTo(newPrice) == 0) {
            return product;
        }
        PricePolicy.requireJustification(oldPrice, newPrice, CatalogSettings.justificationThresholdPct(settings),
                cause.justification());
        Map<String, Object> before = Snapshots.of(product);
        product.changeBasePrice(newPrice);
        Flushes.flush(em, CatalogEntities.PRODUCT, () -> String.valueOf(product.getId()));
        for (ProductVariant variant : product.getVariants()) {
            if (!variant.isDeleted() && variant.getPriceOverride() == null && variant.getId() != null) {
                em.persist(history(variant.getId(), oldPrice, newPrice, cause, author, "product", product.getId()));
            }
        }
        Flushes.flush(em, CatalogEntities.PRODUCT, () -> String.valueOf(product.getId()));
        Map<String, Object> after = Snapshots.with(Snapshots.of(product), "justification", cause.justification());
        audit.recordAs(author.userId(), "PRICE", "products", product.getId(), before,
                Snapshots.with(after, "origin", author.origin()));
        return product;
    }

    /**
     * Sets the variant's override ({@code newOverride}) or, with null, removes it.
     *
     * @throws pe.colca.catalog.JustificationRequired above the threshold without a justification
     */
    public ProductVariant changeVariantPrice(ProductVariant variant, BigDecimal newOverride, PriceCause cause,
                                             Author author) {
        BigDecimal override = newOverride == null ? null : ProductWrites.requirePositive(newOverride, "newPrice");
        BigDecimal oldOverride = variant.getPriceOverride();
        if (oldOverride == null ? override == null : override != null && oldOverride.compareTo(override) == 0) {
            return variant;
        }
        BigDecimal oldPrice = variant.effectivePrice();
        BigDecimal newPrice = PricePolicy.effective(override, variant.getProduct().getBasePrice());
        PricePolicy.requireJustification(oldPrice, newPrice, CatalogSettings.justificationThresholdPct(settings),
                cause.justification());
        Map<String, Object> before = Snapshots.of(variant);
        if (override == null) {
            variant.clearPriceOverride();
        } else {
            variant.overridePrice(override);
        }
        Flushes.flush(em, CatalogEntities.VARIANT, () -> String.valueOf(variant.getId()));
        em.persist(history(variant.getId(), oldPrice, variant.effectivePrice(), cause, author, "variant",
                variant.getId()));
        Flushes.flush(em, CatalogEntities.VARIANT, () -> String.valueOf(variant.getId()));
        Map<String, Object> after = Snapshots.with(Snapshots.of(variant), "justification", cause.justification());
        audit.recordAs(author.userId(), "PRICE", "product_variants", variant.getId(), before,
                Snapshots.with(after, "origin", author.origin()));
        return variant;
    }

    /** A history row; without a reference it points at what was changed. */
    private static PriceChange history(long variantId, BigDecimal oldPrice, BigDecimal newPrice, PriceCause cause,
                                       Author author, String changed, long changedId) {
        return new PriceChange(variantId, oldPrice, newPrice, cause.type(), author.userId(),
                cause.recordedJustification()).causedBy(cause.source(changed), cause.reference(changedId));
    }
}
