package pe.colca.inventory.transfer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.common.InvalidInput;
import pe.colca.inventory.transfer.internal.TransferLines.Resolved;

class TransferLinesTest {

    @Test
    @DisplayName("lines of the same variant merge into one, quantities added, first-seen order kept")
    void merges() {
        Map<Long, Integer> merged = TransferLines.merge(List.of(new Resolved(7, 2), new Resolved(3, 1),
                new Resolved(7, 5), new Resolved(3, 4), new Resolved(9, 1)), Locale.ENGLISH);
        assertEquals(Map.of(7L, 7, 3L, 5, 9L, 1), merged);
        assertEquals(List.of(7L, 3L, 9L), List.copyOf(merged.keySet()));
    }

    @Test
    @DisplayName("a merged total above 1,000,000 is an error on the line that crossed it")
    void mergedTotalIsCapped() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> TransferLines.merge(List.of(
                new Resolved(7, 600_000), new Resolved(8, 1), new Resolved(7, 400_001)), Locale.ENGLISH));
        assertEquals(List.of("lines[2].quantity"), List.copyOf(e.fieldErrors().keySet()));
        assertThrows(InvalidInput.class, () -> TransferLines.merge(List.of(new Resolved(7, 0)), Locale.ENGLISH));
    }
}
