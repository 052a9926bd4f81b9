package pe.colca.web.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import pe.colca.catalog.NewProduct;
import pe.colca.catalog.PricePolicy;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductData;
import pe.colca.catalog.ProductStatus;
import pe.colca.catalog.Slugs;
import pe.colca.catalog.TaxAffectation;

/**
 * What the product editor edits. For an existing product it remembers the id and the version read;
 * that version goes back to {@code updateProduct}, so a change saved by somebody else meanwhile is
 * refused as a conflict instead of being overwritten. The base price is typed only for a new
 * product; afterwards it changes through "Cambiar precio". The slug follows the name until the user
 * edits it.
 */
public class ProductForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String name;
    private String slug;
    private boolean slugEdited;
    private String descriptionShort;
    private String descriptionLong;
    private Long brandId;
    private Long categoryId;
    private BigDecimal basePrice;
    private BigDecimal costPrice;
    private TaxAffectation taxAffectation = TaxAffectation.GRAVADO_ONEROSA;
    private ProductStatus status = ProductStatus.DRAFT;
    private KeyValueTable attributes = KeyValueTable.empty();
    /** The first variant of a new product (a product always has one). */
    private VariantForm firstVariant = VariantForm.blank();

    public static ProductForm blank() {
        return new ProductForm();
    }

    public static ProductForm of(Product p) {
        ProductForm form = new ProductForm();
        form.id = p.getId();
        form.version = p.getVersion();
        form.name = p.getName();
        form.slug = p.getSlug();
        form.slugEdited = true;
        form.descriptionShort = p.getDescriptionShort();
        form.descriptionLong = p.getDescriptionLong();
        form.brandId = p.getBrandId();
        form.categoryId = p.getCategoryId();
        form.basePrice = p.getBasePrice();
        form.costPrice = p.getCostPrice();
        form.taxAffectation = p.getTaxAffectation();
        form.status = p.getStatus();
        form.attributes = KeyValueTable.of(p.getAttributes());
        form.firstVariant = null;
        return form;
    }

    /** After a price or variant change: the new version and base price, keeping what the user typed. */
    public void refresh(Product p) {
        this.version = p.getVersion();
        this.basePrice = p.getBasePrice();
    }

    /** @throws KeyValueTable.Invalid when an attribute is named twice or has no name */
    public ProductData toData() {
        return new ProductData(name, slug, descriptionShort, descriptionLong, brandId, categoryId, costPrice,
                taxAffectation, status, attributes.toMap());
    }

    public NewProduct toNewProduct() {
        return new NewProduct(toData(), basePrice, List.of(firstVariant.toData()));
    }

    /** The name changed: a slug the user did not edit follows it. */
    public void nameChanged() {
        if (!slugEdited && name != null && !name.isBlank()) {
            slug = Slugs.of(name);
        }
    }

    public boolean isNew() {
        return id == null;
    }

    /** Price minus cost, or null without a cost. */
    public BigDecimal getMargin() {
        return PricePolicy.margin(basePrice, costPrice);
    }

    public BigDecimal getMarginPercent() {
        return PricePolicy.marginPercent(basePrice, costPrice);
    }

    /** The cost is above the price: selling loses money (allowed, but warned). */
    public boolean isCostAbovePrice() {
        return basePrice != null && costPrice != null && costPrice.compareTo(basePrice) > 0;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        if (slug != null && !slug.equals(this.slug)) {
            slugEdited = true;
        }
        this.slug = slug;
    }

    public String getDescriptionShort() {
        return descriptionShort;
    }

    public void setDescriptionShort(String descriptionShort) {
        this.descriptionShort = descriptionShort;
    }

    public String getDescriptionLong() {
        return descriptionLong;
    }

    public void setDescriptionLong(String descriptionLong) {
        this.descriptionLong = descriptionLong;
    }

    public Long getBrandId() {
        return brandId;
    }

    public void setBrandId(Long brandId) {
        this.brandId = brandId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public BigDecimal getBasePrice() {
        return basePrice;
    }

    public void setBasePrice(BigDecimal basePrice) {
        this.basePrice = basePrice;
    }

    public BigDecimal getCostPrice() {
        return costPrice;
    }

    public void setCostPrice(BigDecimal costPrice) {
        this.costPrice = costPrice;
    }

    public TaxAffectation getTaxAffectation() {
        return taxAffectation;
    }

    public void setTaxAffectation(TaxAffectation taxAffectation) {
        this.taxAffectation = taxAffectation;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public void setStatus(ProductStatus status) {
        this.status = status;
    }

    public KeyValueTable getAttributes() {
        return attributes;
    }

    public VariantForm getFirstVariant() {
        return firstVariant;
    }
}
