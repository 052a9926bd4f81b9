package pe.colca.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeyValueTableTest {

    @Test
    @DisplayName("a jsonb object becomes rows in its order and back unchanged when nothing is edited")
    void roundTripKeepsTypesAndOrder() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("material", "algodón pima");
        json.put("gramaje", 180);
        json.put("lavable", true);
        json.put("medidas", Map.of("alto", 70));
        json.put("codigo", "0012");

        KeyValueTable table = KeyValueTable.of(json);

        assertEquals(List.of("material", "gramaje", "lavable", "medidas", "codigo"),
                table.getRows().stream().map(KeyValueTable.Row::getKey).toList());
        assertEquals(List.of("algodón pima", "180", "true", "{\"alto\": 70}", "0012"),
                table.getRows().stream().map(KeyValueTable.Row::getValue).toList());
        assertEquals(json, table.toMap(), "untouched values keep their JSON type (number, boolean, object)");
    }

    @Test
    @DisplayName("new values: numbers when they read as one, text otherwise; keys and values trimmed")
    void newValuesAreTypedAndTrimmed() {
        KeyValueTable table = KeyValueTable.empty();
        table.add();
        table.getRows().get(0).setKey("  alto_cm ");
        table.getRows().get(0).setValue(" 12.5 ");
        table.add();
        table.getRows().get(1).setKey("color");
        table.getRows().get(1).setValue("azul marino");
        table.add();
        table.getRows().get(2).setKey("lote");
        table.getRows().get(2).setValue("007");

        Map<String, Object> map = table.toMap();

        assertEquals(new BigDecimal("12.5"), map.get("alto_cm"));
        assertEquals("azul marino", map.get("color"));
        assertEquals("007", map.get("lote"), "a leading zero is a code, not a number");
    }

    @Test
    @DisplayName("an edited value is read again; a removed row disappears; empty rows are ignored")
    void editRemoveAndBlankRows() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("gramaje", 180);
        json.put("fit", "slim");
        KeyValueTable table = KeyValueTable.of(json);

        table.getRows().get(0).setValue("200");
        table.remove(table.getRows().get(1));
        table.add();

        assertEquals(Map.of("gramaje", new BigDecimal("200")), table.toMap());
        assertTrue(KeyValueTable.empty().isEmpty());
    }

    @Test
    @DisplayName("a name given twice, or a value without a name, is refused and named")
    void duplicatesAndMissingKeysAreRefused() {
        KeyValueTable table = KeyValueTable.of(Map.of("material", "lino"));
        table.add();
        table.getRows().get(1).setKey(" material ");
        table.getRows().get(1).setValue("algodón");

        KeyValueTable.Invalid duplicate = assertThrows(KeyValueTable.Invalid.class, table::toMap);
        assertEquals(List.of("material"), duplicate.duplicates());

        KeyValueTable noKey = KeyValueTable.empty();
        noKey.add();
        noKey.getRows().get(0).setValue("algo");
        assertTrue(assertThrows(KeyValueTable.Invalid.class, noKey::toMap).duplicates().isEmpty());
    }

    @Test
    @DisplayName("categories are offered with their full path, sorted by it")
    void categoryPaths() {
        Map<Integer, String> names = new LinkedHashMap<>();
        names.put(1, "Ropa");
        names.put(2, "Polos");
        names.put(3, "Abarrotes");
        names.put(4, "Hombre");
        Map<Integer, Integer> parents = Map.of(2, 4, 4, 1);

        List<String> labels = CatalogChoices.categoryOptions(names, parents).stream()
                .map(CatalogChoices.Option::getLabel).toList();

        assertEquals(List.of("Abarrotes", "Ropa", "Ropa › Hombre", "Ropa › Hombre › Polos"), labels);
    }
}
