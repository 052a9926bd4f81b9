package pe.colca.testing;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import pe.colca.customer.IdentityDocumentType;
import pe.colca.customer.IdentityDocuments;

/**
 * The one fixture builder of the integration tests: rows written straight into the test database
 * with JDBC, so a test of one area does not depend on another area's service (tests may use SQL;
 * this is the one place that inserts). Every value that must be unique (codes, SKUs, slugs,
 * barcodes, emails) is unique per call, so tests never clean up and never collide.
 *
 * <pre>
 * TestData data = TestData.client();                        // from the Failsafe JVM
 * NewLocation store = data.location().name("Tienda Cusco").create();
 * NewProduct polo = data.product().name("Polo piqué").variants(3).create();   // valid EAN-13s
 * data.stock(polo.variant(0).id(), store.id(), 12);         // a PURCHASE_RECEIPT ledger line
 * NewUser clerk = data.user().permissions("inventory.view", "inventory.receive").create();
 * NewUser cashier = data.scopedUser(List.of(store), "order.fulfill");  // acts only at store
 * browser.login(clerk);
 * </pre>
 *
 * Inside WildFly ({@link InContainerIntegration}) use {@code TestData.over(dataSource)}.
 * Stock entered here keeps the ledger rule (on hand = signed sum of the movements) but fires no
 * stock event (no alert is evaluated): to test alerts, receive through the service or the API.
 */
public final class TestData {

    /** The permission that lifts store scope; every {@link #user()} holds it unless given locations. */
    public static final String SCOPE_ALL = "security.scope.all";

    /** The demo users in store scope (DemoDataLoader); every location made here is in their scope too. */
    private static final String DEMO_SCOPED = "'manager@colca.test', 'cashier@colca.test', 'warehouse@colca.test'";

    /** Where connections come from: DriverManager from the client, a DataSource in the container. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Connections connections;

    private TestData(Connections connections) {
        this.connections = connections;
    }

    /** Over the test database as the Failsafe JVM reaches it ({@link TestServer#jdbc()}). */
    public static TestData client() {
        return new TestData(TestServer::jdbc);
    }

    /** Over a data source, e.g. {@code ColcaDS} inside WildFly. */
    public static TestData over(DataSource dataSource) {
        return new TestData(dataSource::getConnection);
    }

    /** Ten upper-case characters, unique for the run. */
    public static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    /** A valid, random EAN-13 in the in-store range 20–29 (check digit computed). */
    public static String ean13() {
        StringBuilder digits = new StringBuilder("2").append(RANDOM.nextInt(10));
        for (int i = 0; i < 10; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.append(ean13CheckDigit(digits)).toString();
    }

    static int ean13CheckDigit(CharSequence twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = twelve.charAt(i) - '0';
            sum += i % 2 == 0 ? d : 3 * d;
        }
        return (10 - sum % 10) % 10;
    }

    // ---- what the builders return -------------------------------------------------------------

    public record NewLocation(int id, String code, String name) {
        /** How the console's location menus label it: {@code CODE · Name}. */
        public String label() {
            return code + " · " + name;
        }
    }

    public record NewVariant(long id, String sku, String barcode) {
    }

    public record NewProduct(long id, String name, String slug, List<NewVariant> variants) {
        public NewVariant variant(int index) {
            return variants.get(index);
        }

        public long[] variantIds() {
            return variants.stream().mapToLong(NewVariant::id).toArray();
        }
    }

    /** A user who signs in with {@link #password()}; holds exactly the permissions of its own role. */
    public record NewUser(long id, String email, String password, int roleId, String role) implements Credentials {
    }

    // ---- builders -----------------------------------------------------------------------------

    public LocationBuilder location() {
        return new LocationBuilder();
    }

    public ProductBuilder product() {
        return new ProductBuilder();
    }

    /**
     * A user in store scope: he holds exactly {@code permissions} (no {@code security.scope.all}) and
     * acts and sees only in {@code locations} (rows of {@code user_locations}); none = nowhere.
     */
    public NewUser scopedUser(List<NewLocation> locations, String... permissions) throws SQLException {
        return user().permissions(permissions).locations(locations.toArray(NewLocation[]::new)).create();
    }

    public UserBuilder user() {
        return new UserBuilder();
    }

    /** A location (default: an active STORE that sells, with a unique {@code IT-} code). */
    public final class LocationBuilder {
        private String code = "IT-" + suffix();
        private String name;
        private String type = "STORE";
        private boolean active = true;
        private boolean sells = true;

        public LocationBuilder code(String code) {
            this.code = code;
            return this;
        }

        public LocationBuilder name(String name) {
            this.name = name;
            return this;
        }

        public LocationBuilder warehouse() {
            this.type = "WAREHOUSE";
            return this;
        }

        public LocationBuilder active(boolean active) {
            this.active = active;
            return this;
        }

        public LocationBuilder sells(boolean sells) {
            this.sells = sells;
            return this;
        }

