package pe.colca.sales.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.sales.Order;
import pe.colca.sales.OrderNotPaid;
import pe.colca.sales.OrderNotReturnable;
import pe.colca.sales.OrderPaymentStatus;
import pe.colca.sales.OrderReturn;
import pe.colca.sales.OrderStatus;
import pe.colca.sales.RefundMethod;
import pe.colca.sales.ReturnCreated;
import pe.colca.sales.ReturnKeyReused;
import pe.colca.sales.ReturnRequest;
import pe.colca.sales.ReturnService;
import pe.colca.sales.ReturnView;
import pe.colca.sales.ReturnWindowClosed;
import pe.colca.sales.ReturnableLine;
import pe.colca.security.StoreScope;
import pe.colca.settings.Settings;

/**
 * {@link ReturnService}. The order of work: the form of the request, the key's advisory lock (retries of
 * one key take turns and the later ones find the first return), the order row's lock (returns of one order
 * take turns, so two returns never give back the same unit), the rules (paid, returnable status, window,
 * returning store in scope), then {@link ReturnWork}.
 */
@Stateless
public class DefaultReturnService implements ReturnService {

    static final String WINDOW_SETTING = "sales.return.window_days";
    static final int MAX_REASON = 1000;
    /** The statuses of a sold order whose goods can come back. */
    static final Set<OrderStatus> RETURNABLE = EnumSet.of(OrderStatus.PAID, OrderStatus.PREPARING, OrderStatus.READY,
            OrderStatus.DELIVERED, OrderStatus.COMPLETED);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrderAccess access;

    @EJB
    private ReturnWork work;

    @EJB
    private ReturnReads reads;

    @EJB
    private StoreScope scope;

    @EJB
    private Settings settings;

    @Override
    @RolesAllowed("order.refund.approve")
    public ReturnCreated create(long orderId, String idempotencyKey, ReturnRequest request) {
        Locale locale = access.locale();
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 100) {
            throw InvalidInput.of("Idempotency-Key", Messages.format(locale, "sales.return.keySize"));
        }
        Map<Long, Integer> quantities = quantities(request, locale);
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw InvalidInput.of("reason", Messages.format(locale, "sales.return.reasonRequired", MAX_REASON));
        }
        RefundMethod method = request.refundMethod() == null ? RefundMethod.ORIGINAL : request.refundMethod();
        String hash = hash(orderId, request.locationId(), method, reason, quantities);
        if (key != null) {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:k, 29))")
                    .setParameter("k", "return:" + key).getSingleResult();
            List<OrderReturn> first = em.createQuery("SELECT r FROM OrderReturn r WHERE r.idempotencyKey = :k",
                    OrderReturn.class).setParameter("k", key).getResultList();
            if (!first.isEmpty()) {
                if (!first.get(0).isSameRequest(orderId, hash)) {
                    throw new ReturnKeyReused(key);
                }
                access.find(orderId);
                return new ReturnCreated(reads.view(first.get(0)), true);
            }
        }
        Order order = access.lock(orderId, null);
        if (order.getPaymentStatus() != OrderPaymentStatus.PAID) {
            throw new OrderNotPaid(order.getOrderNumber(), order.getPaymentStatus().name());
        }
        if (!RETURNABLE.contains(order.getStatus())) {
            throw new OrderNotReturnable(order.getOrderNumber(), order.getStatus().name());
        }
        int days = settings.integer(WINDOW_SETTING);
        Instant soldAt = work.soldAt(order);
        if (Instant.now().isAfter(soldAt.plus(Duration.ofDays(days)))) {
            throw new ReturnWindowClosed(order.getOrderNumber(), days, soldAt.atZone(work.zone()).toLocalDate());
        }
        int location = request.locationId() == null ? Math.toIntExact(order.getLocationId()) : request.locationId();
        scope.require(location);
        OrderReturn ret = work.execute(order, new ReturnWork.Ask(location, quantities, method, reason, key, hash, null));
        return new ReturnCreated(reads.view(ret), false);
    }

    @Override
    @RolesAllowed("order.view")
    public List<ReturnView> returns(long orderId) {
        Order order = access.find(orderId);
        return reads.views(order);
    }

    @Override
    @RolesAllowed("order.view")
    public List<ReturnableLine> returnable(long orderId) {
        Order order = access.find(orderId);
        return reads.returnable(order, work.returned(orderId));
    }

    /** The units asked per order line, in line order; each line once, each quantity positive. */
    private static Map<Long, Integer> quantities(ReturnRequest request, Locale locale) {
        if (request == null || request.lines().isEmpty()) {
            throw InvalidInput.of("lines", Messages.format(locale, "sales.return.linesRequired"));
        }
        Map<Long, Integer> quantities = new TreeMap<>();
        for (ReturnRequest.Line line : request.lines()) {
            if (line == null || line.orderItemId() == null || line.orderItemId() <= 0) {
                throw InvalidInput.of("lines", Messages.format(locale, "sales.return.lineRequired"));
            }
            if (line.quantity() == null || line.quantity() <= 0 || line.quantity() > 1_000_000) {
                throw InvalidInput.of("lines", Messages.format(locale, "sales.return.quantityPositive"));
            }
            if (quantities.put(line.orderItemId(), line.quantity()) != null) {
                throw InvalidInput.of("lines", Messages.format(locale, "sales.return.lineTwice", line.orderItemId()));
            }
        }
        return new LinkedHashMap<>(quantities);
    }

    /** SHA-256 (hex) of what the request asks for. */
    static String hash(long orderId, Integer locationId, RefundMethod method, String reason, Map<Long, Integer> lines) {
        StringBuilder s = new StringBuilder().append(orderId).append('|').append(locationId == null ? "" : locationId)
                .append('|').append(method).append('|').append(reason);
        lines.forEach((item, q) -> s.append("|L").append(item).append('x').append(q));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
