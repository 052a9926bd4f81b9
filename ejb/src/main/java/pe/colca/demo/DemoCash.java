package pe.colca.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.query.NativeQuery;
import pe.colca.sales.OrderPricing;
import pe.colca.sales.PricedLine;
import pe.colca.sales.PricedOrder;
import pe.colca.sales.PricingInput;
import pe.colca.sales.TaxGroup;
import pe.colca.sales.TaxSubtotal;

/**
 * The demo's cash drawer, so the <i>Caja</i> screens are not empty: the demo cashier's open session at
 * LIM-01 (S/ 200.00 to start, opened three hours ago), a pay-in and a pay-out, and three paid POS sales
 * written as the sales, payment and invoicing services write them: the order with its lines (priced by
 * the one pricing component), its status history, the payment in the session (cash with change, a card
 * with authorisation code and last 4), the cash in the drawer, the stock sold through SALE ledger lines,
 * the day's order numbers and the pending boletas of the store's series B001. Part of
 * {@link DemoDataLoader}, in its transaction.
 */
final class DemoCash {

    private static final String STORE = "LIM-01";
    private static final String CASHIER = "cashier@colca.test";

    /** A line of a demo sale. */
    private record Line(String sku, int quantity) {
    }

    /** A demo sale: its lines, the method, what was tendered (cash) or the card data, how long ago. */
    private record Sale(List<Line> lines, String method, String tendered, String authCode, String last4,
                        int minutesAgo) {
    }

    private static final List<Sale> SALES = List.of(
            new Sale(List.of(new Line("AGU-SG-625", 2), new Line("ARZ-EXT-5KG", 1)), "CASH", "50.00", null, null, 150),
            new Sale(List.of(new Line("POL-PIM-M-BLA", 1)), "CARD", null, "A83412", "4321", 95),
            new Sale(List.of(new Line("CHI-MOR-1L", 3), new Line("ACE-VEG-1L", 1)), "CASH", "40.00", null, null, 40));

    private final EntityManager em;
    private final OrderPricing pricing;

    DemoCash(EntityManager em, OrderPricing pricing) {
        this.em = em;
        this.pricing = pricing;
    }

    void load() {
        long cashier = number("SELECT id FROM users WHERE email = ?1", CASHIER);
        long store = number("SELECT id FROM locations WHERE code = ?1", STORE);
        long session = number("INSERT INTO cash_sessions (id, user_id, location_id, opened_at, starting_cash, status)"
                + " VALUES (nextval('cash_sessions_seq'), ?1, ?2, now() - interval '3 hours', 200.00, 'OPEN')"
                + " RETURNING id", cashier, store);
        movement(session, "OPENING", "200.00", null, null, 180);
        movement(session, "CASH_IN", "50.00", "Sencillo traído del banco", null, 170);
        movement(session, "CASH_OUT", "15.00", "Compra de bolsas y útiles de limpieza", null, 60);
        int sequence = 0;
        for (Sale sale : SALES) {
            sequence++;
            sell(sale, sequence, cashier, store, session);
        }
        sql("INSERT INTO order_number_counters (store_code, business_day, last_number)"
                + " VALUES (?1, CAST(now() AT TIME ZONE 'America/Lima' AS date), ?2)", STORE, sequence);
    }

