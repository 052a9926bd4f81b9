package pe.colca.invoicing.internal.reconcile;

import java.util.List;
import pe.colca.invoicing.reconcile.ReconciliationDifference;
import pe.colca.invoicing.reconcile.ReconciliationService.RunView;

/** The CSV of a run's findings: one header line, then a line per finding (RFC 4180 quoting). */
final class ReconciliationCsv {

    static final String HEADER = "ruc,day,kind,explained,document,document_type,order,return,location_id,amount,"
            + "colca_status,sunat_status,sunat_code,explanation";

    private ReconciliationCsv() {
    }

    static String write(RunView run, List<ReconciliationDifference> rows) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (ReconciliationDifference d : rows) {
            line(out, run.ruc(), run.run().getBusinessDay(), d.getKind(), d.isExplained(), d.getDocumentNumber(),
                    d.getDocumentType(), d.getOrderNumber() != null ? d.getOrderNumber() : d.getOrderId(),
                    d.getReturnNumber(), d.getLocationId(), d.getAmount() == null ? null : d.getAmount().toPlainString(),
                    d.getColcaStatus(), d.getSunatStatus(), d.getSunatCode(), d.getExplanation());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(values[i]));
        }
        out.append("\r\n");
    }

    /** A cell, quoted when it holds a comma, a quote or a line break; a leading = + - @ is defused for spreadsheets. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
