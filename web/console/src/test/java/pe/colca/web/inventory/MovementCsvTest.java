package pe.colca.web.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.colca.inventory.MovementType;

class MovementCsvTest {

    private static final List<String> HEADERS = List.of("ID", "Fecha y hora (Lima)", "Tipo", "SKU", "Producto",
            "Origen", "Destino", "Cantidad", "Documento", "Notas");

    @Test
    void utf8WithBomCrlfAndLimaTime() {
        MovementRow row = new MovementRow(7, Instant.parse("2026-01-02T03:04:05Z"), MovementType.ADJUSTMENT,
                "POLO-M", "Polo piqué, niño", "TDA-01 · Miraflores", null, -3, null, "Mercadería dañada \"vitrina\"");
        byte[] csv = MovementCsv.write(HEADERS, List.of(row), r -> "Ajuste", ZoneId.of("America/Lima"));

        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
                List.of(csv[0], csv[1], csv[2]), "UTF-8 byte-order mark");
        String text = new String(Arrays.copyOfRange(csv, 3, csv.length), StandardCharsets.UTF_8);
        assertEquals("ID,Fecha y hora (Lima),Tipo,SKU,Producto,Origen,Destino,Cantidad,Documento,Notas\r\n"
                + "7,2026-01-01 22:04:05,Ajuste,POLO-M,\"Polo piqué, niño\",TDA-01 · Miraflores,,-3,,"
                + "\"Mercadería dañada \"\"vitrina\"\"\"\r\n", text);
    }

    @Test
    void formulasAreNeutralised() {
        assertEquals("'=HYPERLINK(1)", MovementCsv.field("=HYPERLINK(1)"));
        assertEquals("-3", MovementCsv.field("-3"));
        assertEquals("'-1+cmd|'/C calc'!A0", MovementCsv.field("-1+cmd|'/C calc'!A0"));
        assertEquals("'\t=1", MovementCsv.field("\t=1"));
        assertEquals("", MovementCsv.field(null));
    }
}
