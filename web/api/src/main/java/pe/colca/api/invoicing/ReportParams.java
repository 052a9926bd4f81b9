package pe.colca.api.invoicing;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import pe.colca.api.ApiTexts;
import pe.colca.api.QueryValues;
import pe.colca.invoicing.DocumentType;

/** Query parameters of the burnt numbers, series report and deadlines endpoints; a bad one goes into {@code errors}. */
final class ReportParams {

    private final Map<String, String> errors;
    private final Locale locale;

    ReportParams(Map<String, String> errors, Locale locale) {
        this.errors = errors;
        this.locale = locale;
    }

    /** A positive whole number, null when absent. */
    Long id(String name, String value) {
        String text = QueryValues.text(value);
        if (text == null) {
            return null;
        }
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // below
        }
        errors.put(name, ApiTexts.text(locale, "field.min", 1));
        return null;
    }

    /** A series code of 4 letters or digits, null when absent. */
    String series(String value) {
        String text = QueryValues.text(value);
        if (text != null && !text.matches("[A-Za-z0-9]{4}")) {
            errors.put("series", ApiTexts.text(locale, "invoicing.document.series"));
            return null;
        }
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /** YYYY-MM-DD, null when absent. */
    LocalDate date(String name, String value) {
        return QueryValues.date(name, value, errors, locale);
    }

    /** The catalog 01 code or the type's name, null when absent. */
    DocumentType type(String value) {
        String text = QueryValues.text(value);
        if (text == null) {
            return null;
        }
        try {
            return text.matches("\\d{2}") ? DocumentType.fromCode(text) : DocumentType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("type", ApiTexts.text(locale, "field.enum", "01, 03, 07, 08, FACTURA, BOLETA, NOTA_CREDITO, NOTA_DEBITO"));
            return null;
        }
    }

    /** One of the enum's names (case-insensitive), null when absent. */
    <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        return QueryValues.enumeration(name, value, type, errors, locale);
    }
}
