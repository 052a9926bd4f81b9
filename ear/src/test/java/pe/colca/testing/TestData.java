package pe.colca.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    static final String DEMO_SCOPED = "'manager@colca.test', 'cashier@colca.test', 'warehouse@colca.test'";

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

    /** A new connection to the test database (the builders' transactions). */
    Connection connection() throws SQLException {
        return connections.open();
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

    // ---- builders (LocationBuilder, ProductBuilder, UserBuilder) ---------------------------------

    public LocationBuilder location() {
        return new LocationBuilder(this);
    }

    public ProductBuilder product() {
        return new ProductBuilder(this);
    }

    /**
     * A user in store scope: he holds exactly {@code permissions} (no {@code security.scope.all}) and
     * acts and sees only in {@code locations} (rows of {@code user_locations}); none = nowhere.
     */
    public NewUser scopedUser(List<NewLocation> locations, String... permissions) throws SQLException {
        return user().permissions(permissions).locations(locations.toArray(NewLocation[]::new)).create();
    }

    public UserBuilder user() {
        return new UserBuilder(this);
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

    static long number(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return rs.getLong(1);
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
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
