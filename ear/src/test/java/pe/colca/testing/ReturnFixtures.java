package pe.colca.testing;

import java.sql.SQLException;
import pe.colca.testing.TestData.NewLocation;

/**
 * Fixtures of the returns tests (issue 12), by plain SQL over {@link TestData}: a store that sells and
 * issues boletas, facturas and the credit notes of both (the series a return's note is numbered from), and
 * a sale moved back in time (the return window counts from the order's move to PAID).
 */
public final class ReturnFixtures {

    private final TestData data;
    private final InvoicingFixtures invoicing;

    public ReturnFixtures(TestData data) {
        this.data = data;
        this.invoicing = new InvoicingFixtures(data);
    }

    /** A store with a company's boleta (B…), factura (F…) and credit note series of each letter. */
    public Store store() throws SQLException {
        NewLocation location = data.location().create();
        long company = invoicing.company();
        String boletas = invoicing.newSeries('B');
        String notesOfBoletas = invoicing.newSeries('B');
        invoicing.series(company, location.id(), "03", boletas, 0);
        invoicing.series(company, location.id(), "01", invoicing.newSeries('F'), 0);
        invoicing.series(company, location.id(), "07", notesOfBoletas, 0);
        invoicing.series(company, location.id(), "07", invoicing.newSeries('F'), 0);
        return new Store(location, company, boletas, notesOfBoletas);
    }

    /** Moves the sale of the order {@code days} days into the past (its PAID history row). */
    public void soldDaysAgo(long orderId, int days) throws SQLException {
        data.number("UPDATE order_status_history SET changed_at = now() - make_interval(days => CAST(? AS int))"
                + " WHERE order_id = ? AND new_status = 'PAID' RETURNING id", days, orderId);
    }

    /** A store of the returns tests: its location, company, boleta series and the series of the boletas' notes. */
    public record Store(NewLocation location, long companyId, String boletaSeries, String boletaNoteSeries) {
        public int id() {
            return location.id();
        }
    }
}
