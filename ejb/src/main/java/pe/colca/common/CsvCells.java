package pe.colca.common;

import java.util.regex.Pattern;

/**
 * One CSV cell as every export writes it (RFC 4180 quoting plus formula neutralisation): the one place
 * that decides what a spreadsheet could run.
 *
 * <p>A text cell whose first character is {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is prefixed with {@code '} (OWASP "CSV injection"): Excel, LibreOffice and Google Sheets would
 * otherwise evaluate {@code =HYPERLINK(...)}, {@code -2+3+cmd|...} or {@code @SUM(...)}. A plain number
 * ({@code -3}, {@code 12.50}) is left as it is, so signed quantities stay numbers. A cell holding a comma,
 * a quote, a line feed or a carriage return is quoted, quotes doubled.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private CsvCells() {
    }

    /** The cell for {@code value} (null is an empty cell). */
    public static String cell(String value) {
        String v = neutralise(value == null ? "" : value);
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** {@code value} with a leading {@code '} when a spreadsheet would read it as a formula. */
    public static String neutralise(String value) {
        if (value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0 || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }
}
