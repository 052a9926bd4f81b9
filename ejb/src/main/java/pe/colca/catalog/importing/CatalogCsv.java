package pe.colca.catalog.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import pe.colca.catalog.ProductStatus;
import pe.colca.catalog.Slugs;
import pe.colca.catalog.TaxAffectation;

/**
 * The catalog import file format (docs/catalog-import.md): UTF-8, optional BOM, a header row with
 * exactly {@link #COLUMNS} plus any of {@link #OPTIONAL_COLUMNS} (any order, case-insensitive), comma separated, RFC 4180 quoting without
 * line breaks inside fields (so a row is a line and its number is the line number). Pure parsing
 * and field rules; what needs the database (brand, category, barcode taken, new product data) is
 * checked when the row is written.
 */
public final class CatalogCsv {

    /** The columns every file has. */
    public static final List<String> COLUMNS = List.of("sku", "barcode", "product_slug", "product_name", "brand",
            "category", "size", "color", "base_price", "price_override", "cost_price", "tax_code", "status");

    /**
     * Columns a file may add: {@code justification}, the reason of the row's price change, required
     * when the change is above {@code catalog.price.justification_threshold_pct} (as on the screens).
     */
    public static final List<String> OPTIONAL_COLUMNS = List.of("justification");

    private static final List<String> ALL_COLUMNS = java.util.stream.Stream.concat(COLUMNS.stream(),
            OPTIONAL_COLUMNS.stream()).toList();

    /** The downloadable template: the header and two example rows. */
    public static final String TEMPLATE = String.join(",", ALL_COLUMNS) + "\r\n"
            + "POLO-PIMA-AZ-M,7751234567895,polo-pima,Polo Pima,Colca Basics,polos,M,Azul,59.90,,25.00,10,ACTIVE,\r\n"
            + "POLO-PIMA-AZ-L,,polo-pima,Polo Pima,Colca Basics,polos,L,Azul,59.90,62.90,25.00,10,ACTIVE,"
            + "Talla L: tela adicional\r\n";

    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    private static final Pattern MONEY = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    /** Where each of {@link #ALL_COLUMNS} is in the file's rows; -1 for an optional column left out. */
    private final int[] positions;
    private final int width;

