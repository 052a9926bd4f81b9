package pe.colca.web.inventory;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The ledger as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents and
 * "ñ"), comma separated, CRLF line ends, every field quoted when it holds a comma, a quote or a line
 * break and neutralised when a spreadsheet would run it as a formula ({@link pe.colca.common.CsvCells}); times in Lima as {@code yyyy-MM-dd HH:mm:ss}; quantities signed.
 */
final class MovementCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String BOM = "\uFEFF";

    private MovementCsv() {
    }

    /**
     * @param headers column titles (10: id, date, type, SKU, product, from, to, quantity, document, notes)
     * @param typeLabel the localized label of a movement type
     */
    static byte[] write(List<String> headers, List<MovementRow> rows, Function<MovementRow, String> typeLabel,
                        ZoneId zone) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, headers);
        DateTimeFormatter time = TIME.withZone(zone);
        for (MovementRow r : rows) {
            line(csv, List.of(String.valueOf(r.getId()), r.getCreatedAt() == null ? "" : time.format(r.getCreatedAt()),
                    typeLabel.apply(r), nz(r.getSku()), nz(r.getProductName()), nz(r.getFrom()), nz(r.getTo()),
                    String.valueOf(r.getSignedQuantity()), nz(r.getReferenceDoc()), nz(r.getNotes())));
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

    /** A cell: quoted when needed, formulas neutralised (the shared rule, {@link pe.colca.common.CsvCells}). */
    static String field(String value) {
        return pe.colca.common.CsvCells.cell(value);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
