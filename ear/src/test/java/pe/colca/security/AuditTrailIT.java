package pe.colca.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wildfly.security.auth.server.SecurityIdentity;
import pe.colca.catalog.importing.CatalogImportService;
import pe.colca.catalog.importing.ImportSummary;
import pe.colca.inventory.InventoryService;
import pe.colca.inventory.MovementPosted;
import pe.colca.inventory.Reservation;
import pe.colca.inventory.ReservationRequest;
import pe.colca.inventory.StockChange;
import pe.colca.security.internal.AuditSealer;
import pe.colca.security.internal.AuditVerifyJob;
import pe.colca.testing.InContainerIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewUser;

/**
 * The audit trail inside WildFly: one row per business action on the write paths that had none
 * (receipt, sale, return, reservation create/extend/release/convert, catalog import), the table is
 * append-only for the application's own database user, the hash chain is sealed after commit and
 * survives many concurrent writers, and a row changed behind the trigger's back is found by the
 * verification (and by the daily job, which notifies the holders of audit.view).
 */
@DisplayName("Audit trail (in the container)")
class AuditTrailIT extends InContainerIntegration {

    private TestData data;
    private NewUser clerk;
    private NewUser auditor;
    private InventoryService inventory;
    private AuditLogService audit;
    private int location;
    private long variant;

    @BeforeEach
    void fixtures() throws SQLException {
        data = data();
        clerk = data.user().permissions("inventory.view", "inventory.receive", "order.fulfill", "inventory.reserve",
                "inventory.adjust").create();
        auditor = data.user().permissions("audit.view").create();
        inventory = lookup("DefaultInventoryService", InventoryService.class);
        audit = lookup("DefaultAuditLogService", AuditLogService.class);
        location = data.location().create().id();
        variant = data.product().create().variant(0).id();
    }

    @Test
    @DisplayName("receipt, sale, return and every reservation action write one audit row each, by the user")
    void writePaths() throws Exception {
        MovementPosted receipt = as(clerk, () -> inventory.receive(change(20, "GR-1")));
        assertRow("PURCHASE_RECEIPT", "inventory_movements", receipt.movement().getId());
        MovementPosted sale = as(clerk, () -> inventory.sell(change(2, "B001-1")));
        assertRow("SALE", "inventory_movements", sale.movement().getId());
        MovementPosted back = as(clerk, () -> inventory.acceptReturn(change(1, "NC-1")));
        assertRow("CUSTOMER_RETURN", "inventory_movements", back.movement().getId());

        Reservation held = as(clerk, () -> inventory.reserve(new ReservationRequest(variant, location, 3, "a-1", null)));
        assertRow("RESERVE", "reservations", held.getId());
        as(clerk, () -> inventory.extend(held.getId(), 600));
        assertRow("RESERVATION_EXTEND", "reservations", held.getId());
        as(clerk, () -> {
            inventory.release(held.getId());
            return null;
        });
        assertRow("RESERVATION_RELEASE", "reservations", held.getId());

        Reservation sold = as(clerk, () -> inventory.reserve(new ReservationRequest(variant, location, 2, "a-2", null)));
        MovementPosted converted = as(clerk, () -> inventory.convert(sold.getId(), "B001-2"));
        assertRow("RESERVATION_CONVERT", "reservations", sold.getId());
        assertEquals(converted.movement().getId().longValue(), data.number("SELECT (new_values->>'movementId')::bigint"
                + " FROM audit_logs WHERE action = 'RESERVATION_CONVERT' AND entity_id = ?", String.valueOf(sold.getId())));
        assertEquals(0, data.number("SELECT count(*) FROM audit_logs WHERE entity_table = 'inventory_movements'"
                + " AND entity_id = ?", String.valueOf(converted.movement().getId())), "one row per action: the"
                + " conversion's sale line is covered by RESERVATION_CONVERT");
        assertEquals("20", data.string("SELECT new_values->>'quantity' FROM audit_logs WHERE action = 'PURCHASE_RECEIPT'"
                + " AND entity_id = ?", String.valueOf(receipt.movement().getId())));
    }