        public NewLocation create() throws SQLException {
            String shown = name == null ? "Tienda de prueba " + code : name;
            int id = (int) number("INSERT INTO locations (id, name, code, type, is_active, allows_sales, version,"
                    + " created_at, updated_at) VALUES (nextval('locations_seq'), ?, ?, ?, ?, ?, 0, now(), now())"
                    + " RETURNING id", shown, code, type, active, sells);
            // most tests act with the demo store users at fresh locations: those are in their scope
            number("WITH granted AS (INSERT INTO user_locations (user_id, location_id) SELECT u.id, ? FROM users u"
                    + " WHERE u.email IN (" + DEMO_SCOPED + ") ON CONFLICT DO NOTHING RETURNING 1)"
                    + " SELECT count(*) FROM granted", id);
            return new NewLocation(id, code, shown);
        }
    }

    /**
     * An ACTIVE product (price S/ 19.90, cost S/ 8.50, IGV gravado) with one variant by default;
     * each variant gets a unique SKU ({@code IT-<suffix>-<n>} unless given) and a valid EAN-13.
     */
    public final class ProductBuilder {
        private final String suffix = suffix();
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
            try (Connection c = connections.open()) {
                c.setAutoCommit(false);
                try {
                    long product = number(c, "INSERT INTO products (id, name, slug, base_price, cost_price, tax_code,"
                            + " status, brand_id) VALUES (nextval('products_seq'), ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                            shown, slugged, basePrice, costPrice, taxCode, status, brandId);
                    List<NewVariant> created = new ArrayList<>();
                    if (bulk) {
                        try (PreparedStatement insert = prepare(c, "INSERT INTO product_variants (id, product_id, sku,"
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
                        String barcode = i < barcodes.size() ? barcodes.get(i) : ean13();
                        String variantSize = sized ? size : "T" + i;
                        long id = number(c, "INSERT INTO product_variants (id, product_id, sku, barcode, size, color)"
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

    /**
     * A user (ACTIVE, bcrypt {@code $2a$} hash as Elytron's JDBC realm reads it) with a role of its
     * own holding exactly the given permission slugs, plus {@code api.access} (needed for a token)
     * unless {@link UserBuilder#withoutApiAccess()}.
     */
    public final class UserBuilder {
        private List<NewLocation> locations;
        private final String suffix = suffix().toLowerCase(Locale.ROOT);
        private String email = "it-" + suffix + "@it.colca.test";
        private String password = "clave-" + suffix;
        private String fullName = "Usuario de prueba " + suffix;
        private List<String> permissions = List.of();
        private boolean apiAccess = true;

        public UserBuilder email(String email) {
            this.email = email;
            return this;
        }

        public UserBuilder password(String password) {
            this.password = password;
            return this;
        }

        public UserBuilder fullName(String fullName) {
            this.fullName = fullName;
            return this;
        }

        public UserBuilder permissions(String... slugs) {
            this.permissions = Arrays.asList(slugs);
            return this;
        }

        /** No {@code api.access}: the user cannot get an API token. */
        public UserBuilder withoutApiAccess() {
            this.apiAccess = false;
            return this;
        }

        /**
         * Puts the user in store scope: only these locations, and no {@code security.scope.all}. By
         * default a test user holds {@code security.scope.all} (most tests act at fresh locations).
         */
        public UserBuilder locations(NewLocation... locations) {
            this.locations = Arrays.asList(locations);
            return this;
        }

        public NewUser create() throws SQLException {
            List<String> permissions = new java.util.ArrayList<>(this.permissions);
            if (apiAccess && !permissions.contains("api.access")) {
                permissions.add("api.access");
            }
            // cost 4: the realm verifies whatever cost the hash says, and tests need no slow hashing
            String hash = BCrypt.with(BCrypt.Version.VERSION_2A).hashToString(4, password.toCharArray());
            String role = "it-role-" + suffix;
            try (Connection c = connections.open()) {
                c.setAutoCommit(false);
                try {
                    int roleId = (int) number(c, "INSERT INTO roles (id, name, description) VALUES (nextval('roles_seq'),"
                            + " ?, 'Rol de prueba') RETURNING id", role);
                    List<String> granted = new java.util.ArrayList<>(permissions);
                    if (locations == null && !granted.contains(SCOPE_ALL)) {
                        granted.add(SCOPE_ALL);
                    }
                    for (String slug : granted) {
                        try (PreparedStatement ps = c.prepareStatement("INSERT INTO role_permissions (role_id,"
                                + " permission_id) SELECT ?, id FROM permissions WHERE slug = ?")) {
                            ps.setInt(1, roleId);
                            ps.setString(2, slug);
                            if (ps.executeUpdate() != 1) {
                                throw new IllegalArgumentException("no permission " + slug);
                            }
                        }
                    }
                    long id = number(c, "INSERT INTO users (id, email, password_hash, full_name, status)"
                            + " VALUES (nextval('users_seq'), ?, ?, ?, 'ACTIVE') RETURNING id", email, hash, fullName);
                    number(c, "INSERT INTO user_roles (user_id, role_id) VALUES (?, ?) RETURNING user_id", id, roleId);
                    for (NewLocation location : locations == null ? List.<NewLocation>of() : locations) {
                        number(c, "INSERT INTO user_locations (user_id, location_id) VALUES (?, ?) RETURNING user_id",
                                id, location.id());
                    }
                    c.commit();
                    return new NewUser(id, email, password, roleId, role);
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
        }
    }

    /** Takes a location out of a scoped user's store scope (an administrator reassigning him). */
    public void withdrawLocation(NewUser user, NewLocation location) throws SQLException {
        number("WITH gone AS (DELETE FROM user_locations WHERE user_id = ? AND location_id = ? RETURNING 1)"
                + " SELECT count(*) FROM gone", user.id(), location.id());
    }

    // ---- stock --------------------------------------------------------------------------------

    /**
     * Units received at a location as the ledger records a purchase receipt: one PURCHASE_RECEIPT
     * line and the stock row's on hand raised by the same quantity, in one transaction, so on hand
     * stays the signed sum of the movements.
     */
    public void stock(long variantId, int locationId, int quantity) throws SQLException {
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            try {
                number(c, "INSERT INTO inventory_stock (id, location_id, variant_id, quantity_on_hand, quantity_reserved,"
                        + " version, last_updated_at) VALUES (nextval('inventory_stock_seq'), ?, ?, ?, 0, 0, now())"
                        + " ON CONFLICT (variant_id, location_id) DO UPDATE SET quantity_on_hand"
                        + " = inventory_stock.quantity_on_hand + EXCLUDED.quantity_on_hand,"
                        + " version = inventory_stock.version + 1, last_updated_at = now() RETURNING id",
                        (long) locationId, variantId, quantity);
                number(c, "INSERT INTO inventory_movements (id, variant_id, to_location_id, movement_type, quantity,"
                        + " reference_doc, notes, created_at) VALUES (nextval('inventory_movements_seq'), ?, ?,"
                        + " 'PURCHASE_RECEIPT', ?, 'TestData', 'fixture', now()) RETURNING id",
                        variantId, (long) locationId, quantity);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    // ---- settings -----------------------------------------------------------------------------

    /**
     * A system setting of the test's own, {@code it.<group>.k<unique><keySuffix>} (the key suffix
     * matters to the typed reads: {@code _minutes} makes an INTEGER a duration); remove it with
     * {@link #removeSetting} so the settings screen stays readable.
     *
     * @return its key
     */
    public String setting(String group, String dataType, String value, boolean encrypted, String keySuffix)
            throws SQLException {
        String key = "it." + group + ".k" + suffix().toLowerCase(Locale.ROOT) + keySuffix;
        number("INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)"
                + " VALUES (nextval('system_settings_seq'), ?, ?, ?, 'Parámetro de prueba', ?) RETURNING id",
                key, value, dataType, encrypted);
        return key;
    }

    public void removeSetting(String key) throws SQLException {
        number("WITH gone AS (DELETE FROM system_settings WHERE setting_key = ? RETURNING 1) SELECT count(*) FROM gone",
                key);
    }

    // ---- customers (issue 11) ------------------------------------------------------------------

    /** A live customer written by {@link #customer()} or {@link #customer(IdentityDocumentType, String)}. */
    public record NewCustomer(long id, IdentityDocumentType docType, String docNumber, String fullName, String email) {
    }

    /** A live, active REGULAR customer with a random valid DNI, a unique name and email. */
    public NewCustomer customer() throws SQLException {
        return customer(IdentityDocumentType.DNI, dni());
    }

    /** A live, active REGULAR customer with this document (a RUC gets a business name). */
    public NewCustomer customer(IdentityDocumentType type, String number) throws SQLException {
        String s = suffix().toLowerCase(Locale.ROOT);
        String name = (type == IdentityDocumentType.RUC ? "Empresa de prueba " : "Cliente de prueba ") + s;
        String email = "cliente-" + s + "@it.colca.test";
        long id = number("INSERT INTO customers (id, doc_type, doc_number, full_name, email)"
                + " VALUES (nextval('customers_seq'), ?, ?, ?, ?) RETURNING id", type.name(), number, name, email);
        return new NewCustomer(id, type, number, name, email);
    }

    /** A random DNI (8 digits). */
    public static String dni() {
        return String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    /** A random valid company RUC (prefix 20, módulo 11 check digit). */
    public static String ruc() {
        String ten = "20" + String.format("%08d", RANDOM.nextInt(100_000_000));
        return ten + IdentityDocuments.rucCheckDigit(ten);
    }

    // ---- reading ------------------------------------------------------------------------------

    /** The first column of the one row {@code sql} returns, as a number (0 for SQL NULL). */
    public long number(String sql, Object... args) throws SQLException {
        try (Connection c = connections.open()) {
            return number(c, sql, args);
        }
    }

    /** The first column of the one row {@code sql} returns, as text. */
    public String string(String sql, Object... args) throws SQLException {
        try (Connection c = connections.open(); PreparedStatement ps = prepare(c, sql, args);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return rs.getString(1);
        }
    }

    private static long number(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return rs.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                ps.setObject(i + 1, null, java.sql.Types.NULL);
            } else {
                ps.setObject(i + 1, args[i] instanceof Integer n ? n.longValue() : args[i]);
            }
        }
        return ps;
    }
}
