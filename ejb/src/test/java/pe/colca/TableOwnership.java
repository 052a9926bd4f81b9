package pe.colca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which area owns which table, and a scanner that finds the tables (by SQL name) and entities (by
 * JPQL name) that a source file names in its string literals. The owners come from the section
 * headers of {@code docs/data-model.mmd} (sections that hold two areas list the second area's
 * tables in {@link #SECTION_EXCEPTIONS}) plus the tables the project added
 * ({@link #ADDED_TABLES}, docs/conventions.md). A table created by a migration that is in neither
 * makes {@link #load} fail: a new table must get an owner before it is used.
 */
final class TableOwnership {

    /** Section number of data-model.mmd → owning area. */
    static final Map<Integer, String> SECTION_AREAS = Map.of(1, "catalog", 2, "inventory", 3, "customer", 4, "sales",
            5, "invoicing", 6, "settings", 7, "promotion", 8, "security");

    /** Tables of a section that belong to another area than the section's. */
    static final Map<String, String> SECTION_EXCEPTIONS = Map.of(
            "payments", "payment", "cash_sessions", "payment", "cash_movements", "payment",
            "materialized_reports", "reporting",
            "notifications", "notification", "notification_templates", "notification");

    /** Tables (and views) the project added beyond the model, with their owner. */
    static final Map<String, String> ADDED_TABLES = Map.ofEntries(
            Map.entry("catalog_imports", "catalog"), Map.entry("catalog_import_errors", "catalog"),
            Map.entry("catalog_variant_index", "catalog"), Map.entry("security_user_names", "security"),
            Map.entry("inventory_transfers", "inventory"), Map.entry("inventory_transfer_lines", "inventory"),
            Map.entry("inventory_transfer_receipts", "inventory"), Map.entry("inventory_counts", "inventory"),
            Map.entry("inventory_count_lines", "inventory"), Map.entry("user_locations", "security"),
            Map.entry("order_number_counters", "sales"),
            Map.entry("loyalty_order_points", "customer"),
            Map.entry("customer_ubigeo", "customer"),
            Map.entry("customer_privacy_requests", "customer"),
            Map.entry("customer_duplicate_dismissals", "customer"),
            Map.entry("company_establishments", "invoicing"),
            Map.entry("order_approval_requests", "sales"),
            Map.entry("electronic_document_events", "invoicing"),
            Map.entry("sunat_summaries", "invoicing"), Map.entry("sunat_summary_lines", "invoicing"),
            Map.entry("order_returns", "sales"), Map.entry("order_return_items", "sales"),
            Map.entry("document_deadline_alerts", "invoicing"),
            Map.entry("reconciliation_runs", "invoicing"), Map.entry("reconciliation_differences", "invoicing"));

    /**
     * Views an area publishes for other areas' read-only list queries (the owner keeps them
     * compatible). Naming one from another area is allowed; they cannot be written.
     */
    static final Set<String> PUBLISHED_VIEWS = Set.of("catalog_variant_index", "security_user_names");

    private static final Pattern SECTION = Pattern.compile("^\\s*%%\\s*(\\d+)\\.\\s+\\S");
    private static final Pattern TABLE = Pattern.compile("^\\s*([a-z_][a-z0-9_]*)\\s*\\{\\s*$");
    private static final Pattern CREATED = Pattern.compile(
            "(?i)create\\s+(?:table|view|materialized\\s+view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern ENTITY_TABLE = Pattern.compile(
            "@Table\\s*\\(\\s*name\\s*=\\s*\"([a-z_0-9]+)\"[^)]*\\)[^{;]*?\\bclass\\s+(\\w+)", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\\\n])*)\"",
            Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("(?<![\\w.$])([A-Za-z_][A-Za-z0-9_]*)(?![\\w$]|\\.\\w)");

    final Map<String, String> tableOwner;
    final Map<String, String> entityTable;

    private TableOwnership(Map<String, String> tableOwner, Map<String, String> entityTable) {
        this.tableOwner = tableOwner;
        this.entityTable = entityTable;
    }

    /** The project's map: data-model.mmd + added tables, checked against the migrations; entities from @Table. */
    static TableOwnership load(Path repo) {
        Map<String, String> owners = new LinkedHashMap<>();
        int section = 0;
        for (String line : lines(repo.resolve("docs/data-model.mmd"))) {
            Matcher s = SECTION.matcher(line);
            if (s.find()) {
                section = Integer.parseInt(s.group(1));
                continue;
            }
            Matcher t = TABLE.matcher(line);
            if (t.find() && section > 0) {
                String table = t.group(1);
                owners.put(table, SECTION_EXCEPTIONS.getOrDefault(table, SECTION_AREAS.get(section)));
            }
        }
        if (owners.size() < 43) {
            throw new IllegalStateException("data-model.mmd gave " + owners.size() + " tables, expected 43");
        }
        owners.putAll(ADDED_TABLES);
        Set<String> unowned = new TreeSet<>();
        for (Path migration : files(repo.resolve("ejb/src/main/resources/db/migration"), ".sql")) {
            Matcher c = CREATED.matcher(read(migration));
            while (c.find()) {
                String table = c.group(1).toLowerCase(Locale.ROOT);
                if (!owners.containsKey(table) && !isPartition(table, owners)) {
                    unowned.add(table + " (" + migration.getFileName() + ")");
                }
            }
        }
        if (!unowned.isEmpty()) {
            throw new IllegalStateException("tables without an owning area (add them to TableOwnership.ADDED_TABLES"
                    + " and docs/conventions.md): " + unowned);
        }
        Map<String, String> entities = new LinkedHashMap<>();
        for (Path source : files(repo.resolve("ejb/src/main/java"), ".java")) {
            Matcher e = ENTITY_TABLE.matcher(read(source));
            while (e.find()) {
                entities.put(e.group(2), e.group(1));
            }
        }
        return new TableOwnership(owners, entities);
    }

    /** {@code inventory_movements_default}, {@code audit_logs_y2026m01}: partitions belong to their parent. */
    private static boolean isPartition(String table, Map<String, String> owners) {
        return owners.keySet().stream().anyMatch(t -> table.startsWith(t + "_default") || table.startsWith(t + "_y"));
    }

    /**
     * The foreign tables a source of {@code area} names in its string literals: SQL table names and
     * JPQL entity names of tables owned by another area (published views excepted).
     */
    List<String> foreignNames(String area, String source) {
        List<String> found = new ArrayList<>();
        Matcher literal = LITERAL.matcher(withoutComments(source));
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                String name = word.group(1);
                String table = tableOwner.containsKey(name) ? name : entityTable.get(name);
                if (table == null || PUBLISHED_VIEWS.contains(table)) {
                    continue;
                }
                String owner = tableOwner.get(table);
                if (owner != null && !owner.equals(area)) {
                    found.add(name + (name.equals(table) ? "" : " (" + table + ")") + " of " + owner);
                }
            }
        }
        return found;
    }

    private static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                out.append(source, i, end);
                i = end;
            } else if (source.charAt(i) == '"') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != '"' && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(source.length(), j + 1);
                out.append(source, i, j);
                i = j;
            } else if (source.charAt(i) == '\'' && i + 2 < source.length()) {
                int end = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
                end = end < 0 ? i + 1 : end + 1;
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                out.append(' ');
            } else {
                out.append(source.charAt(i++));
            }
        }
        return out.toString();
    }

    static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        return read(file).lines().toList();
    }
}
