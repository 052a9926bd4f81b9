package pe.colca.catalog.pricing.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import pe.colca.catalog.pricing.BulkPriceLine;
import pe.colca.catalog.pricing.BulkPricePreview;
import pe.colca.catalog.pricing.BulkPriceRefused;
import pe.colca.catalog.pricing.BulkPriceRequest;
import pe.colca.catalog.pricing.BulkPriceResult;
import pe.colca.catalog.pricing.BulkPriceRule;
import pe.colca.catalog.pricing.BulkPriceService;
import pe.colca.catalog.pricing.BulkSelectionChanged;
import pe.colca.catalog.PriceChange;
import pe.colca.catalog.PriceChangeType;
import pe.colca.catalog.PricePolicy;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductVariant;
import pe.colca.common.Where;
import pe.colca.common.Checks;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.RequestMetadata;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;

/**
 * Bulk price updates (see {@link BulkPriceService} for what APPLY writes). The selection is one SQL
 * query (a recursive CTE for the category subtree); APPLY runs it again with {@code FOR UPDATE} so
 * the rows cannot change under it, recomputes every price from the current one, refuses the whole
 * update if any result is zero or less, and then writes through the entities (so product and variant
 * versions move and a concurrent editor gets its 409).
 */
@Stateless
public class DefaultBulkPriceService implements BulkPriceService {

    static final String REFERENCE_SOURCE = "bulk_price_update";
    private static final int LOAD_CHUNK = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    @Inject
    private RequestMetadata request;

    @EJB
    private Caller caller;

    @EJB
    private AuditTrail audit;

    @Override
    @RolesAllowed("catalog.price.edit")
    public BulkPricePreview preview(BulkPriceRequest data, int limit) {
        BulkPriceRequest r = checked(data, false);
        List<BulkPriceLine> lines = select(r, false);
        int max = Math.max(1, Math.min(limit, MAX_PREVIEW_LINES));
        return new BulkPricePreview(List.copyOf(lines.subList(0, Math.min(max, lines.size()))), lines.size(),
                lines.stream().filter(BulkPriceLine::changes).count(), refused(lines), unknownSkus(r, lines),
                fingerprint(r, lines));
    }

    @Override
    @RolesAllowed("catalog.price.edit")
    public BulkPriceResult apply(BulkPriceRequest data, String expectedFingerprint) {
        BulkPriceRequest r = checked(data, true);
        List<BulkPriceLine> lines = select(r, true);
        if (expectedFingerprint != null && !expectedFingerprint.isBlank()
                && !expectedFingerprint.strip().equals(fingerprint(r, lines))) {
            throw new BulkSelectionChanged();
        }
        List<String> refused = refused(lines);
        if (!refused.isEmpty()) {
            throw new BulkPriceRefused(refused);
        }
        List<BulkPriceLine> changing = lines.stream().filter(BulkPriceLine::changes).toList();
        String operationId = UUID.randomUUID().toString();
        if (changing.isEmpty()) {
            return new BulkPriceResult(operationId, 0, 0, 0);
        }
        Map<Long, ProductVariant> variants = load(changing.stream().map(BulkPriceLine::variantId).toList());
        Map<Long, Long> followingBase = liveVariantsFollowingBase(changing);
        Map<Long, List<BulkPriceLine>> selectedFollowingBase = new LinkedHashMap<>();
        for (BulkPriceLine line : changing) {
            if (!line.overridden()) {
                selectedFollowingBase.computeIfAbsent(line.productId(), k -> new ArrayList<>()).add(line);
            }
        }
        Set<Long> baseChanges = new LinkedHashSet<>();
        selectedFollowingBase.forEach((productId, selected) -> {
            if (selected.size() == followingBase.getOrDefault(productId, -1L)) {
                baseChanges.add(productId); // every variant on the base price is selected: move the base price
            }
        });
        Long who = caller.userId().orElse(null);
        String justification = r.justification();
        int overrides = 0;
        for (BulkPriceLine line : changing) {
            ProductVariant variant = variants.get(line.variantId());
            if (variant == null || variant.effectivePrice().compareTo(line.oldPrice()) != 0) {
                throw new BulkSelectionChanged(); // cannot happen under FOR UPDATE; never write on a guess
            }
        }
        for (BulkPriceLine line : changing) {
            ProductVariant variant = variants.get(line.variantId());
            if (line.overridden() || !baseChanges.contains(line.productId())) {
                variant.overridePrice(line.newPrice());
                overrides++;
            } else {
                Product product = variant.getProduct();
                if (product.getBasePrice().compareTo(line.newPrice()) != 0) {
                    product.changeBasePrice(line.newPrice());
                }
            }
            em.persist(new PriceChange(line.variantId(), line.oldPrice(), line.newPrice(), PriceChangeType.BULK, who,
                    justification).causedBy(REFERENCE_SOURCE, operationId));
        }
        em.flush();
        Map<String, Object> criteria = criteria(r);
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("changedVariants", changing.size());
        outcome.put("basePricesChanged", baseChanges.size());
        outcome.put("overridesChanged", overrides);
        outcome.put("justification", justification);
        audit.record("BULK_PRICE", "price_change_history", operationId, criteria, outcome);
        return new BulkPriceResult(operationId, changing.size(), baseChanges.size(), overrides);
    }

