package pe.colca.catalog.internal;

import static pe.colca.common.SqlValues.instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import pe.colca.catalog.PriceChange;
import pe.colca.catalog.PriceChangeData;
import pe.colca.catalog.PriceChangeType;
import pe.colca.catalog.PriceHistoryLine;
import pe.colca.catalog.PriceService;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductVariant;
import pe.colca.common.Checks;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.security.Caller;

/**
 * Price changes asked for on a screen or through the API (checked, then written by
 * {@link PriceWrites}, shared with the CSV import) and the price history.
 */
@Stateless
public class DefaultPriceService implements PriceService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    @Inject
    private RequestMetadata request;

    @EJB
    private Caller caller;

    @EJB
    private PriceWrites writes;

    @Override
    @RolesAllowed("catalog.price.edit")
    public Product changeBasePrice(long productId, long expectedVersion, PriceChangeData change) {
        PriceChangeData c = checked(change);
        if (c.newPrice() == null) {
            throw InvalidInput.of("newPrice", Messages.format(request.getLocale(), "catalog.price.required"));
        }
        ProductWrites.requirePositive(c.newPrice(), "newPrice");
        Product product = DefaultProductService.currentProduct(em, productId, expectedVersion);
        return writes.changeBasePrice(product, c.newPrice(), PriceCause.of(c), author());
    }

    @Override
    @RolesAllowed("catalog.price.edit")
    public ProductVariant changeVariantPrice(long variantId, long expectedVersion, PriceChangeData change) {
        PriceChangeData c = checked(change);
        if (c.newPrice() != null) {
            ProductWrites.requirePositive(c.newPrice(), "newPrice");
        }
        ProductVariant variant = DefaultVariantService.currentVariant(em, variantId, expectedVersion);
        return writes.changeVariantPrice(variant, c.newPrice(), PriceCause.of(c), author());
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public Page<PriceChange> priceHistory(long variantId, PageRequest page) {
        DefaultVariantService.liveVariant(em, variantId);
        List<PriceChange> items = em.createQuery("SELECT h FROM PriceChange h WHERE h.variantId = :v"
                        + " ORDER BY h.changedAt DESC, h.id DESC", PriceChange.class)
                .setParameter("v", variantId)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        long total = em.createQuery("SELECT count(h) FROM PriceChange h WHERE h.variantId = :v", Long.class)
                .setParameter("v", variantId).getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public Page<PriceHistoryLine> priceHistoryLines(long variantId, PageRequest page) {
        DefaultVariantService.liveVariant(em, variantId);
        List<?> rows = em.createNativeQuery("SELECT h.id, h.changed_at, h.old_price, h.new_price, h.change_type,"
                        + " h.reference_source, h.reference_id, h.changed_by, u.full_name, u.email, h.justification"
                        + " FROM price_change_history h LEFT JOIN security_user_names u ON u.id = h.changed_by"
                        + " WHERE h.variant_id = ?1 ORDER BY h.changed_at DESC, h.id DESC LIMIT " + page.limit()
                        + " OFFSET " + page.offset(), Tuple.class)
                .setParameter(1, variantId).getResultList();
        List<PriceHistoryLine> items = new ArrayList<>();
        for (Object o : rows) {
            Tuple r = (Tuple) o;
            Number by = (Number) r.get("changed_by");
            items.add(new PriceHistoryLine(((Number) r.get("id")).longValue(), variantId,
                    instant(r.get("changed_at")), r.get("old_price", BigDecimal.class),
                    r.get("new_price", BigDecimal.class), PriceChangeType.valueOf(r.get("change_type", String.class)),
                    r.get("reference_source", String.class), r.get("reference_id", String.class),
                    by == null ? null : by.longValue(), r.get("full_name", String.class), r.get("email", String.class),
                    r.get("justification", String.class)));
        }
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM price_change_history WHERE variant_id = ?1")
                .setParameter(1, variantId).getSingleResult()).longValue();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private PriceChangeData checked(PriceChangeData change) {
        PriceChangeData c = Checks.valid(validator, change, request.getLocale()).normalized();
        if (c.type() == PriceChangeType.BULK) {
            throw InvalidInput.of("type", Messages.format(request.getLocale(), "catalog.price.bulkReserved"));
        }
        return c;
    }

    private Author author() {
        return new Author(caller.userId().orElse(null), request.getLocale(), null);
    }
}