    @Test
    @DisplayName("a refused movement writes no business audit row (the row commits with the change or not at all)")
    void refusedWriteLeavesNoRow() throws Exception {
        NewUser viewer = data.user().permissions("inventory.view").create();
        assertThrows(EJBAccessException.class, () -> as(viewer, () -> inventory.receive(change(5, "GR-X"))));
        assertEquals(0, data.number("SELECT count(*) FROM audit_logs WHERE user_id = ? AND action <> 'ACCESS_DENIED'",
                viewer.id()));
    }

    @Test
    @DisplayName("a catalog import's start writes an IMPORT_START row for the user who started it")
    void importStart() throws Exception {
        NewUser importer = data.user().permissions("catalog.import", "catalog.product.create", "catalog.product.edit")
                .create();
        CatalogImportService imports = lookup("DefaultCatalogImportService", CatalogImportService.class);
        String csv = "sku,barcode,product_slug,product_name,brand,category,size,color,base_price,price_override,"
                + "cost_price,tax_code,status\nAUD-" + TestData.suffix() + ",,,,,,,,,,,,\n";
        ImportSummary started = as(importer, () -> imports.start("audit.csv", csv.getBytes(StandardCharsets.UTF_8),
                null, null));
        assertEquals(1, data.number("SELECT count(*) FROM audit_logs WHERE action = 'IMPORT_START' AND entity_table ="
                + " 'catalog_imports' AND entity_id = ? AND user_id = ?", String.valueOf(started.id()), importer.id()));
    }