    private void sell(Sale sale, int sequence, long cashier, long store, long session) {
        List<OrderPricing.Item> items = sale.lines().stream()
                .map(l -> OrderPricing.Item.of(number("SELECT id FROM product_variants WHERE sku = ?1", l.sku()), l.quantity()))
                .toList();
        PricingInput input = pricing.atCatalogPrices(items, null, null);
        PricedOrder priced = pricing.price(input);
        String orderNumber = STORE + "-" + text("SELECT to_char(now() AT TIME ZONE 'America/Lima', 'YYYYMMDD')")
                + "-" + String.format("%06d", sequence);
        String at = "now() - interval '" + sale.minutesAgo() + " minutes'";
        long order = number("INSERT INTO orders (id, order_number, location_id, user_id, channel, status, payment_status,"
                + " subtotal, discount_total, tax_total, shipping_cost, grand_total, document_type, created_at)"
                + " VALUES (nextval('orders_seq'), ?1, ?2, ?3, 'POS', 'PAID', 'PAID', ?4, ?5, ?6, ?7, ?8, '03', " + at
                + ") RETURNING id", orderNumber, store, cashier, priced.subtotal(), priced.discountTotal(),
                priced.taxTotal(), priced.shippingCost(), priced.grandTotal());
        for (PricedLine line : priced.lines()) {
            int quantity = line.quantity().intValueExact();
            sql("INSERT INTO order_items (id, order_id, variant_id, quantity, unit_price, total_price, discount_amount,"
                    + " status) VALUES (nextval('order_items_seq'), ?1, ?2, ?3, ?4, ?5, 0, 'ACTIVE')",
                    order, line.variantId(), quantity, line.unitPrice(), line.unitPrice().multiply(line.quantity()));
            sql("INSERT INTO inventory_movements (id, variant_id, from_location_id, user_id, movement_type, quantity,"
                    + " reference_doc, notes, created_at) VALUES (nextval('inventory_movements_seq'), ?1, ?2, ?3, 'SALE',"
                    + " ?4, ?5, 'Venta de la demostración', " + at + ")", line.variantId(), store, cashier, quantity,
                    orderNumber);
            sql("UPDATE inventory_stock SET quantity_on_hand = quantity_on_hand - ?1, version = version + 1,"
                    + " last_updated_at = now() WHERE variant_id = ?2 AND location_id = ?3", quantity, line.variantId(),
                    store);
        }
        history(order, null, "DRAFT", cashier, at);
        history(order, "DRAFT", "PENDING_PAYMENT", cashier, at);
        history(order, "PENDING_PAYMENT", "PAID", cashier, at);
        BigDecimal total = priced.grandTotal();
        String gateway;
        String transaction = null;
        if ("CASH".equals(sale.method())) {
            BigDecimal tendered = new BigDecimal(sale.tendered());
            gateway = "{\"method\": \"CASH\", \"tendered\": " + tendered + ", \"change\": " + tendered.subtract(total) + "}";
        } else {
            transaction = sale.authCode();
            gateway = "{\"method\": \"CARD\", \"authCode\": \"" + sale.authCode() + "\", \"cardLast4\": \"" + sale.last4()
                    + "\"}";
        }
        long payment = number("INSERT INTO payments (id, order_id, idempotency_key, method, amount, transaction_id,"
                + " status, gateway_response, idempotency_expires_at, processed_at, cash_session_id)"
                + " VALUES (nextval('payments_seq'), ?1, ?2, ?3, ?4, ?5, 'APPROVED', CAST(?6 AS jsonb),"
                + " now() + interval '24 hours', " + at + ", ?7) RETURNING id",
                order, "demo-" + orderNumber, sale.method(), total, transaction, gateway, session);
        if ("CASH".equals(sale.method())) {
            movement(session, "SALE", total.toPlainString(), null, payment, sale.minutesAgo());
        }
        BigDecimal gravado = priced.subtotal(TaxGroup.GRAVADO).map(TaxSubtotal::taxableAmount)
                .orElse(BigDecimal.ZERO.setScale(2));
        long series = number("UPDATE document_sequences SET current_number = current_number + 1"
                + " WHERE series = 'B001' RETURNING current_number");
        sql("INSERT INTO electronic_documents (id, order_id, company_id, document_type, series, correlative_number,"
                + " issue_date, currency, total_amount, total_igv, total_gravado, sunat_status)"
                + " SELECT nextval('electronic_documents_seq'), ?1, s.company_id, '03', 'B001', ?2,"
                + " CAST(now() AT TIME ZONE 'America/Lima' AS date), 'PEN', ?3, ?4, ?5, 'PENDING'"
                + " FROM document_sequences s WHERE s.series = 'B001'", order, series, total, priced.taxTotal(), gravado);
    }

    private void history(long order, String from, String to, long cashier, String at) {
        sql("INSERT INTO order_status_history (id, order_id, previous_status, new_status, changed_by, ip_address,"
                + " changed_at) VALUES (nextval('order_status_history_seq'), ?1, ?2, ?3, ?4, '127.0.0.1', " + at + ")",
                order, from, to, cashier);
    }

    private void movement(long session, String type, String amount, String reason, Long payment, int minutesAgo) {
        sql("INSERT INTO cash_movements (id, session_id, type, amount, reason, payment_id, created_at)"
                + " VALUES (nextval('cash_movements_seq'), ?1, ?2, CAST(?3 AS numeric), ?4, CAST(?5 AS bigint),"
                + " now() - interval '" + minutesAgo + " minutes')", session, type, amount, reason,
                payment == null ? null : payment.toString());
    }

    private long number(String statement, Object... params) {
        return ((Number) query(statement, params).getSingleResult()).longValue();
    }

    private String text(String statement, Object... params) {
        return String.valueOf(query(statement, params).getSingleResult());
    }

    private void sql(String statement, Object... params) {
        query(statement, params).executeUpdate();
    }

    private NativeQuery<?> query(String statement, Object... params) {
        NativeQuery<?> query = em.createNativeQuery(statement).unwrap(NativeQuery.class);
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                query.setParameter(i + 1, null, String.class); // a typed NULL (the SQL casts it where needed)
            } else {
                query.setParameter(i + 1, params[i]);
            }
        }
        return query;
    }
}
