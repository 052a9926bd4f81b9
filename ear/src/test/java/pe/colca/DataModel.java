package pe.colca;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of {@code docs/data-model.mmd} (a Mermaid {@code erDiagram}), read strictly: an attribute
 * line the parser does not understand is an error, so a change of the model's notation breaks the schema
 * test loudly instead of silently checking less.
 *
 * <p>Markers understood on an attribute: {@code PK}, {@code FK}, and in the quoted comment
 * {@code "UNIQUE"}, {@code "UNIQUE COMPOSITE(a, b)"} (names may be abbreviated: {@code variant} →
 * {@code variant_id}, {@code correlative} → {@code correlative_number}, {@code type} →
 * {@code report_type}), {@code "OPTIMISTIC LOCK"}, {@code "GENERATED (...)"},
 * {@code "PARTITION KEY (Monthly|Yearly)"} and {@code "Soft Delete"}.
 */
public record DataModel(List<Table> tables) {

    public enum Partitioning { MONTHLY, YEARLY }

    /** One attribute of an entity of the diagram. */
    public record Column(String name, String type, boolean primaryKey, boolean foreignKey, boolean unique,
                         boolean optimisticLock, boolean generated, Partitioning partitionKey,
                         boolean softDelete, String comment) {
    }

    /** One entity of the diagram; {@code uniqueKeys} holds single-column and composite unique keys. */
    public record Table(String name, List<Column> columns, List<List<String>> uniqueKeys) {

        public Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
        }

        public List<String> primaryKey() {
            return columns.stream().filter(Column::primaryKey).map(Column::name).toList();
        }

        public List<String> foreignKeys() {
            return columns.stream().filter(Column::foreignKey).map(Column::name).toList();
        }

        public List<String> optimisticLockColumns() {
            return columns.stream().filter(Column::optimisticLock).map(Column::name).toList();
        }

        public List<String> generatedColumns() {
            return columns.stream().filter(Column::generated).map(Column::name).toList();
        }

        public Optional<Column> partitionKey() {
            return columns.stream().filter(c -> c.partitionKey() != null).findFirst();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Model type → {@code information_schema.columns.data_type} (docs/conventions.md). */
    public static String sqlType(String modelType) {
        return switch (modelType) {
            case "string" -> "character varying";
            case "text" -> "text";
            case "bigint" -> "bigint";
            case "int" -> "integer";
            case "decimal" -> "numeric";
            case "timestamp" -> "timestamp with time zone";
            case "date" -> "date";
            case "boolean" -> "boolean";
            case "jsonb" -> "jsonb";
            default -> throw new IllegalArgumentException("unknown model type " + modelType);
        };
    }

    private static final Pattern TABLE_START = Pattern.compile("^(\\w+)\\s*\\{$");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "^(\\w+)\\s+(\\w+)(?:\\s+((?:PK|FK|UK)(?:\\s*,\\s*(?:PK|FK|UK))*))?(?:\\s+\"([^\"]*)\")?$");
    private static final Pattern COMPOSITE = Pattern.compile("\\bUNIQUE\\s+COMPOSITE\\s*\\(([^)]*)\\)");
    private static final Pattern SINGLE_UNIQUE = Pattern.compile("\\bUNIQUE\\b");
    private static final Pattern PARTITION = Pattern.compile("\\bPARTITION KEY\\s*\\((Monthly|Yearly)\\)",
            Pattern.CASE_INSENSITIVE);

    public static DataModel parse(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Table> tables = new ArrayList<>();
        String current = null;
        List<Column> columns = null;
        List<String> compositeSpecs = null;
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("%%")) {
                continue;
            }
            if (current == null) {
                Matcher start = TABLE_START.matcher(line);
                if (start.matches()) {
                    current = start.group(1);
                    columns = new ArrayList<>();
                    compositeSpecs = new ArrayList<>();
                }
                continue; // "erDiagram", relationships
            }
            if (line.equals("}")) {
                tables.add(new Table(current, List.copyOf(columns), uniqueKeys(current, columns, compositeSpecs)));
                current = null;
                continue;
            }
            Matcher m = ATTRIBUTE.matcher(line);
            if (!m.matches()) {
                throw new IllegalStateException(file + ":" + lineNo + ": cannot read attribute of " + current + ": " + line);
            }
            String type = m.group(1);
            String name = m.group(2);
            String keys = m.group(3) == null ? "" : m.group(3);
            String comment = m.group(4) == null ? "" : m.group(4);
            sqlType(type); // rejects unknown types
            Matcher composite = COMPOSITE.matcher(comment);
            boolean isComposite = composite.find();
            if (isComposite) {
                compositeSpecs.add(composite.group(1));
            }
            Matcher partition = PARTITION.matcher(comment);
            Partitioning partitioning = partition.find()
                    ? Partitioning.valueOf(partition.group(1).toUpperCase(java.util.Locale.ROOT)) : null;
            columns.add(new Column(name, type,
                    keys.contains("PK"),
                    keys.contains("FK"),
                    keys.contains("UK") || (!isComposite && SINGLE_UNIQUE.matcher(comment).find()),
                    comment.contains("OPTIMISTIC LOCK"),
                    comment.startsWith("GENERATED"),
                    partitioning,
                    comment.equalsIgnoreCase("Soft Delete"),
                    comment));
        }
        if (current != null) {
            throw new IllegalStateException(file + ": table " + current + " is not closed");
        }
        return new DataModel(List.copyOf(tables));
    }

    private static List<List<String>> uniqueKeys(String table, List<Column> columns, List<String> compositeSpecs) {
        List<List<String>> keys = new ArrayList<>();
        for (Column c : columns) {
            if (c.unique()) {
                keys.add(List.of(c.name()));
            }
        }
        for (String spec : compositeSpecs) {
            List<String> key = new ArrayList<>();
            for (String token : spec.split(",")) {
                key.add(resolve(table, columns, token.strip()));
            }
            keys.add(List.copyOf(key));
        }
        return List.copyOf(keys);
    }

    /** An abbreviated column name of a composite key: exact name, else {@code token_*}, else {@code *_token}. */
    private static String resolve(String table, List<Column> columns, String token) {
        List<String> names = columns.stream().map(Column::name).toList();
        if (names.contains(token)) {
            return token;
        }
        for (List<String> candidates : List.of(
                names.stream().filter(n -> n.startsWith(token + "_")).toList(),
                names.stream().filter(n -> n.endsWith("_" + token)).toList())) {
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            if (candidates.size() > 1) {
                throw new IllegalStateException(table + ": '" + token + "' of a UNIQUE COMPOSITE is ambiguous: " + candidates);
            }
        }
        throw new IllegalStateException(table + ": '" + token + "' of a UNIQUE COMPOSITE matches no column");
    }

    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + name + " in the model"));
    }

    public List<Table> partitionedTables() {
        return tables.stream().filter(t -> t.partitionKey().isPresent()).toList();
    }

    /** Table name → table, in model order. */
    public Map<String, Table> byName() {
        Map<String, Table> map = new LinkedHashMap<>();
        tables.forEach(t -> map.put(t.name(), t));
        return map;
    }
}
