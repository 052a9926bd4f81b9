package pe.colca.testing;

import java.sql.SQLException;

/**
 * Fixtures of the invoicing tests, by plain SQL over {@link TestData}: an issuing company with a
 * random valid RUC, a series bound to a store, and a paid order to invoice (until the sales service
 * makes orders, the tests of the invoicing seam write the order row themselves).
 */
public final class InvoicingFixtures {

    private final TestData data;

    public InvoicingFixtures(TestData data) {
        this.data = data;
    }

    /** A company with a random valid RUC; returns its id. */
    public long company() throws SQLException {
        return data.number("INSERT INTO companies (id, ruc, raz_social, trade_name, address)"
                + " VALUES (nextval('companies_seq'), ?, ?, ?, 'Av. Javier Prado Este 123, San Isidro, Lima') RETURNING id",
                TestData.ruc(), "Comercial de Prueba " + TestData.suffix() + " S.A.C.", "Prueba");
    }

    /**
     * A series of the company for the document type ({@code "01"}, {@code "03"}) used at the store,
     * starting after {@code lastNumber}; returns its id.
     */
    public long series(long companyId, int locationId, String documentType, String series, int lastNumber)
            throws SQLException {
        return data.number("INSERT INTO document_sequences (id, company_id, document_type, series, current_number,"
                + " location_id) VALUES (nextval('document_sequences_seq'), ?, ?, ?, ?, ?) RETURNING id",
                companyId, documentType, series, lastNumber, locationId);
    }

    /**
     * A series of four characters starting with {@code prefix} (F or B) that no other test of the run
     * uses: {@code electronic_documents} is unique by series and number across companies, so two
     * tests sharing a series would collide. Drawn from a database sequence, in base 36.
     */
    public String newSeries(char prefix) throws SQLException {
        long n = data.number("SELECT nextval('document_sequences_seq')");
        String digits = Long.toString(n % (36L * 36 * 36), 36).toUpperCase();
        return prefix + "000".substring(digits.length()) + digits;
    }

    /** A paid POS order at the store, without a customer; returns its id. */
    public long paidOrder(int locationId, String grandTotal) throws SQLException {
        return data.number("INSERT INTO orders (id, order_number, location_id, channel, status, payment_status,"
                + " subtotal, grand_total) VALUES (nextval('orders_seq'), ?, ?, 'POS', 'PAID', 'PAID',"
                + " CAST(? AS numeric), CAST(? AS numeric)) RETURNING id", "IT-" + TestData.suffix(), locationId,
                grandTotal, grandTotal);
    }
}
