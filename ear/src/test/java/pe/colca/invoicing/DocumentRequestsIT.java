package pe.colca.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.colca.testing.Transactions.inTransaction;
import static pe.colca.testing.Transactions.race;

import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.naming.InitialContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.invoicing.internal.DocumentNudge;
import pe.colca.testing.InContainerIntegration;
import pe.colca.testing.InvoicingFixtures;
import pe.colca.testing.TestData;

/**
 * The seam between sales and invoicing ({@link DocumentRequests}), called inside WildFly: a paid
 * order's document is numbered from its store's series in the caller's transaction — 50 concurrent
 * sales with random rollbacks leave consecutive numbers, no gap, no duplicate — the rows are PENDING
 * with the order's totals, a store without a series is refused with nothing written, and a committed
 * document is announced on {@code sunat.outbound} (a rolled-back one is not).
 */
@DisplayName("Document requests: gapless numbers per store series, the sunat.outbound nudge")
class DocumentRequestsIT extends InContainerIntegration {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    private TestData data;
    private InvoicingFixtures invoicing;
    private DocumentRequests requests;
    private int store;
    private long company;

    @BeforeEach
    void fixtures() throws Exception {
        data = data();
        invoicing = new InvoicingFixtures(data);
        requests = lookup("DefaultDocumentRequests", DocumentRequests.class);
        store = data.location().create().id();
        company = invoicing.company();
    }