    private BulkPriceRequest checked(BulkPriceRequest data, boolean applying) {
        if (data == null) {
            throw InvalidInput.of("mode", Messages.format(request.getLocale(), "catalog.bulk.mode.required"));
        }
        BulkPriceRequest r = Checks.valid(validator, data, request.getLocale()).normalized();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!r.hasCriteria()) {
            errors.put("criteria", Messages.format(request.getLocale(), "catalog.bulk.criteria.required"));
        }
        if (applying && r.justification() == null) {
            errors.put("justification", Messages.format(request.getLocale(), "catalog.bulk.justification.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return r;
    }

    /** Every selected variant with its price today and after the update, by product name and SKU. */
    private List<BulkPriceLine> select(BulkPriceRequest r, boolean lock) {
        Where where = new Where().and("v.deleted_at IS NULL AND p.deleted_at IS NULL");
        String subtree = "";
        if (r.categoryId() != null) {
            subtree = "WITH RECURSIVE subtree (id, depth) AS (SELECT id, 0 FROM categories WHERE id = :category"
                    + " UNION ALL SELECT c.id, s.depth + 1 FROM categories c JOIN subtree s ON c.parent_id = s.id"
                    + " WHERE s.depth < 100) ";
            where.and("p.category_id IN (SELECT id FROM subtree)", "category", r.categoryId());
        }
        where.andIf(r.brandId(), "p.brand_id = :brand", "brand").andIf(r.skus(), "v.sku IN (:skus)", "skus");
        Query query = where.bind(em.createNativeQuery(subtree
                + "SELECT v.id, p.id, p.name, v.sku, v.size, v.color, v.is_active, v.price_override, p.base_price"
                + " FROM product_variants v JOIN products p ON p.id = v.product_id" + where
                + " ORDER BY p.name, v.sku, v.id" + (lock ? " FOR UPDATE OF v, p" : "")));
        List<BulkPriceLine> lines = new ArrayList<>();
        for (Object o : query.getResultList()) {
            Object[] row = (Object[]) o;
            BigDecimal override = (BigDecimal) row[7];
            BigDecimal oldPrice = PricePolicy.money(PricePolicy.effective(override, (BigDecimal) row[8]));
            BigDecimal newPrice = BulkPriceRule.newPrice(oldPrice, r.mode(), r.value());
            lines.add(new BulkPriceLine(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2],
                    (String) row[3], (String) row[4], (String) row[5], (Boolean) row[6], override != null, oldPrice,
                    newPrice, !PricePolicy.isPositive(newPrice)));
        }
        return lines;
    }

    private static List<String> refused(List<BulkPriceLine> lines) {
        return lines.stream().filter(BulkPriceLine::refused).map(BulkPriceLine::sku).toList();
    }

    private static List<String> unknownSkus(BulkPriceRequest r, List<BulkPriceLine> lines) {
        if (r.skus() == null) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        lines.forEach(l -> found.add(l.sku()));
        return r.skus().stream().filter(s -> !found.contains(s)).toList();
    }

    /** SHA-256 over the request and every selected variant's id and current price. */
    static String fingerprint(BulkPriceRequest r, List<BulkPriceLine> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((r.mode() + "|" + r.value().stripTrailingZeros().toPlainString() + "|").getBytes(
                    StandardCharsets.UTF_8));
            for (BulkPriceLine line : lines) {
                digest.update((line.variantId() + ":" + line.oldPrice().toPlainString() + ";")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<Long, ProductVariant> load(List<Long> ids) {
        Map<Long, ProductVariant> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += LOAD_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + LOAD_CHUNK));
            em.createQuery("SELECT v FROM ProductVariant v JOIN FETCH v.product WHERE v.id IN :ids",
                    ProductVariant.class).setParameter("ids", chunk).getResultList().forEach(v -> byId.put(v.getId(), v));
        }
        return byId;
    }

    /** Per product of the changing lines: how many live variants follow its base price (no override). */
    private Map<Long, Long> liveVariantsFollowingBase(List<BulkPriceLine> changing) {
        List<Long> productIds = changing.stream().filter(l -> !l.overridden()).map(BulkPriceLine::productId)
                .distinct().toList();
        Map<Long, Long> counts = new HashMap<>();
        for (int from = 0; from < productIds.size(); from += LOAD_CHUNK) {
            List<Long> chunk = productIds.subList(from, Math.min(productIds.size(), from + LOAD_CHUNK));
            for (Object o : em.createNativeQuery("SELECT product_id, count(*) FROM product_variants"
                    + " WHERE deleted_at IS NULL AND price_override IS NULL AND product_id IN (?1) GROUP BY product_id")
                    .setParameter(1, chunk).getResultList()) {
                Object[] row = (Object[]) o;
                counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
        }
        return counts;
    }

    private static Map<String, Object> criteria(BulkPriceRequest r) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("categoryId", r.categoryId());
        values.put("brandId", r.brandId());
        values.put("skus", r.skus());
        values.put("mode", r.mode().name());
        values.put("value", r.value());
        return values;
    }
}
