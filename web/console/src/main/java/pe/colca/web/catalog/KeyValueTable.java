package pe.colca.web.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A jsonb object ({@code products.attributes}, {@code product_variants.dimensions}) edited as a table
 * of key/value rows. Values are edited as text; a value the user did not touch keeps the JSON type it
 * had (a number stays a number, a nested object stays an object), a new or changed value is a
 * number when it reads as one ({@code 12}, {@code 0.5}) and text otherwise. Rows without key and
 * value are ignored; keys are trimmed and must be unique.
 */
public final class KeyValueTable implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable line. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private String key;
        private String value;
        /** The JSON value the row was loaded with (null for a new row). */
        private final Object original;

        public Row(String key, String value) {
            this(key, value, null);
        }

        Row(String key, String value, Object original) {
            this.key = key;
            this.value = value;
            this.original = original;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        boolean isBlank() {
            return (key == null || key.isBlank()) && (value == null || value.isBlank());
        }
    }

    /** Keys given twice, or a value without a key; the message names them. */
    public static final class Invalid extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final List<String> duplicates;

        Invalid(List<String> duplicates) {
            super(duplicates.isEmpty() ? "a value has no key" : "duplicate keys: " + duplicates);
            this.duplicates = List.copyOf(duplicates);
        }

        /** The keys given more than once; empty when the problem is a value without a key. */
        public List<String> duplicates() {
            return duplicates;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    public static KeyValueTable of(Map<String, Object> values) {
        KeyValueTable table = new KeyValueTable();
        if (values != null) {
            values.forEach((k, v) -> table.rows.add(new Row(k, text(v), v)));
        }
        return table;
    }

    public static KeyValueTable empty() {
        return new KeyValueTable();
    }

    public List<Row> getRows() {
        return rows;
    }

    public void add() {
        rows.add(new Row(null, null));
    }

    public void remove(Row row) {
        rows.remove(row);
    }

    public boolean isEmpty() {
        return rows.stream().allMatch(Row::isBlank);
    }

    /**
     * The JSON object to save, in the rows' order.
     *
     * @throws Invalid when a key is given twice or a value has no key
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (Row row : rows) {
            if (row.isBlank()) {
                continue;
            }
            if (row.key == null || row.key.isBlank()) {
                throw new Invalid(List.of());
            }
            String key = row.key.strip();
            if (map.containsKey(key)) {
                duplicates.add(key);
            }
            map.put(key, value(row));
        }
        if (!duplicates.isEmpty()) {
            throw new Invalid(new ArrayList<>(duplicates));
        }
        return map;
    }

    private static Object value(Row row) {
        String text = row.value == null ? "" : row.value.strip();
        if (row.original != null && Objects.equals(text, text(row.original))) {
            return row.original;
        }
        if (text.matches("-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,6})?")) {
            return new BigDecimal(text);
        }
        return text;
    }

    /** How a JSON value is shown in the table: numbers plainly (12, 0.5), booleans, text, nested JSON. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return json(value);
        }
        return value.toString();
    }

    private static String json(Object value) {
        if (value instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            m.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(quote(String.valueOf(k))).append(": ")
                    .append(json(v)));
            return b.append('}').toString();
        }
        if (value instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            l.forEach(v -> b.append(b.length() > 1 ? ", " : "").append(json(v)));
            return b.append(']').toString();
        }
        if (value instanceof String s) {
            return quote(s);
        }
        return text(value);
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
