package pe.colca.invoicing;

import jakarta.ejb.Local;

/**
 * Whether a company's boletas (and their notes) go one by one with sendBill or in the daily summary
 * (RC), V33 {@code companies.boleta_delivery}. The one-by-one sender leaves a document alone when
 * {@link #bySummary(long)} holds for its company and its series starts with B; in SQL, its claim adds
 * {@link #SENT_BY_BILL} (alias {@code d} for {@code electronic_documents}).
 */
@Local
public interface SummaryDelivery {

    /** The condition, on {@code electronic_documents d}, of a document the one-by-one sender may send. */
    String SENT_BY_BILL = "NOT (left(d.series, 1) = 'B' AND EXISTS (SELECT 1 FROM companies c"
            + " WHERE c.id = d.company_id AND c.boleta_delivery = 'SUMMARY'))";

    /** Whether the company's boletas and their notes go in the daily summary. Open to every caller. */
    boolean bySummary(long companyId);

    /** Whether this document goes in a daily summary (a B series of a company in summary mode). */
    boolean bySummary(ElectronicDocument document);

    /**
     * Changes the delivery of the company's boletas ({@code sunat.company.edit}, audited); documents
     * already sent are not affected.
     *
     * @throws pe.colca.common.StaleVersion when the company changed since {@code expectedVersion}
     */
    Company change(int companyId, long expectedVersion, BoletaDelivery delivery);
}
