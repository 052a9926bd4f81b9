package pe.colca.sales.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import pe.colca.common.RuleViolated;
import pe.colca.customer.LoyaltyService;
import pe.colca.sales.DocumentNeedsBuyer;
import pe.colca.sales.Order;
import pe.colca.sales.OrderPayments;
import pe.colca.sales.OrderStatus;
import pe.colca.sales.SaleDocument;

/**
 * {@link OrderPayments}: the sales side of a payment, in the payment's transaction. Full payment makes
 * the order PAID (history row, reservations sold through inventory), earns the customer's points
 * ({@link LoyaltyService#earnForOrder}, once per order) and requests the electronic document, last: its
 * series row is shared by every sale of the store, so it is locked after the stock (bench/README.md, session 7).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultOrderPayments implements OrderPayments {

    /** SUNAT: a boleta above this amount names the buyer's identity document. */
    static final BigDecimal BOLETA_BUYER_LIMIT = new BigDecimal("700.00");

    @EJB
    private OrderAccess access;

    @EJB
    private StatusMachine machine;

    @EJB
    private LoyaltyService loyalty;

    @EJB
    private SaleDocuments documents;

    @Override
    public PayableOrder payable(long orderId) {
        Order order = access.lock(orderId, null);
        if (order.getStatus() != OrderStatus.DRAFT && order.getStatus() != OrderStatus.PENDING_PAYMENT) {
            throw new RuleViolated("order-not-payable", "sales.payment.notPayable", order.getOrderNumber(),
                    order.getStatus().name());
        }
        if (order.activeItems().isEmpty() || order.getGrandTotal().signum() == 0) {
            throw new RuleViolated("order-empty", "sales.order.empty", order.getOrderNumber());
        }
        if (order.getCustomerId() == null && (order.getDocument() == SaleDocument.FACTURA
                || order.getGrandTotal().compareTo(BOLETA_BUYER_LIMIT) > 0)) {
            throw new DocumentNeedsBuyer(order.getOrderNumber());
        }
        return new PayableOrder(order.getId(), order.getOrderNumber(), order.getLocationId(), order.getCustomerId(),
                order.getStatus(), order.getGrandTotal());
    }

    @Override
    public SettledOrder state(long orderId, BigDecimal paidTotal) {
        Order order = access.find(orderId);
        return new SettledOrder(order.getId(), order.getOrderNumber(), order.getStatus(), order.getPaymentStatus(),
                order.getGrandTotal(), paidTotal, order.getVersion());
    }

    @Override
    public SettledOrder settle(long orderId, BigDecimal paidTotal) {
        Order order = access.lock(orderId, null);
        order.applyPayments(paidTotal, BigDecimal.ZERO);
        if (order.getStatus() == OrderStatus.DRAFT && paidTotal.signum() > 0) {
            machine.requirePermission(order, StatusMachine.askPermission(machine.require(order, OrderStatus.PENDING_PAYMENT)));
            machine.apply(order, OrderStatus.PENDING_PAYMENT, null);
        }
        if (order.getStatus() == OrderStatus.PENDING_PAYMENT && paidTotal.compareTo(order.getGrandTotal()) >= 0) {
            machine.requirePermission(order, StatusMachine.askPermission(machine.require(order, OrderStatus.PAID)));
            if (order.getCustomerId() != null) {
                loyalty.earnForOrder(order.getCustomerId(), order.getId(), order.getGrandTotal());
            }
            machine.apply(order, OrderStatus.PAID, null);
            // the store's document series row is the hottest lock of a payment (every sale of the store takes
            // it): numbered last, it is held only for the document row and the commit (bench/checkout)
            documents.request(order);
        }
        return new SettledOrder(order.getId(), order.getOrderNumber(), order.getStatus(), order.getPaymentStatus(),
                order.getGrandTotal(), paidTotal, order.getVersion());
    }
}
