package pe.colca.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A credit note modifies a document of its own letter, with a two-digit catalog 09 reason (returns, V29). */
class CreditNoteTest {

    private static ElectronicDocument document(DocumentType type, String series) {
        return new ElectronicDocument(1L, 10L, type, series, 1, LocalDate.of(2026, 12, 4), "PEN",
                new BigDecimal("19.90"), new BigDecimal("3.04"), new BigDecimal("16.86"));
    }

    @Test
    void aNoteOfABoletaNamesItsReturnAndReason() {
        ElectronicDocument boleta = document(DocumentType.BOLETA, "B001");
        ElectronicDocument note = document(DocumentType.NOTA_CREDITO, "BC01");
        note.modifies(boleta, 7L, "07", "  talla equivocada ");
        assertEquals(7L, note.getReturnId());
        assertEquals("07", note.getNoteReasonCode());
        assertEquals("talla equivocada", note.getNoteReason());
        assertEquals(SunatStatus.PENDING, note.getSunatStatus());
    }

    @Test
    void lettersReasonsAndTypesAreChecked() {
        ElectronicDocument boleta = document(DocumentType.BOLETA, "B001");
        ElectronicDocument factura = document(DocumentType.FACTURA, "F001");
        ElectronicDocument note = document(DocumentType.NOTA_CREDITO, "FC01");
        assertThrows(IllegalArgumentException.class, () -> note.modifies(boleta, 1L, "07", "x"),
                "an F note does not modify a boleta");
        assertThrows(IllegalArgumentException.class, () -> note.modifies(factura, 1L, "7", "x"));
        assertThrows(IllegalArgumentException.class, () -> note.modifies(document(DocumentType.NOTA_CREDITO, "FC02"),
                1L, "07", "x"), "a note modifies a factura or a boleta");
        assertThrows(IllegalStateException.class, () -> boleta.modifies(factura, 1L, "07", "x"),
                "only a note modifies another document");
    }
}
