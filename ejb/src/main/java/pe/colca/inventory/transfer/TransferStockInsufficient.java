package pe.colca.inventory.transfer;

import java.util.List;
import java.util.stream.Collectors;
import pe.colca.common.BusinessException;

/**
 * A dispatch was refused because one or more lines lack available stock at the source; nothing was
 * written. The message names every short SKU with the quantity asked for and the one available
 * (HTTP 409 {@code insufficient-stock}, with {@link #shortages()} as an extension member).
 */
public class TransferStockInsufficient extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** One short line. */
    public record Shortage(long variantId, String sku, int requested, int available) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final List<Shortage> shortages;

    public TransferStockInsufficient(String number, String locationCode, List<Shortage> shortages) {
        super(Kind.CONFLICT, "insufficient-stock", "inventory.transfer.insufficient", number, locationCode,
                shortages.stream().map(s -> s.sku() + ": " + s.requested() + " → " + s.available())
                        .collect(Collectors.joining("; ")));
        this.shortages = List.copyOf(shortages);
    }

    public List<Shortage> shortages() {
        return shortages;
    }
}
