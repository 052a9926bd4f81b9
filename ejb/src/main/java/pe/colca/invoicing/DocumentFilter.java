package pe.colca.invoicing;

import java.time.LocalDate;

/**
 * The filters of the documents list (Facturación → Comprobantes, {@code GET /api/v1/invoicing/documents});
 * each null filter is unset.
 *
 * @param status         where the document stands with SUNAT
 * @param type           catalog 01
 * @param series         exactly, e.g. {@code B001}
 * @param from           first date of issue (inclusive)
 * @param to             last date of issue (inclusive)
 * @param text           part of the number ({@code B001-45}), the customer's document number or name
 * @param needsAttention true: only the attention queue (DLQ, rejections waiting for a person)
 * @param orderId        the documents of one order
 */
public record DocumentFilter(SunatStatus status, DocumentType type, String series, LocalDate from, LocalDate to,
                             String text, Boolean needsAttention, Long orderId) {

    public static DocumentFilter none() {
        return new DocumentFilter(null, null, null, null, null, null, null, null);
    }

    /** The attention queue. */
    public static DocumentFilter attention() {
        return new DocumentFilter(null, null, null, null, null, null, Boolean.TRUE, null);
    }
}
