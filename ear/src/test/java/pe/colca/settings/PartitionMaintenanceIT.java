package pe.colca.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestServer;

/**
 * The partition-maintenance job run for real (JBeret, through {@code POST /api/v1/admin/jobs/partition-maintenance})
 * against the test PostgreSQL: the partitions of the configured months ahead exist afterwards, a row
 * dated in the furthest month lands in its own partition, a second run creates nothing, a row beyond
 * every partition still inserts (default partition) and is moved into its partition when the job
 * later creates it.
 */
class PartitionMaintenanceIT extends ClientIntegration {

    private static final String JOBS = "/api/v1/admin/jobs";
    private static final String ADMIN = "admin@colca.test";
    private static final String CASHIER = "cashier@colca.test";
    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("the job creates the configured partitions ahead, is idempotent, and inserts never fail")
    void partitionsAhead() throws Exception {
        int ahead = Integer.parseInt(text("SELECT value FROM system_settings WHERE setting_key = ?",
                "maintenance.partitions.periods_ahead"));
        assertTrue(ahead >= 1, "the setting asks for partitions ahead: " + ahead);

        JsonObject first = runToEnd(null);
        assertEquals("COMPLETED", first.getString("status"), first.toString());

        YearMonth now = YearMonth.now(LIMA);
        for (int i = 0; i <= ahead; i++) {
            YearMonth month = now.plusMonths(i);
            assertPartition("inventory_movements_" + monthly(month), "inventory_movements");
            assertPartition("audit_logs_" + monthly(month), "audit_logs");
        }
        for (int i = 0; i <= ahead; i++) {
            assertPartition("loyalty_movements_y" + now.plusYears(i).getYear(), "loyalty_movements");
        }
        for (String table : new String[] {"inventory_movements", "audit_logs", "loyalty_movements"}) {
            assertPartition(table + "_default", table);
        }

        // a row dated in the furthest month goes into that month's partition
        YearMonth furthest = now.plusMonths(ahead);
        assertEquals("audit_logs_" + monthly(furthest), insertAuditRow(middleOf(furthest)));

        // a second run creates nothing
        JsonObject second = runToEnd(null);
        assertEquals("COMPLETED", second.getString("status"), second.toString());
        assertEquals("CREATED=0", second.getString("exitStatus"), second.toString());

        // beyond every partition: the insert still works (default partition) ...
        YearMonth beyond = now.plusMonths(ahead + 2);
        assertEquals("audit_logs_default", insertAuditRow(middleOf(beyond)));
        long rowsBeyond = count("SELECT count(*) FROM audit_logs_default WHERE created_at >= ? AND created_at < ?",
                start(beyond), start(beyond.plusMonths(1)));
        assertTrue(rowsBeyond >= 1);
        // ... and when the job creates that month, the row moves into it
        JsonObject further = runToEnd(ahead + 2);
        assertEquals("COMPLETED", further.getString("status"), further.toString());
        assertTrue(further.getString("exitStatus").startsWith("CREATED="), further.toString());
        assertTrue(Integer.parseInt(further.getString("exitStatus").substring(8)) >= 2, further.toString());
        assertPartition("audit_logs_" + monthly(beyond), "audit_logs");
        assertEquals(0, count("SELECT count(*) FROM audit_logs_default WHERE created_at >= ? AND created_at < ?",
                start(beyond), start(beyond.plusMonths(1))), "moved out of the default partition");
        assertEquals(rowsBeyond, count("SELECT count(*) FROM audit_logs_" + monthly(beyond)));
    }

    @Test
    @DisplayName("starting the job needs batch.job.start; bad input is a 400; an unknown execution a 404")
    void permissionsAndInput() {
        Reply denied = api.post(JOBS + "/partition-maintenance", api.token(CASHIER), "");
        assertEquals(403, denied.status(), denied.toString());
        Reply bad = api.post(JOBS + "/partition-maintenance?periodsAhead=99", api.token(ADMIN), "");
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.fieldErrors().containsKey("periodsAhead"), bad.toString());
        Reply unknown = api.get(JOBS + "/executions/987654321", api.token(ADMIN));
        assertEquals(404, unknown.status(), unknown.toString());
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** Starts the job through the API and polls its execution until it ends (at most 60 s). */
    private JsonObject runToEnd(Integer periodsAhead) throws InterruptedException {
        String token = api.token(ADMIN);
        Reply started = api.post(JOBS + "/partition-maintenance"
                + (periodsAhead == null ? "" : "?periodsAhead=" + periodsAhead), token, "");
        assertEquals(202, started.status(), started.toString());
        String location = started.header("Location");
        long id = started.json().getJsonNumber("executionId").longValue();
        assertTrue(location.endsWith("/admin/jobs/executions/" + id), location);
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            Reply run = api.get(location, token);
            assertEquals(200, run.status(), run.toString());
            String status = run.json().getString("status");
            if (!status.startsWith("START") && !"STOPPING".equals(status)) {
                return run.json();
            }
            assertTrue(System.currentTimeMillis() < deadline, "the job did not end: " + run);
            Thread.sleep(200);
        }
    }

    private static String monthly(YearMonth month) {
        return String.format("y%04dm%02d", month.getYear(), month.getMonthValue());
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(LIMA).toInstant();
    }

    private static Instant middleOf(YearMonth month) {
        return month.atDay(15).atTime(12, 0).atZone(LIMA).toInstant();
    }

    /** Inserts an audit row dated {@code at}; returns the partition it landed in. */
    private static String insertAuditRow(Instant at) throws SQLException {
        try (Connection c = TestServer.jdbc();
             PreparedStatement ps = c.prepareStatement("INSERT INTO audit_logs (id, action, entity_table, entity_id,"
                     + " created_at) VALUES (nextval('audit_logs_seq'), 'PARTITION_TEST', 'partition_test', 'it', ?)"
                     + " RETURNING tableoid::regclass::text")) {
            ps.setTimestamp(1, Timestamp.from(at));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void assertPartition(String partition, String parent) throws SQLException {
        assertEquals(1, count("SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                + " JOIN pg_class p ON p.oid = i.inhparent WHERE c.relname = ? AND p.relname = ?", partition, parent),
                partition + " is a partition of " + parent);
    }

    private static long count(String sql, Object... args) throws SQLException {
        try (Connection c = TestServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i] instanceof Instant t ? Timestamp.from(t) : args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String text(String sql, String arg) throws SQLException {
        try (Connection c = TestServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
