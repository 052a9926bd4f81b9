package pe.colca.invoicing;

import java.util.List;

/**
 * The invoicing area's door for the sales area: a paid order gets its electronic document here, in
 * the order's own transaction, and the invoicing area takes it from there (builds, signs and sends it
 * after commit).
 *
 * <ul>
 *   <li><b>Numbered now, gapless.</b> The number is taken from the store's series in the caller's
 *   transaction, so a rolled-back sale gives it back and the next sale gets it; concurrent sales of
 *   one series queue on the series row until they commit, never sharing or skipping a number.</li>
 *   <li><b>Never lost, never blocking.</b> The row is written {@code PENDING} with the sale; after
 *   commit a nudge goes to {@code sunat.outbound}. A broker outage loses only the nudge: the pending
 *   row stays and the sender's sweep picks it up.</li>
 * </ul>
 */
public interface DocumentRequests {

    /**
     * Writes the pending document of a paid order, numbered from the store's series for the type.
     * Must run in the caller's transaction (MANDATORY).
     *
     * @throws SeriesNotConfigured when the store has no series for the type (HTTP 422); nothing is written
     */
    IssuedDocument requestForOrder(DocumentRequest request);

    /**
     * Writes the pending credit note (07) of a return, numbered without gaps from the returning store's
     * note series of the referenced document's letter, modifying that document. Must run in the caller's
     * transaction (MANDATORY); announced on {@code sunat.outbound} after commit like a sale's document.
     *
     * @throws SeriesNotConfigured when the store has no note series for the letter (HTTP 422); nothing is written
     */
    IssuedDocument requestCreditNote(CreditNoteRequest request);

    /** The documents of an order, oldest first (a re-issued document follows the rejected one). */
    List<IssuedDocument> forOrder(long orderId);
}