    private CatalogCsv(int[] positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /** The result of one line: a row, or the reasons it is rejected (never both). */
    public record Parsed(ImportRow row, List<ImportError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Reads the header line.
     *
     * @throws IllegalArgumentException naming the missing, unknown or repeated columns
     */
    public static CatalogCsv header(String line) {
        List<String> names = new ArrayList<>();
        for (String name : split(stripBom(line))) {
            names.add(name.strip().toLowerCase(Locale.ROOT));
        }
        int[] positions = new int[ALL_COLUMNS.size()];
        Arrays.fill(positions, -1);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int c = ALL_COLUMNS.indexOf(names.get(i));
            if (c < 0) {
                problems.add("unknown column '" + names.get(i) + "'");
            } else if (positions[c] >= 0) {
                problems.add("repeated column '" + names.get(i) + "'");
            } else {
                positions[c] = i;
            }
        }
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (positions[c] < 0) {
                problems.add("missing column '" + COLUMNS.get(c) + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new CatalogCsv(positions, names.size());
    }

    public static String stripBom(String line) {
        return line != null && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** Parses and checks data line {@code rowNumber} (the header is line 1). */
    public Parsed parse(int rowNumber, String line) {
        List<ImportError> errors = new ArrayList<>();
        List<String> cells;
        try {
            cells = split(line);
        } catch (IllegalArgumentException e) {
            return new Parsed(null, List.of(new ImportError(rowNumber, "*", e.getMessage())));
        }
        if (cells.size() != width) {
            return new Parsed(null, List.of(new ImportError(rowNumber, "*",
                    "expected " + width + " columns, found " + cells.size())));
        }
        String[] v = new String[ALL_COLUMNS.size()];
        for (int c = 0; c < v.length; c++) {
            String cell = positions[c] < 0 ? "" : cells.get(positions[c]).strip();
            v[c] = cell.isEmpty() ? null : cell;
        }
        String sku = v[0];
        if (sku == null) {
            errors.add(new ImportError(rowNumber, "sku", "required"));
        } else if (sku.length() > 60 || !SKU.matcher(sku).matches()) {
            errors.add(new ImportError(rowNumber, "sku",
                    "letters, digits and . _ / - only, starting with a letter or digit, at most 60"));
        } else {
            sku = sku.toUpperCase(Locale.ROOT);
        }
        length(errors, rowNumber, "barcode", v[1], 60);
        if (v[2] != null && !Slugs.isWellFormed(v[2])) {
            errors.add(new ImportError(rowNumber, "product_slug", "lower-case letters, digits and hyphens only"));
        }
        length(errors, rowNumber, "product_name", v[3], 200);
        length(errors, rowNumber, "brand", v[4], 200);
        length(errors, rowNumber, "category", v[5], 200);
        length(errors, rowNumber, "size", v[6], 30);
        length(errors, rowNumber, "color", v[7], 60);
        BigDecimal base = money(errors, rowNumber, "base_price", v[8], false);
        BigDecimal override = money(errors, rowNumber, "price_override", v[9], false);
        BigDecimal cost = money(errors, rowNumber, "cost_price", v[10], true);
        TaxAffectation tax = null;
        if (v[11] != null) {
            try {
                tax = TaxAffectation.fromCode(v[11]);
            } catch (IllegalArgumentException e) {
                errors.add(new ImportError(rowNumber, "tax_code", "unknown SUNAT catalog 07 code '" + v[11] + "'"));
            }
        }
        ProductStatus status = null;
        if (v[12] != null) {
            try {
                status = ProductStatus.valueOf(v[12].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new ImportError(rowNumber, "status", "DRAFT, ACTIVE or DISCONTINUED"));
            }
        }
        length(errors, rowNumber, "justification", v[13], 2000);
        if (!errors.isEmpty()) {
            return new Parsed(null, List.copyOf(errors));
        }
        return new Parsed(new ImportRow(rowNumber, sku, v[1], v[2], v[3], v[4], v[5], v[6], v[7], base, override,
                cost, tax, status, v[13]), List.of());
    }

    private static void length(List<ImportError> errors, int row, String column, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new ImportError(row, column, "at most " + max + " characters"));
        }
    }

    private static BigDecimal money(List<ImportError> errors, int row, String column, String value, boolean zeroOk) {
        if (value == null) {
            return null;
        }
        if (!MONEY.matcher(value).matches()) {
            errors.add(new ImportError(row, column, "a number with a dot and at most 2 decimals, e.g. 59.90"));
            return null;
        }
        BigDecimal amount = new BigDecimal(value);
        if (!zeroOk && amount.signum() <= 0) {
            errors.add(new ImportError(row, column, "must be greater than zero"));
            return null;
        }
        return amount.setScale(2);
    }

    /** Splits one line into cells (RFC 4180 quotes: "" inside a quoted cell is a quote). */
    public static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.toString().isBlank() && !wasQuoted) {
                cell.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (ch == '"') {
                throw new IllegalArgumentException("stray quote at character " + (i + 1));
            } else if (wasQuoted && !Character.isWhitespace(ch)) {
                throw new IllegalArgumentException("text after a closing quote at character " + (i + 1));
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unclosed quote (line breaks inside cells are not supported)");
        }
        cells.add(cell.toString());
        return cells;
    }

    /** The downloadable error report of an import: {@code row_number,column,reason}, one line per rejection. */
    public static String errorReport(List<ImportError> errors) {
        StringBuilder csv = new StringBuilder("row_number,column,reason\r\n");
        for (ImportError e : errors) {
            csv.append(e.rowNumber()).append(',').append(quote(e.column())).append(',').append(quote(e.reason()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /**
     * A cell for CSV output: quoted when needed and neutralised when a spreadsheet would run it as a
     * formula (the error report echoes the importer's own cells), {@link pe.colca.common.CsvCells}.
     */
    public static String quote(String value) {
        return pe.colca.common.CsvCells.cell(value);
    }
}
