package pe.colca.inventory.transfer;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Map;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.inventory.VariantLabel;

/**
 * Transfers of stock between locations (docs/inventory-transfers.md). Every method is one
 * transaction; reading needs {@code inventory.view}, every change {@code inventory.transfer}. Stock
 * moves only at dispatch (TRANSFER_OUT at the source) and at each receipt (TRANSFER_IN at the
 * destination), through the ledger, with the transfer number as reference. Changes take the version
 * the caller read and fail with {@link TransferStale} when somebody changed the transfer since.
 */
@Local
public interface TransferService {

    Page<TransferSummary> search(TransferFilter filter, PageRequest page);

    /** @throws TransferNotFound */
    TransferDetail get(long id);

    /** A new DRAFT; lines by variant id or SKU/barcode, merged per variant; both locations live and active. */
    TransferDetail create(TransferDraft draft);

    /** Replaces header and lines of a DRAFT. */
    TransferDetail update(long id, long expectedVersion, TransferDraft draft);

    /** DRAFT → CANCELLED; nothing moved, nothing to undo. */
    TransferDetail cancel(long id, long expectedVersion);

    /**
     * DRAFT → DISPATCHED: every line leaves the source in this one transaction, or none does
     * ({@link TransferStockInsufficient} naming every short SKU).
     */
    TransferDetail dispatch(long id, long expectedVersion);

    /**
     * Units received now per line enter the destination; → PARTIALLY_RECEIVED, or RECEIVED when
     * nothing is outstanding. More than a line's outstanding quantity is refused
     * ({@code transfer-over-receipt}).
     */
    TransferDetail receive(long id, long expectedVersion, List<TransferReceiptLine> lines);

    /**
     * Ends a dispatched or partially received transfer: every outstanding unit is recorded as a
     * discrepancy of its line (lost in transit) with a reason ({@code reasons}: line id → reason;
     * {@code defaultReason} for lines without one); → RECEIVED.
     */
    TransferDetail close(long id, long expectedVersion, Map<Long, String> reasons, String defaultReason);

    /** Units in transit, per destination and variant (filters optional). */
    List<InTransit> inTransit(Integer toLocationId, Long variantId);

    /** The live variant with this SKU or barcode (case-insensitive), or null. */
    VariantLabel variantByCode(String code);
}
