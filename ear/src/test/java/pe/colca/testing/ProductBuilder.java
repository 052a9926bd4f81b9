package pe.colca.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import pe.colca.testing.TestData.NewProduct;
import pe.colca.testing.TestData.NewVariant;

/**
 * An ACTIVE product (price S/ 19.90, cost S/ 8.50, IGV gravado) with one variant by default;
 * each variant gets a unique SKU ({@code IT-<suffix>-<n>} unless given) and a valid EAN-13.
 */
public final class ProductBuilder {

    private final TestData data;
    private final String suffix = TestData.suffix();
    private String name;
    private String slug;
    private BigDecimal basePrice = new BigDecimal("19.90");
    private BigDecimal costPrice = new BigDecimal("8.50");
    private String status = "ACTIVE";
    private Long brandId;
    private int variants = 1;
    private List<String> skus = List.of();
    private List<String> barcodes = List.of();
    private boolean sized;
    private String size;
    private String color;
    private boolean bulk;
    private String taxCode = "10";

    ProductBuilder(TestData data) {
        this.data = data;
    }

    public ProductBuilder name(String name) {
        this.name = name;
        return this;
    }

    public ProductBuilder slug(String slug) {
        this.slug = slug;
        return this;
    }

    public ProductBuilder price(String basePrice) {
        this.basePrice = new BigDecimal(basePrice);
        return this;
    }

    /** The cost price, or null for none. */
    public ProductBuilder cost(String costPrice) {
        this.costPrice = costPrice == null ? null : new BigDecimal(costPrice);
        return this;
    }

    public ProductBuilder status(String status) {
        this.status = status;
        return this;
    }

    public ProductBuilder brand(long brandId) {
        this.brandId = brandId;
        return this;
    }

    /** How many variants (default 1); without {@link #size} they are sized T0, T1, ... */
    public ProductBuilder variants(int count) {
        this.variants = count;
        return this;
    }

    /**
     * Many variants written by one set-based {@code INSERT … SELECT generate_series} (a product at
     * scale): SKUs {@code IT-<suffix>-00001} … in SKU order, sizes T1 …, no barcode.
     */
    public ProductBuilder bulkVariants(int count) {
        this.variants = count;
        this.bulk = true;
        return this;
    }

    /** No variant at all (a product being built in the catalog). */
    public ProductBuilder noVariants() {
        return variants(0);
    }

    /** The SKUs of the variants, in order (as many variants as SKUs). */
    public ProductBuilder skus(String... skus) {
        this.skus = Arrays.asList(skus);
        this.variants = skus.length;
        return this;
    }

    /** The barcodes of the variants, in order (otherwise random valid EAN-13s). */
    public ProductBuilder barcodes(String... barcodes) {
        this.barcodes = Arrays.asList(barcodes);
        return this;
    }

    /** Size and colour of every variant (null for none). */
    public ProductBuilder sizeAndColor(String size, String color) {
        this.sized = true;
        this.size = size;
        this.color = color;
        return this;
    }

    /** The product's SUNAT catalog 07 code (default {@code 10}, gravado). */
    public ProductBuilder taxCode(String taxCode) {
        this.taxCode = taxCode;
        return this;
    }

    public NewProduct create() throws SQLException {
        String shown = name == null ? "Producto de prueba " + suffix : name;
        String slugged = slug != null ? slug
                : skus.size() == 1 ? skus.get(0).toLowerCase(Locale.ROOT)
                : shown.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + suffix.toLowerCase(Locale.ROOT);
        try (Connection c = data.connection()) {
            c.setAutoCommit(false);
            try {
                long product = TestData.number(c, "INSERT INTO products (id, name, slug, base_price, cost_price, tax_code,"
                        + " status, brand_id) VALUES (nextval('products_seq'), ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        shown, slugged, basePrice, costPrice, taxCode, status, brandId);
                List<NewVariant> created = new ArrayList<>();
                if (bulk) {
                    try (PreparedStatement insert = TestData.prepare(c, "INSERT INTO product_variants (id, product_id, sku,"
                            + " size, color) SELECT nextval('product_variants_seq'), ?, ?::text || lpad(g::text, 5, '0'),"
                            + " 'T' || g, ?::text FROM generate_series(1, ?::int) g RETURNING id, sku",
                            product, "IT-" + suffix + "-", color, variants);
                         ResultSet rows = insert.executeQuery()) {
                        while (rows.next()) {
                            created.add(new NewVariant(rows.getLong("id"), rows.getString("sku"), null));
                        }
                    }
                }
                for (int i = 0; i < (bulk ? 0 : variants); i++) {
                    String sku = i < skus.size() ? skus.get(i) : "IT-" + suffix + "-" + i;
                    String barcode = i < barcodes.size() ? barcodes.get(i) : TestData.ean13();
                    String variantSize = sized ? size : "T" + i;
                    long id = TestData.number(c, "INSERT INTO product_variants (id, product_id, sku, barcode, size, color)"
                            + " VALUES (nextval('product_variants_seq'), ?, ?, ?, ?, ?) RETURNING id",
                            product, sku, barcode, variantSize, color);
                    created.add(new NewVariant(id, sku, barcode));
                }
                c.commit();
                return new NewProduct(product, shown, slugged, List.copyOf(created));
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
