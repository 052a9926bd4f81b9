package pe.colca.invoicing.internal;

import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import pe.colca.common.Where;
import pe.colca.invoicing.Deadlines;
import pe.colca.invoicing.Deadlines.Item;
import pe.colca.invoicing.Deadlines.Kind;
import pe.colca.invoicing.Deadlines.Urgency;

/**
 * The SQL of the open deadlines, shared by the list ({@link DefaultDeadlines}) and the alert
 * ({@link DeadlineAlerts}): one row per document that still has to reach SUNAT and per requested voiding not
 * sent yet, with its deadline (midnight in Lima after the last allowed calendar day) and the store of its
 * series (for the scope filter). {@code :now} and {@code :soon} (now + the alert lead time) classify them.
 */
final class DeadlineQueries {

    private static final String SERIES_JOIN = " LEFT JOIN document_sequences s ON s.company_id = d.company_id"
            + " AND s.series = d.series AND s.document_type = d.document_type";

    /** The open items, as a sub-query (alias it). */
    static final String ITEMS = "SELECT 'SEND' AS kind, d.id AS document_id, CAST(NULL AS bigint) AS voiding_id,"
            + " d.company_id, c.ruc, d.document_type, d.series, d.correlative_number, d.sunat_status AS status,"
            + " d.issue_date, s.location_id,"
            + " CAST(d.issue_date + CASE WHEN left(d.series, 1) = 'F' THEN " + (Deadlines.FACTURA_DAYS + 1)
            + " ELSE " + (Deadlines.BOLETA_DAYS + 1) + " END AS timestamp) AT TIME ZONE 'America/Lima' AS deadline"
            + " FROM electronic_documents d JOIN companies c ON c.id = d.company_id" + SERIES_JOIN
            + " WHERE d.deleted_at IS NULL AND (d.sunat_status IN ('PENDING', 'SENT', 'ERROR')"
            + " OR (d.sunat_status = 'REJECTED' AND NOT EXISTS"
            + " (SELECT 1 FROM electronic_documents r WHERE r.replaces_document_id = d.id)))"
            + " UNION ALL"
            + " SELECT 'VOID', d.id, v.id, d.company_id, c.ruc, d.document_type, d.series, d.correlative_number,"
            + " v.status, d.issue_date, s.location_id,"
            + " CAST(d.issue_date + " + (Deadlines.VOID_DAYS + 1) + " AS timestamp) AT TIME ZONE 'America/Lima'"
            + " FROM voided_documents v JOIN electronic_documents d ON d.id = v.document_id"
            + " JOIN companies c ON c.id = d.company_id" + SERIES_JOIN
            // a rejected voiding (or one whose ticket was lost) is still owed while the document is not voided
            + " WHERE v.status = 'PENDING' OR (v.status = 'REJECTED' AND d.sunat_status <> 'VOIDED')";

    /** The urgency of a row of {@link #ITEMS} aliased {@code i}. */
    static final String URGENCY = "CASE WHEN i.deadline <= :now THEN 'OVERDUE' WHEN i.deadline <= :soon"
            + " THEN 'DUE_SOON' ELSE 'ON_TIME' END";

    private DeadlineQueries() {
    }

    /** Adds the filters of {@code show} on {@code i.deadline} to {@code where}, binding {@code :now}/{@code :soon} as needed. */
    static Where show(Where where, Deadlines.Show show, OffsetDateTime now, OffsetDateTime soon) {
        return switch (show == null ? Deadlines.Show.AT_RISK : show) {
            case AT_RISK -> where.and("i.deadline <= :soon").param("soon", soon);
            case OVERDUE -> where.and("i.deadline <= :now").param("now", now);
            case DUE_SOON -> where.and("i.deadline > :now AND i.deadline <= :soon").param("now", now).param("soon", soon);
            case ALL -> where;
        };
    }

    /** A row of {@link #ITEMS} with its urgency (column {@code urgency}). */
    static Item item(Tuple row, Instant now) {
        Instant deadline = instant(row.get("deadline"));
        long hours = Math.floorDiv(deadline.getEpochSecond() - now.getEpochSecond(), 3600L);
        Number voiding = (Number) row.get("voiding_id");
        return new Item(Kind.valueOf((String) row.get("kind")), ((Number) row.get("document_id")).longValue(),
                voiding == null ? null : voiding.longValue(), ((Number) row.get("company_id")).longValue(),
                (String) row.get("ruc"), (String) row.get("document_type"), (String) row.get("series"),
                ((Number) row.get("correlative_number")).intValue(), (String) row.get("status"),
                date(row.get("issue_date")), deadline, Urgency.valueOf((String) row.get("urgency")), hours);
    }

    /** A {@code timestamptz} as the JDBC driver or Hibernate hands it over. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }

    /** A {@code date} as the JDBC driver or Hibernate hands it over. */
    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value.getClass());
    }
}
