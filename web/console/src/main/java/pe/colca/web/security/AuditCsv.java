package pe.colca.web.security;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit rows as CSV for spreadsheets: UTF-8 with a byte-order mark, comma separated, CRLF line
 * ends, quoted when needed, times in Lima. Complete formula neutralisation (CSV injection): a cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe, so no spreadsheet runs it — audit values are typed by anyone (names, notes).
 */
final class AuditCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String BOM = "\uFEFF";

    private AuditCsv() {
    }

    /** @param headers id, date, user, email, action, table, entity id, changes, address, request id, seq */
    static byte[] write(List<String> headers, List<AuditRow> rows, ZoneId zone) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, headers);
        DateTimeFormatter time = TIME.withZone(zone);
        for (AuditRow r : rows) {
            line(csv, List.of(String.valueOf(r.getId()), r.getCreatedAt() == null ? "" : time.format(r.getCreatedAt()),
                    nz(r.getUser()), nz(r.getUserEmail()), nz(r.getAction()), nz(r.getEntityTable()),
                    nz(r.getEntityId()), r.getSummary(), nz(r.getIpAddress()), nz(r.getCorrelationId()),
                    r.getSeq() == null ? "" : String.valueOf(r.getSeq())));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        return pe.colca.common.CsvCells.cell(value);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
