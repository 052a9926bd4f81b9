package pe.colca.customer;

import jakarta.ejb.Local;
import java.io.Serializable;

/**
 * Personal-data requests of a customer (Ley 29733 de protección de datos personales), behind the permission
 * {@code customer.privacy}. Each answer is logged in {@code customer_privacy_requests} (who, when, kind,
 * reason) with an audit row, in the same transaction.
 *
 * <ul>
 *   <li><b>Export</b>: everything Colca holds about the customer ({@link PersonalDataExport}), as data
 *       (the API's JSON) or as a PDF with Spanish labels.</li>
 *   <li><b>Anonymisation</b>: name, email, phone, birth date, gender, addresses and the marketing consent are
 *       replaced or removed, irreversibly; the identity document is kept only when tax documents need it
 *       (the customer has paid orders, asked of sales); the customer is then soft-deleted, so neither search
 *       nor the POS lookup finds him by his old data. Ledgers, orders and notifications stay (they hold no
 *       personal field of his beyond the customer id).</li>
 * </ul>
 */
@Local
public interface CustomerPrivacy {

    /** What an anonymisation did. */
    record Anonymised(long customerId, long requestId, boolean documentKept) implements Serializable {
    }

    /**
     * Everything Colca holds about the live customer, and logs the request (format {@code JSON}).
     *
     * @throws pe.colca.common.RecordNotFound when the customer does not exist, was deleted or anonymised
     */
    PersonalDataExport export(long customerId);

    /** The same as a PDF document (Spanish labels); logs the request (format {@code PDF}). */
    byte[] exportPdf(long customerId);

    /**
     * Anonymises the customer on his request.
     *
     * @param expectedVersion the version read (null: whatever it is now)
     * @param reason          why (the request's reference, e.g. the letter received), required
     * @throws pe.colca.common.InvalidInput   without a reason, or a reason over 1,000 characters
     * @throws pe.colca.common.StaleVersion   when the customer changed since {@code expectedVersion}
     * @throws pe.colca.common.RecordNotFound when the customer does not exist or was deleted
     */
    Anonymised anonymise(long customerId, Long expectedVersion, String reason);
}
