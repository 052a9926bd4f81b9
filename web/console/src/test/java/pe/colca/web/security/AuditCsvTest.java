package pe.colca.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    @DisplayName("every formula start is neutralised: = + - @ tab CR")
    void formulaNeutralisation() {
        assertEquals("'=1+1", AuditCsv.field("=1+1"));
        assertEquals("'+5", AuditCsv.field("+5"));
        assertEquals("'-2+3", AuditCsv.field("-2+3"));
        assertEquals("'@SUM(A1)", AuditCsv.field("@SUM(A1)"));
        assertEquals("'\tx", AuditCsv.field("\tx"));
        assertEquals("\"'\rx\"", AuditCsv.field("\rx"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\",1)\"", AuditCsv.field("=HYPERLINK(\"x\",1)"));
        assertEquals("plain", AuditCsv.field("plain"));
        assertEquals("", AuditCsv.field(null));
    }

    @Test
    @DisplayName("changed fields side by side: unchanged ones kept but not marked; creations and removals marked")
    void fields() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("quantity", 5);
        before.put("code", "LIM-01");
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("quantity", 7);
        after.put("reason", "conteo");
        List<AuditRow.Field> fields = AuditRow.fields(before, after);
        assertEquals(List.of(new AuditRow.Field("quantity", "5", "7", true), new AuditRow.Field("code", "LIM-01", "LIM-01",
                false), new AuditRow.Field("reason", null, "conteo", true)), fields);
        assertEquals(List.of(new AuditRow.Field("code", null, "X", true)), AuditRow.fields(null, Map.of("code", "X")));
    }
}