    @Test
    @DisplayName("50 concurrent boletas at one series, every fifth rolled back: 40 documents numbered 1…40")
    void gaplessUnderConcurrencyWithRollbacks() throws Exception {
        String series = invoicing.newSeries('B');
        invoicing.series(company, store, "03", series, 0);
        List<Long> orders = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            orders.add(invoicing.paidOrder(store, "11.80"));
        }
        List<Long> pool = java.util.Collections.synchronizedList(new ArrayList<>(orders));
        List<IssuedDocument> committed = race(50, i -> i % 5 == 4,
                () -> requests.requestForOrder(boleta(pool.remove(0))));
        assertEquals(IntStream.rangeClosed(1, 40).boxed().toList(),
                committed.stream().map(IssuedDocument::number).sorted().toList(), "consecutive, no gap, no repeat");
        committed.forEach(d -> assertEquals(series, d.series()));
        assertEquals(40, data.number("SELECT count(*) FROM electronic_documents WHERE series = ?", series));
        assertEquals(40, data.number("SELECT current_number FROM document_sequences WHERE series = ?", series));
        assertEquals(40, data.number("SELECT count(*) FROM electronic_documents WHERE series = ? AND sunat_status = 'PENDING'"
                + " AND document_type = '03' AND company_id = ? AND total_amount = 11.80 AND total_igv = 1.80"
                + " AND total_gravado = 10.00 AND issue_date = DATE '2026-12-04'", series, company));
    }

    @Test
    @DisplayName("a factura takes the store's F series, a boleta its B series; forOrder lists them")
    void seriesByTypeAndStore() throws Exception {
        String f = invoicing.newSeries('F');
        String b = invoicing.newSeries('B');
        invoicing.series(company, store, "01", f, 7);
        invoicing.series(company, store, "03", b, 0);
        long order = invoicing.paidOrder(store, "118.00");
        IssuedDocument factura = inTransaction(() -> requests.requestForOrder(new DocumentRequest(order, store,
                DocumentType.FACTURA, DAY, "PEN", new BigDecimal("118.00"), new BigDecimal("18.00"),
                new BigDecimal("100.00"))), true);
        assertEquals(f + "-8", factura.fullNumber());
        assertEquals(SunatStatus.PENDING, factura.status());
        IssuedDocument boleta = inTransaction(() -> requests.requestForOrder(boleta(order)), true);
        assertEquals(b + "-1", boleta.fullNumber());
        assertEquals(List.of(factura.id(), boleta.id()), requests.forOrder(order).stream().map(IssuedDocument::id).toList());
    }

    @Test
    @DisplayName("a store without a series for the type is refused (422) and nothing is written")
    void storeWithoutSeries() throws Exception {
        invoicing.series(company, store, "03", invoicing.newSeries('B'), 0);
        long order = invoicing.paidOrder(store, "118.00");
        SeriesNotConfigured refused = assertThrows(SeriesNotConfigured.class, () -> inTransaction(
                () -> requests.requestForOrder(new DocumentRequest(order, store, DocumentType.FACTURA, DAY, "PEN",
                        new BigDecimal("118.00"), new BigDecimal("18.00"), new BigDecimal("100.00"))), true));
        assertEquals("series-not-configured", refused.type());
        assertTrue(refused.getMessage().contains("facturas"), refused.getMessage());
        assertEquals(0, data.number("SELECT count(*) FROM electronic_documents WHERE order_id = ?", order));
        assertThrows(EJBTransactionRequiredException.class, () -> requests.requestForOrder(boleta(order)),
                "MANDATORY: only inside the sale's transaction");
    }

    @Test
    @DisplayName("a committed document is nudged on sunat.outbound with its id; a rolled-back one is not")
    void nudgeAfterCommitOnly() throws Exception {
        // the sender's MDB consumes sunat.outbound: pause its delivery so this test reads the nudges itself
        try (SenderPaused paused = SenderPaused.now()) {
            nudges();
        }
    }

    private void nudges() throws Exception {
        String series = invoicing.newSeries('B');
        invoicing.series(company, store, "03", series, 0);
        long rolledBackOrder = invoicing.paidOrder(store, "11.80");
        IssuedDocument rolledBack = inTransaction(() -> requests.requestForOrder(boleta(rolledBackOrder)), false);
        long order = invoicing.paidOrder(store, "11.80");
        IssuedDocument committed = inTransaction(() -> requests.requestForOrder(boleta(order)), true);
        assertEquals(rolledBack.number(), committed.number(), "the rolled-back number was given again");

        Set<Long> nudged = new HashSet<>();
        InitialContext naming = new InitialContext();
        ConnectionFactory factory = (ConnectionFactory) naming.lookup("java:/ConnectionFactory");
        Queue outbound = (Queue) naming.lookup("java:/jms/queue/sunat.outbound");
        String selector = "documentIds = '" + committed.id() + "' OR documentIds = '" + rolledBack.id() + "'";
        try (JMSContext jms = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer consumer = jms.createConsumer(outbound, selector)) {
            Message message;
            while ((message = consumer.receive(nudged.isEmpty() ? 10_000 : 1_000)) != null) {
                nudged.addAll(DocumentNudge.MESSAGE.ids(((TextMessage) message).getText()));
            }
        }
        assertEquals(Set.of(committed.id()), nudged);
    }

    /**
     * Stops and restarts the delivery of {@code sunat.outbound} to the sender's MDB through WildFly's
     * management model as JMX exposes it ({@code message-driven-bean=SunatOutboundConsumer:stop-delivery}).
     */
    private static final class SenderPaused implements AutoCloseable {
        private final javax.management.MBeanServer server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
        private final Set<javax.management.ObjectName> beans;

        private SenderPaused() throws Exception {
            beans = server.queryNames(new javax.management.ObjectName(
                    "jboss.as:deployment=*,subdeployment=*,subsystem=ejb3,message-driven-bean=SunatOutboundConsumer"), null);
            assertEquals(1, beans.size(), "the sender's MDB in the management model: " + beans);
            for (javax.management.ObjectName bean : beans) {
                server.invoke(bean, "stopDelivery", new Object[0], new String[0]);
            }
        }

        static SenderPaused now() throws Exception {
            return new SenderPaused();
        }

        @Override
        public void close() throws Exception {
            for (javax.management.ObjectName bean : beans) {
                server.invoke(bean, "startDelivery", new Object[0], new String[0]);
            }
        }
    }

    private DocumentRequest boleta(long order) {
        return new DocumentRequest(order, store, DocumentType.BOLETA, DAY, "PEN", new BigDecimal("11.80"),
                new BigDecimal("1.80"), new BigDecimal("10.00"));
    }
}