    @Test
    @DisplayName("UPDATE, DELETE and TRUNCATE of audit_logs are refused for the application's database user")
    void appendOnly() throws Exception {
        MovementPosted receipt = as(clerk, () -> inventory.receive(change(4, "GR-2")));
        String id = String.valueOf(data.number("SELECT id FROM audit_logs WHERE action = 'PURCHASE_RECEIPT'"
                + " AND entity_id = ?", String.valueOf(receipt.movement().getId())));
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            assertRefused(s, "UPDATE audit_logs SET action = 'FORGED' WHERE id = " + id);
            assertRefused(s, "UPDATE audit_logs SET user_id = NULL WHERE id = " + id);
            assertRefused(s, "DELETE FROM audit_logs WHERE id = " + id);
            assertRefused(s, "TRUNCATE audit_logs");
        }
        assertEquals(1, data.number("SELECT count(*) FROM audit_logs WHERE id = ? AND action = 'PURCHASE_RECEIPT'",
                Long.parseLong(id)));
        // once sealed, the hash columns cannot be rewritten either
        lookup("AuditSealer", AuditSealer.class).sealPending();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            assertRefused(s, "UPDATE audit_logs SET row_hash = repeat('f', 64) WHERE id = " + id);
        }
    }

    @Test
    @DisplayName("16 threads writing at once, then seal: every row has its own seq and the chain verifies")
    void concurrentWritersThenVerify() throws Exception {
        as(clerk, () -> inventory.receive(change(1, "GR-0")));
        SecurityIdentity identity = identity(clerk);
        int writers = 16;
        int each = 5;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> done = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    start.await();
                    int n = 0;
                    for (int i = 0; i < each; i++) {
                        // each call its own transaction, all on the same stock row and the same audit table
                        identity.runAs((java.security.PrivilegedExceptionAction<MovementPosted>) () ->
                                inventory.receive(change(1, "GR-C")));
                        n++;
                    }
                    return n;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get(120, TimeUnit.SECONDS);
            }
            assertEquals(writers * each, total);
        } finally {
            pool.shutdownNow();
        }
        lookup("AuditSealer", AuditSealer.class).sealPending();
        long mine = data.number("SELECT count(*) FROM audit_logs WHERE user_id = ? AND action = 'PURCHASE_RECEIPT'",
                clerk.id());
        assertEquals(writers * each + 1, mine);
        assertEquals(mine, data.number("SELECT count(DISTINCT seq) FROM audit_logs WHERE user_id = ?"
                + " AND seq IS NOT NULL", clerk.id()), "every row sealed, each with its own seq");
        AuditCheck check = as(auditor, () -> audit.verify());
        assertTrue(check.ok(), check.toString());
        assertTrue(check.checkedRows() >= mine, check.toString());
    }

    @Test
    @DisplayName("a value changed behind the trigger's back is found: the row id, expected and stored hash")
    void tamperedRowIsFound() throws Exception {
        MovementPosted receipt = as(clerk, () -> inventory.receive(change(7, "GR-T")));
        as(clerk, () -> inventory.receive(change(1, "GR-T2"))); // a row after it in the chain
        lookup("AuditSealer", AuditSealer.class).sealPending();
        long id = data.number("SELECT id FROM audit_logs WHERE action = 'PURCHASE_RECEIPT' AND entity_id = ?",
                String.valueOf(receipt.movement().getId()));
        String stored = data.string("SELECT row_hash FROM audit_logs WHERE id = ?", id);
        assertTrue(as(auditor, () -> audit.verify()).ok());

        String original = data.string("SELECT new_values::text FROM audit_logs WHERE id = ?", id);
        behindTheTrigger("UPDATE audit_logs SET new_values = jsonb_set(new_values, '{quantity}', '700') WHERE id = ?",
                id);
        try {
            AuditCheck check = as(auditor, () -> audit.verify());
            assertFalse(check.ok(), check.toString());
            assertEquals(id, check.brokenRowId(), check.toString());
            assertEquals("ROW_HASH", check.reason());
            assertEquals(stored, check.stored());
            assertNotNull(check.expected());
            assertFalse(check.expected().equals(check.stored()));

            // the daily job finds it too and tells every holder of audit.view
            AuditCheck daily = lookup("AuditVerifyJob", AuditVerifyJob.class).run();
            assertNotNull(daily, "no other node holds the verification lock");
            assertEquals(id, daily.brokenRowId());
            assertEquals(1, data.number("SELECT count(*) FROM notifications WHERE notification_type = 'AUDIT_CHAIN_BROKEN'"
                    + " AND user_id = ? AND payload->>'rowId' = ?", auditor.id(), String.valueOf(id)));
        } finally {
            behindTheTrigger("UPDATE audit_logs SET new_values = CAST(? AS jsonb) WHERE id = ?", original, id);
        }
        assertTrue(as(auditor, () -> audit.verify()).ok(), "restored: the chain verifies again");
    }

    @Test
    @DisplayName("verification needs audit.view")
    void verifyNeedsPermission() {
        assertThrows(EJBAccessException.class, () -> as(clerk, () -> audit.verify()));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private StockChange change(int quantity, String document) {
        return new StockChange(variant, location, quantity, document, null);
    }

    private void assertRow(String action, String table, long entityId) throws SQLException {
        assertEquals(1, data.number("SELECT count(*) FROM audit_logs WHERE action = ? AND entity_table = ?"
                + " AND entity_id = ? AND user_id = ?", action, table, String.valueOf(entityId), clerk.id()),
                action + " " + table + " " + entityId);
    }

    private static void assertRefused(Statement s, String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertEquals("42501", refused.getSQLState(), refused.getMessage());
    }

    /** Runs {@code sql} with the append-only trigger disabled, in one transaction no one else sees. */
    private static void behindTheTrigger(String sql, Object... args) throws Exception {
        try (Connection c = dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE audit_logs DISABLE TRIGGER trg_audit_logs_append_only");
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < args.length; i++) {
                        ps.setObject(i + 1, args[i]);
                    }
                    assertEquals(1, ps.executeUpdate());
                }
                s.execute("ALTER TABLE audit_logs ENABLE TRIGGER trg_audit_logs_append_only");
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static DataSource dataSource() throws Exception {
        return (DataSource) new InitialContext().lookup("java:jboss/datasources/ColcaDS");
    }
}
