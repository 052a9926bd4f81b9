package pe.colca.web.inventory;

import java.io.Serializable;
import pe.colca.inventory.transfer.TransferDetail;
import pe.colca.inventory.VariantLabel;

/**
 * One line as the transfer screen edits it: in a draft (variant and quantity to send), in the
 * receive dialog (quantity received now, defaulting to the outstanding one) or in the close dialog
 * (the reason of the shortfall).
 */
public class TransferLineRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long lineId;
    private final long variantId;
    private final String sku;
    private final String description;
    private final int outstanding;
    private Integer quantity;
    private String reason;

    TransferLineRow(Long lineId, long variantId, String sku, String description, int outstanding, Integer quantity) {
        this.lineId = lineId;
        this.variantId = variantId;
        this.sku = sku;
        this.description = description;
        this.outstanding = outstanding;
        this.quantity = quantity;
    }

    static TransferLineRow draft(VariantLabel v, int quantity) {
        return new TransferLineRow(null, v.id(), v.sku(), describe(v.productName(), v.size(), v.color()), 0, quantity);
    }

    static TransferLineRow of(TransferDetail.Line l, Integer quantity) {
        return new TransferLineRow(l.id(), l.variantId(), l.sku(), describe(l.productName(), l.size(), l.color()),
                l.outstanding(), quantity);
    }

    private static String describe(String product, String size, String color) {
        StringBuilder text = new StringBuilder(product == null ? "" : product);
        for (String part : new String[] {size, color}) {
            if (part != null && !part.isBlank()) {
                text.append(" · ").append(part);
            }
        }
        return text.toString();
    }

    public Long getLineId() {
        return lineId;
    }

    public long getVariantId() {
        return variantId;
    }

    public String getSku() {
        return sku;
    }

    public String getDescription() {
        return description;
    }

    public int getOutstanding() {
        return outstanding;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
