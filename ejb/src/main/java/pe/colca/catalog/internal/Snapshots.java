package pe.colca.catalog.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import pe.colca.catalog.Brand;
import pe.colca.catalog.Category;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductVariant;

/** The values an audit row keeps of a catalog record (before and after a change). */
final class Snapshots {

    private Snapshots() {
    }

    static Map<String, Object> of(Product p) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", p.getName());
        values.put("slug", p.getSlug());
        values.put("brandId", p.getBrandId());
        values.put("categoryId", p.getCategoryId());
        values.put("basePrice", p.getBasePrice());
        values.put("costPrice", p.getCostPrice());
        values.put("taxCode", p.getTaxCode());
        values.put("status", p.getStatus() == null ? null : p.getStatus().name());
        values.put("attributes", new LinkedHashMap<>(p.getAttributes()));
        values.put("variants", p.getVariants().stream().filter(v -> !v.isDeleted()).map(ProductVariant::getSku).toList());
        values.put("version", p.getVersion());
        return values;
    }

    static Map<String, Object> of(ProductVariant v) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("productId", v.getProduct().getId());
        values.put("sku", v.getSku());
        values.put("barcode", v.getBarcode());
        values.put("size", v.getSize());
        values.put("color", v.getColor());
        values.put("priceOverride", v.getPriceOverride());
        values.put("weight", v.getWeight());
        values.put("active", v.isActive());
        values.put("version", v.getVersion());
        return values;
    }

    /** As {@link #of(ProductVariant)} for a variant just inserted set-based (version 0). */
    static Map<String, Object> ofNew(Long productId, pe.colca.catalog.VariantData v) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("productId", productId);
        values.put("sku", v.sku());
        values.put("barcode", v.barcode());
        values.put("size", v.size());
        values.put("color", v.color());
        values.put("priceOverride", v.priceOverride());
        values.put("weight", v.weight());
        values.put("active", v.active());
        values.put("version", 0L);
        return values;
    }

    static Map<String, Object> of(Category c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", c.getName());
        values.put("slug", c.getSlug());
        values.put("parentId", c.getParent() == null ? null : c.getParent().getId());
        values.put("imageUrl", c.getImageUrl());
        values.put("active", c.isActive());
        return values;
    }

    static Map<String, Object> of(Brand b) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", b.getName());
        values.put("logoUrl", b.getLogoUrl());
        return values;
    }

    /** The snapshot plus what the change was made with (reason, justification, import row). */
    static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
        if (value != null) {
            values.put(key, value);
        }
        return values;
    }
}
