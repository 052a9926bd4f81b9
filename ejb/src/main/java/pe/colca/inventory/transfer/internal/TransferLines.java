package pe.colca.inventory.transfer.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;

/** Merging of draft lines: one line per variant, quantities added, first-seen order kept. */
final class TransferLines {

    static final int MAX_QUANTITY = 1_000_000;

    /** A line after its variant was resolved (from an id or a SKU/barcode). */
    record Resolved(long variantId, int quantity) {
    }

    private TransferLines() {
    }

    /**
     * Variant id → total quantity; a merged total above {@value #MAX_QUANTITY} is an error on the
     * line that crossed it ({@code lines[i].quantity}).
     */
    static Map<Long, Integer> merge(List<Resolved> lines, Locale locale) {
        Map<Long, Integer> merged = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Resolved line = lines.get(i);
            long total = (long) merged.getOrDefault(line.variantId(), 0) + line.quantity();
            if (line.quantity() <= 0 || total > MAX_QUANTITY) {
                throw InvalidInput.of("lines[" + i + "].quantity", Messages.format(locale,
                        line.quantity() <= 0 ? "inventory.quantity.positive" : "inventory.quantity.max"));
            }
            merged.put(line.variantId(), (int) total);
        }
        return merged;
    }
}
