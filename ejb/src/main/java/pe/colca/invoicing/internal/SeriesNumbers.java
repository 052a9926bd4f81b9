package pe.colca.invoicing.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import pe.colca.invoicing.DocumentSequence;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.SeriesNotConfigured;

/**
 * Takes the next number of a series, gaplessly, in the caller's transaction: one {@code UPDATE …
 * RETURNING} on the {@code document_sequences} row. PostgreSQL serialises the writers of that row, so a
 * second issue waits for the first to end and increments the committed value (no duplicate), and a
 * rollback undoes the increment (no gap). The row lock is held until the caller commits, so callers
 * take the number as the last write of their transaction. Shared by the sale's document
 * ({@link DefaultDocumentRequests}) and the re-issue of a rejected one ({@link DefaultDocumentService}).
 */
final class SeriesNumbers {

    private static final String SET = "UPDATE document_sequences"
            + " SET current_number = current_number + 1, version = version + 1, updated_at = now()";
    private static final String BELOW_MAX = " AND current_number < " + DocumentSequence.MAX_NUMBER
            + " RETURNING company_id, series, current_number";

    /** The store's series of a type (F… facturas, B… boletas). */
    private static final String FOR_STORE = SET
            + " WHERE location_id = :location AND document_type = :type AND left(series, 1) = :prefix" + BELOW_MAX;

    /** The store's series of a type and letter that belongs to one company (a note's: the company of the document it modifies). */
    private static final String FOR_STORE_OF_COMPANY = SET
            + " WHERE location_id = :location AND document_type = :type AND left(series, 1) = :prefix"
            + " AND company_id = :company" + BELOW_MAX;

    /** One series of a company, by its code. */
    private static final String IN_SERIES = SET
            + " WHERE company_id = :company AND document_type = :type AND series = :series" + BELOW_MAX;

    /** The number taken from a series and the company the series belongs to. */
    record Taken(long companyId, String series, int number) {
    }

    private SeriesNumbers() {
    }

    /** @throws SeriesNotConfigured when the store has no (unexhausted) series of the type */
    static Taken nextForStore(EntityManager em, int locationId, DocumentType type) {
        List<?> rows = em.createNativeQuery(FOR_STORE, Tuple.class)
                .setParameter("location", locationId)
                .setParameter("type", type.code())
                .setParameter("prefix", type == DocumentType.FACTURA ? "F" : "B")
                .getResultList();
        if (rows.isEmpty()) {
            throw new SeriesNotConfigured(locationId, type);
        }
        return taken((Tuple) rows.get(0));
    }

    /**
     * The next number of the store's series of a note ({@code FC01}, {@code BC01}: the letter of the document
     * it modifies) belonging to the modified document's company.
     *
     * @throws SeriesNotConfigured when the store has no such series
     */
    static Taken nextNoteForStore(EntityManager em, int locationId, DocumentType type, char letter, long companyId) {
        List<?> rows = em.createNativeQuery(FOR_STORE_OF_COMPANY, Tuple.class)
                .setParameter("location", locationId)
                .setParameter("type", type.code())
                .setParameter("prefix", String.valueOf(letter))
                .setParameter("company", companyId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new SeriesNotConfigured(locationId, type);
        }
        return taken((Tuple) rows.get(0));
    }

    /**
     * @param locationId the store of the series, for the refusal's words
     * @throws SeriesNotConfigured when the series is gone or exhausted
     */
    static Taken nextInSeries(EntityManager em, long companyId, DocumentType type, String series, int locationId) {
        List<?> rows = em.createNativeQuery(IN_SERIES, Tuple.class)
                .setParameter("company", companyId)
                .setParameter("type", type.code())
                .setParameter("series", series)
                .getResultList();
        if (rows.isEmpty()) {
            throw new SeriesNotConfigured(locationId, type);
        }
        return taken((Tuple) rows.get(0));
    }

    private static Taken taken(Tuple row) {
        return new Taken(row.get("company_id", Number.class).longValue(), row.get("series", String.class),
                row.get("current_number", Number.class).intValue());
    }
}
