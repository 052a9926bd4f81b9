package pe.colca.invoicing.sunat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The SUNAT catalogs the documents use beyond tax groups (sunat.md §1–§3). */
public final class SunatCatalogs {

    /** Catalog 09: reasons of a nota de crédito. */
    public static final Map<String, String> CREDIT_NOTE_REASONS;
    /** Catalog 10: reasons of a nota de débito. */
    public static final Map<String, String> DEBIT_NOTE_REASONS;
    /** Catalog 06: identity document types of a customer. */
    public static final Set<String> IDENTITY_DOCUMENT_TYPES =
            Set.of("0", "1", "4", "6", "7", "A", "B", "C", "D", "E", "F", "G", "H");

    static {
        Map<String, String> credit = new LinkedHashMap<>();
        credit.put("01", "Anulación de la operación");
        credit.put("02", "Anulación por error en el RUC");
        credit.put("03", "Corrección por error en la descripción");
        credit.put("04", "Descuento global");
        credit.put("05", "Descuento por ítem");
        credit.put("06", "Devolución total");
        credit.put("07", "Devolución por ítem");
        credit.put("08", "Bonificación");
        credit.put("09", "Disminución en el valor");
        credit.put("10", "Otros conceptos");
        credit.put("11", "Ajustes de operaciones de exportación");
        credit.put("12", "Ajustes afectos al IVAP");
        credit.put("13", "Ajustes – montos y/o fechas de pago");
        CREDIT_NOTE_REASONS = Map.copyOf(credit);
        Map<String, String> debit = new LinkedHashMap<>();
        debit.put("01", "Intereses por mora");
        debit.put("02", "Aumento en el valor");
        debit.put("03", "Penalidades / otros conceptos");
        debit.put("11", "Ajustes de operaciones de exportación");
        debit.put("12", "Ajustes afectos al IVAP");
        DEBIT_NOTE_REASONS = Map.copyOf(debit);
    }

    private SunatCatalogs() {
    }
}
