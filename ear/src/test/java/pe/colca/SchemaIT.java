package pe.colca;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.postgresql.util.PSQLException;
import pe.colca.testing.ClientIntegration;

/**
 * Checks the migrated database against {@code docs/data-model.mmd} with plain JDBC: every table, column
 * (with a compatible type), primary key, foreign key, unique key, optimistic lock, the generated stock
 * column, the CHECK constraints that guard stock, a sample of every area's CHECK constraints, the reference
 * data of V2 ({@link SchemaSamples}), and the partitioning with its maintenance function.
 *
 * <p>Runs under failsafe in module {@code ear}; Arquillian deploys the EAR first, which migrates the
 * database with Flyway. Everything it writes is
 * written in a transaction that is rolled back. Connection: system properties {@code colca.db.url},
 * {@code colca.db.user}, {@code colca.db.password}; model: {@code colca.repo}/docs/data-model.mmd.
 */
@DisplayName("The database schema")
class SchemaIT extends ClientIntegration {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final String CHECK_VIOLATION = "23514";

    private static DataModel model;
    private static Connection db;

    @BeforeAll
    static void connectAndReadModel() throws Exception {
        String repo = System.getProperty("colca.repo");
        Path mmd = repo == null || repo.isBlank() ? Path.of("../docs/data-model.mmd") : Path.of(repo, "docs", "data-model.mmd");
        model = DataModel.parse(mmd);
        db = DriverManager.getConnection(
                System.getProperty("colca.db.url", "jdbc:postgresql://127.0.0.1:5434/colca"),
                System.getProperty("colca.db.user", "colca"),
                System.getProperty("colca.db.password", "colca"));
        db.setAutoCommit(true);
    }

    @AfterAll
    static void disconnect() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // the model, table by table
    // ------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("is checked against a data model of exactly 43 tables")
    void modelHas43Tables() {
        assertEquals(43, model.tables().size(), () -> "tables parsed from data-model.mmd: " + model.tables());
        assertEquals(43, model.byName().size(), "table names are unique");
    }

    @TestFactory
    @DisplayName("implements every table of the data model")
    Stream<DynamicNode> everyTable() {
        return model.tables().stream().map(t -> dynamicContainer("table " + t.name(), checksFor(t)));
    }

    private Stream<DynamicNode> checksFor(DataModel.Table t) {
        List<DynamicNode> checks = new ArrayList<>();
        checks.add(dynamicTest(t.name() + " exists", () -> assertTrue(tableExists(t.name()),
                () -> "table " + t.name() + " is missing in schema " + currentSchema())));
        checks.add(dynamicTest(t.name() + " has every column of the model with a compatible type", () -> columnsMatch(t)));
        checks.add(dynamicTest(t.name() + " has its primary key", () -> primaryKeyMatches(t)));
        if (!t.foreignKeys().isEmpty()) {
            checks.add(dynamicTest(t.name() + " has a foreign key constraint on every FK column", () -> foreignKeysExist(t)));
        }
        if (!t.uniqueKeys().isEmpty()) {
            checks.add(dynamicTest(t.name() + " enforces every unique key of the model", () -> uniqueKeysEnforced(t)));
        }
        if (!t.optimisticLockColumns().isEmpty()) {
            checks.add(dynamicTest(t.name() + " keeps its optimistic lock version as bigint NOT NULL", () -> optimisticLocks(t)));
        }
        if (!t.generatedColumns().isEmpty()) {
            checks.add(dynamicTest(t.name() + " computes its generated columns in the database", () -> generatedColumns(t)));
        }
        t.partitionKey().ifPresent(key -> checks.add(dynamicTest(
                t.name() + " is range-partitioned " + key.partitionKey().name().toLowerCase() + " on " + key.name()
                        + " with current, next and default partitions",
                () -> partitioned(t, key))));
        return checks.stream();
    }

    private void columnsMatch(DataModel.Table t) throws SQLException {
        Map<String, String> actual = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement("""
                SELECT column_name, data_type FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = ?""")) {
            ps.setString(1, t.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    actual.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        assertFalse(actual.isEmpty(), () -> "table " + t.name() + " has no columns (missing?)");
        assertAll(t.columns().stream().map(c -> (Executable) () -> {
            String expected = DataModel.sqlType(c.type());
            assertNotNull(actual.get(c.name()), () -> t.name() + "." + c.name() + " is missing");
            assertEquals(expected, actual.get(c.name()), () -> t.name() + "." + c.name() + " (model type " + c.type() + ")");
        }));
    }

    private void primaryKeyMatches(DataModel.Table t) throws SQLException {
        Set<String> actual = new TreeSet<>(query("""
                SELECT a.attname FROM pg_index i
                  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                 WHERE i.indrelid = to_regclass(?) AND i.indisprimary""", t.name()));
        Set<String> expected = new TreeSet<>(t.primaryKey());
        if (expected.isEmpty()) {
            // a join table: its primary key is the pair of foreign keys
            expected.addAll(t.foreignKeys());
        }
        t.partitionKey().ifPresent(key -> expected.add(key.name())); // PostgreSQL: a partitioned PK includes the key
        assertFalse(expected.isEmpty(), () -> t.name() + ": the model gives neither a PK nor FKs");
        assertEquals(expected, actual, () -> "primary key of " + t.name());
    }

    private void foreignKeysExist(DataModel.Table t) throws SQLException {
        Set<String> constrained = new HashSet<>(query("""
                SELECT a.attname FROM pg_constraint c
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
                 WHERE c.conrelid = to_regclass(?) AND c.contype = 'f' AND cardinality(c.conkey) = 1""", t.name()));
        assertAll(t.foreignKeys().stream().map(fk -> (Executable) () -> assertTrue(constrained.contains(fk),
                () -> t.name() + "." + fk + " is marked FK in the model but has no foreign key constraint")));
    }

    private void uniqueKeysEnforced(DataModel.Table t) throws SQLException {
        // every unique index (constraint-backed or not, partial allowed) as its set of plain columns
        List<Set<String>> uniqueIndexes = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("""
                SELECT array_agg(a.attname::text)
                  FROM pg_index i
                  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                 WHERE i.indrelid = to_regclass(?) AND i.indisunique
                 GROUP BY i.indexrelid""")) {
            ps.setString(1, t.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uniqueIndexes.add(Set.of((String[]) rs.getArray(1).getArray()));
                }
            }
        }
        assertAll(t.uniqueKeys().stream().map(key -> (Executable) () -> assertTrue(
                uniqueIndexes.contains(Set.copyOf(key)),
                () -> t.name() + " " + key + " is UNIQUE in the model but no unique constraint or index covers it; unique indexes: "
                        + uniqueIndexes)));
    }

    private void optimisticLocks(DataModel.Table t) throws SQLException {
        for (String column : t.optimisticLockColumns()) {
            List<String> row = query("""
                    SELECT data_type || ' ' || is_nullable FROM information_schema.columns
                     WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?""", t.name(), column);
            assertEquals(List.of("bigint NO"), row, () -> t.name() + "." + column + " (OPTIMISTIC LOCK) must be bigint NOT NULL");
        }
    }

    private void generatedColumns(DataModel.Table t) throws SQLException {
        for (String column : t.generatedColumns()) {
            List<String> row = query("""
                    SELECT a.attgenerated::text FROM pg_attribute a
                     WHERE a.attrelid = to_regclass(?) AND a.attname = ? AND NOT a.attisdropped""", t.name(), column);
            assertEquals(List.of("s"), row, () -> t.name() + "." + column + " must be GENERATED ALWAYS ... STORED");
        }
    }

    private void partitioned(DataModel.Table t, DataModel.Column key) throws SQLException {
        List<String> strategy = query("""
                SELECT p.partstrat::text || ' ' || a.attname
                  FROM pg_partitioned_table p
                  JOIN pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = p.partattrs[0]
                 WHERE p.partrelid = to_regclass(?)""", t.name());
        assertEquals(List.of("r " + key.name()), strategy, () -> t.name() + " must be PARTITION BY RANGE (" + key.name() + ")");

        Set<String> partitions = new HashSet<>(query("""
                SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                 WHERE i.inhparent = to_regclass(?)""", t.name()));
        ZonedDateTime now = ZonedDateTime.now(LIMA);
        ZonedDateTime next = key.partitionKey() == DataModel.Partitioning.MONTHLY ? now.plusMonths(1) : now.plusYears(1);
        List<String> defaults = query("""
                SELECT c.relname FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partdefid
                 WHERE p.partrelid = to_regclass(?)""", t.name());
        assertAll(
                () -> assertTrue(partitions.contains(partitionName(t.name(), key.partitionKey(), now)),
                        () -> t.name() + ": no partition for the current period; partitions: " + partitions),
                () -> assertTrue(partitions.contains(partitionName(t.name(), key.partitionKey(), next)),
                        () -> t.name() + ": no partition for the next period; partitions: " + partitions),
                () -> assertEquals(List.of(t.name() + "_default"), defaults, () -> t.name() + ": default partition"));
    }

    private static String partitionName(String table, DataModel.Partitioning unit, ZonedDateTime when) {
        return table + "_y" + when.format(DateTimeFormatter.ofPattern(unit == DataModel.Partitioning.MONTHLY ? "yyyy'm'MM" : "yyyy"));
    }

    // ------------------------------------------------------------------------------------------------
    // behaviour: generated column, CHECK constraints, partition maintenance
    // ------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("computes quantity_available as quantity_on_hand minus quantity_reserved")
    void quantityAvailableIsComputed() throws SQLException {
        List<String> expression = query("""
                SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d
                  JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
                 WHERE d.adrelid = to_regclass('inventory_stock') AND a.attname = 'quantity_available'""");
        assertEquals(List.of("(quantity_on_hand - quantity_reserved)"), expression);

        inRolledBackTransaction(() -> {
            long[] variantAndLocation = variantAndLocation();
            long id = insertStock(variantAndLocation, 10, 3);
            assertEquals(List.of("7"), query("SELECT quantity_available::text FROM inventory_stock WHERE id = " + id));
            exec("UPDATE inventory_stock SET quantity_reserved = 10 WHERE id = " + id);
            assertEquals(List.of("0"), query("SELECT quantity_available::text FROM inventory_stock WHERE id = " + id));
        });
    }

    @Test
    @DisplayName("rejects negative stock with a CHECK constraint")
    void rejectsNegativeStock() throws SQLException {
        inRolledBackTransaction(() -> {
            long[] variantAndLocation = variantAndLocation();
            assertCheckViolation("ck_inventory_stock_on_hand_non_negative", () -> insertStock(variantAndLocation, -1, 0));
            assertCheckViolation("ck_inventory_stock_reserved_non_negative", () -> insertStock(variantAndLocation, 5, -1));
        });
    }

    @Test
    @DisplayName("rejects reserving more than is on hand with a CHECK constraint")
    void rejectsOverReservation() throws SQLException {
        inRolledBackTransaction(() -> {
            long[] variantAndLocation = variantAndLocation();
            assertCheckViolation("ck_inventory_stock_reserved_le_on_hand", () -> insertStock(variantAndLocation, 3, 4));
            long id = insertStock(variantAndLocation, 3, 3);
            assertCheckViolation("ck_inventory_stock_reserved_le_on_hand",
                    () -> exec("UPDATE inventory_stock SET quantity_on_hand = 2 WHERE id = " + id));
        });
    }

    @TestFactory
    @DisplayName("refuses a bad status or amount in every area's main tables (sample of CHECK constraints)")
    Stream<DynamicNode> checkConstraintsOfEveryArea() {
        return SchemaSamples.CHECKS.stream().map(c -> dynamicTest(c.area() + ": " + c.constraint(),
                () -> inRolledBackTransaction(() -> assertCheckViolation(c.constraint(), () -> exec(c.sql())))));
    }

    @Test
    @DisplayName("holds the permission catalogue of V2, with every permission (also later ones) granted to admin")
    void permissionCatalogue() throws SQLException {
        Set<String> slugs = new TreeSet<>(query("SELECT slug FROM permissions"));
        assertTrue(slugs.containsAll(SchemaSamples.V2_PERMISSIONS), () -> "missing: " + SchemaSamples.V2_PERMISSIONS
                .stream().filter(p -> !slugs.contains(p)).toList());
        assertEquals(slugs, new TreeSet<>(query("SELECT p.slug FROM role_permissions rp JOIN roles r ON r.id = rp.role_id"
                + " JOIN permissions p ON p.id = rp.permission_id WHERE r.name = 'admin'")), "admin holds every permission");
    }

    @TestFactory
    @DisplayName("grants each role of V2 exactly the V2 permissions its description promises")
    Stream<DynamicNode> roleGrants() {
        return SchemaSamples.v2Grants().entrySet().stream().map(role -> dynamicTest(role.getKey(), () -> {
            Set<String> granted = new TreeSet<>(query("SELECT p.slug FROM role_permissions rp JOIN roles r ON r.id = rp.role_id"
                    + " JOIN permissions p ON p.id = rp.permission_id WHERE r.name = ?", role.getKey()));
            granted.retainAll(SchemaSamples.V2_PERMISSIONS);
            assertEquals(role.getValue(), granted, role.getKey());
        }));
    }

    @Test
    @DisplayName("seeds the order status machine: exactly the 16 transitions, approvals and permissions of V2, and V29's moves to REFUNDED")
    void orderTransitions() throws SQLException {
        assertEquals(new TreeSet<>(SchemaSamples.ORDER_TRANSITIONS), new TreeSet<>(query("SELECT from_status || '>'"
                + " || to_status || ' ' || requires_approval || ' ' || required_permission || ' ' || priority"
                + " FROM order_status_transitions")));
    }

    @Test
    @DisplayName("indexes inventory_reservations.expires_at for the reservation TTL sweep")
    void reservationTtlIndex() throws SQLException {
        List<String> leading = query("""
                SELECT a.attname FROM pg_index i
                  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                 WHERE i.indrelid = to_regclass('inventory_reservations')""");
        assertTrue(leading.contains("expires_at"), () -> "indexes of inventory_reservations lead with " + leading);
    }

    @Test
    @DisplayName("creates partitions idempotently: a second colca_ensure_partitions call creates nothing")
    void ensurePartitionsIsIdempotent() throws SQLException {
        inRolledBackTransaction(() -> {
            exec("SET LOCAL lock_timeout = '10s'");
            for (DataModel.Table t : model.partitionedTables()) {
                int first = ensurePartitions(t.name(), 1);
                assertTrue(first >= 0, () -> t.name() + ": first call returned " + first);
                assertEquals(0, ensurePartitions(t.name(), 1), () -> t.name() + ": second call must create nothing");
            }
        });
    }

    @Test
    @DisplayName("moves rows out of the default partition when it creates the partition for their period")
    void ensurePartitionsMovesRowsOutOfTheDefaultPartition() throws SQLException {
        inRolledBackTransaction(() -> {
            exec("SET LOCAL lock_timeout = '10s'");
            // the first month from month+2 on that has no partition yet
            ZonedDateTime month = ZonedDateTime.now(LIMA).withDayOfMonth(1);
            int ahead = 2;
            while (relationExists(partitionName("audit_logs", DataModel.Partitioning.MONTHLY, month.plusMonths(ahead)))) {
                ahead++;
                assertTrue(ahead < 240, "no free month found for audit_logs");
            }
            String partition = partitionName("audit_logs", DataModel.Partitioning.MONTHLY, month.plusMonths(ahead));
            LocalDate day = month.plusMonths(ahead).withDayOfMonth(15).toLocalDate();
            OffsetDateTime at = day.atTime(12, 0).atZone(LIMA).toOffsetDateTime();
            long id = Long.parseLong(query("SELECT nextval('audit_logs_seq')::text").get(0));
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO audit_logs (id, action, entity_table, entity_id, created_at) VALUES (?, 'SchemaIT', 'audit_logs', 'x', ?)")) {
                ps.setLong(1, id);
                ps.setObject(2, at);
                ps.executeUpdate();
            }
            assertEquals(List.of("audit_logs_default"), query("SELECT tableoid::regclass::text FROM audit_logs WHERE id = " + id));

            int created = ensurePartitions("audit_logs", ahead);
            assertTrue(created >= 1, "at least the partition of the row's month is created");
            assertEquals(List.of(partition), query("SELECT tableoid::regclass::text FROM audit_logs WHERE id = " + id),
                    "the row now lives in the partition of its month");
            assertEquals(0, ensurePartitions("audit_logs", ahead));
        });
    }

    @Test
    @DisplayName("refuses to manage partitions of a table that is not partitioned")
    void ensurePartitionsRefusesOtherTables() throws SQLException {
        inRolledBackTransaction(() -> {
            SQLException e = assertThrows(SQLException.class, () -> ensurePartitions("orders", 1));
            assertEquals("22023", e.getSQLState(), e::getMessage);
        });
    }

    // ------------------------------------------------------------------------------------------------
    // helpers
    // ------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface SqlWork {
        void run() throws Exception;
    }

    private static void inRolledBackTransaction(SqlWork work) throws SQLException {
        db.setAutoCommit(false);
        try {
            work.run();
        } catch (RuntimeException | Error | SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            db.rollback();
            db.setAutoCommit(true);
        }
    }

    private static void assertCheckViolation(String constraint, SqlWork work) throws SQLException {
        Savepoint savepoint = db.setSavepoint();
        try {
            work.run();
            fail("expected " + constraint + " to reject the row");
        } catch (SQLException e) {
            assertEquals(CHECK_VIOLATION, e.getSQLState(), e::getMessage);
            if (e instanceof PSQLException pe && pe.getServerErrorMessage() != null) {
                assertEquals(constraint, pe.getServerErrorMessage().getConstraint(), e::getMessage);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            db.rollback(savepoint);
        }
    }

    /** Inserts a product, a variant and a location (unique names) in the current transaction. */
    private static long[] variantAndLocation() throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long product = nextId("products_seq");
        long variant = nextId("product_variants_seq");
        long location = nextId("locations_seq");
        exec("INSERT INTO products (id, name, slug, base_price) VALUES (" + product + ", 'SchemaIT " + tag + "', 'schemait-" + tag.toLowerCase() + "', 10.00)");
        exec("INSERT INTO product_variants (id, product_id, sku) VALUES (" + variant + ", " + product + ", 'SCHEMAIT-" + tag + "')");
        exec("INSERT INTO locations (id, name, code, type) VALUES (" + location + ", 'SchemaIT " + tag + "', 'IT-" + tag + "', 'WAREHOUSE')");
        return new long[] {variant, location};
    }

    private static long insertStock(long[] variantAndLocation, int onHand, int reserved) throws SQLException {
        long id = nextId("inventory_stock_seq");
        exec("DELETE FROM inventory_stock WHERE variant_id = " + variantAndLocation[0] + " AND location_id = " + variantAndLocation[1]);
        exec("INSERT INTO inventory_stock (id, variant_id, location_id, quantity_on_hand, quantity_reserved) VALUES ("
                + id + ", " + variantAndLocation[0] + ", " + variantAndLocation[1] + ", " + onHand + ", " + reserved + ")");
        return id;
    }

    private static int ensurePartitions(String table, int ahead) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT colca_ensure_partitions(?, ?)")) {
            ps.setString(1, table);
            ps.setInt(2, ahead);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static long nextId(String sequence) throws SQLException {
        return Long.parseLong(query("SELECT nextval('" + sequence + "')::text").get(0));
    }

    private static boolean tableExists(String table) throws SQLException {
        return !query("""
                SELECT table_name FROM information_schema.tables
                 WHERE table_schema = current_schema() AND table_name = ? AND table_type = 'BASE TABLE'""", table).isEmpty();
    }

    private static boolean relationExists(String name) throws SQLException {
        return query("SELECT to_regclass(?)::text", name).get(0) != null;
    }

    private static String currentSchema() {
        try {
            return query("SELECT current_schema()").get(0);
        } catch (SQLException e) {
            return "?";
        }
    }

    private static void exec(String sql) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute(sql);
        }
    }

    /** The first column of every row, as text. */
    private static List<String> query(String sql, String... params) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }
}
