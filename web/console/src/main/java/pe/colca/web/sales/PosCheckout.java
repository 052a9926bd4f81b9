package pe.colca.web.sales;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import pe.colca.payment.PaymentMethod;
import pe.colca.payment.PaymentRequest;
import pe.colca.payment.PaymentResult;
import pe.colca.payment.PaymentService;
import pe.colca.sales.Order;
import pe.colca.sales.OrderStatus;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * The POS payment dialog (F4, split tender) and the receipt view after payment. Every payment attempt
 * has its own {@code Idempotency-Key}: it is issued when the dialog opens for an attempt, rendered into
 * the dialog's form and sent back with "Cobrar", and replaced only once the payment service has
 * answered the attempt with a payment. A double click or a retry of the same attempt therefore sends the
 * same key and the payment service answers the first payment without charging again.
 */
@Named("posCheckout")
@ViewScoped
public class PosCheckout implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String FORM = "pay-form:";

    @Inject
    private PointOfSale pos;

    @Inject
    private PaymentService payments;

    @Inject
    private LocaleBean localeBean;

    private String attemptKey = UUID.randomUUID().toString();
    private Long tendersOf;
    private final List<PosTender> tenders = new ArrayList<>();
    private final java.util.Set<Long> paymentIds = new java.util.HashSet<>();
    private Instant paidAt;

    private PaymentMethod method = PaymentMethod.CASH;
    private BigDecimal amount;
    private BigDecimal tendered;
    private String authCode;
    private String cardLast4;
    private String reference;
    private Integer points;

    /** F4: opens the dialog for a new attempt, the amount set to what remains. */
    public void open() {
        sync();
        amount = getRemaining().signum() > 0 ? getRemaining() : null;
        tendered = null;
        authCode = null;
        cardLast4 = null;
        reference = null;
        points = null;
    }

    /** "Cobrar": one payment with the attempt's key (the one the form carries). */
    public void pay() {
        Order order = pos.getOrder();
        if (order == null || pos.isCartEmpty()) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        sync();
        String key = submittedKey();
        try {
            BigDecimal applied = amount;
            if (method == PaymentMethod.CASH && applied == null && tendered != null) {
                applied = tendered.min(getRemaining());
            }
            PaymentRequest request = new PaymentRequest(method, method == PaymentMethod.LOYALTY ? null : applied,
                    method == PaymentMethod.CASH ? tendered : null, method == PaymentMethod.CARD ? authCode : null,
                    method == PaymentMethod.CARD ? cardLast4 : null, reference(method), method == PaymentMethod.LOYALTY ? points : null);
            PaymentResult result = payments.pay(order.getId(), key, request);
            attemptKey = UUID.randomUUID().toString();
            if (paymentIds.add(result.payment().getId())) { // a replay of a payment already listed adds nothing
                tenders.add(new PosTender(method, result.payment().getAmount(), request.tendered(),
                        result.change() == null ? BigDecimal.ZERO : result.change(), shownReference(), result.replayed()));
            }
            pos.reload();
            if (pos.isPaid()) {
                paidAt = Instant.now();
            } else {
                open();
                FacesContext.getCurrentInstance().validationFailed(); // the dialog stays open for the next tender
            }
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null, Map.of("amount", FORM + "pay-amount",
                    "tendered", FORM + "pay-tendered", "authCode", FORM + "pay-auth", "cardLast4", FORM + "pay-last4",
                    "reference", FORM + "pay-reference", "points", FORM + "pay-points"));
        }
    }

    /** "Nueva venta" from the receipt or the cart. */
    public void newSale() {
        pos.newSale();
        sync();
    }

    private String submittedKey() {
        String sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("pay-form:pay-key");
        return sent != null && UUID_FORM.matcher(sent).matches() ? sent : attemptKey;
    }

    private String reference(PaymentMethod m) {
        return m == PaymentMethod.YAPE || m == PaymentMethod.PLIN || m == PaymentMethod.BANK_TRANSFER ? reference : null;
    }

    private String shownReference() {
        return switch (method) {
            case CARD -> (authCode == null ? "" : authCode) + " · ****" + (cardLast4 == null ? "" : cardLast4);
            case YAPE, PLIN, BANK_TRANSFER -> reference;
            case LOYALTY -> points == null ? null : points + " pts";
            default -> null;
        };
    }

    /** The tenders belong to one order: a new cart starts with none. */
    private void sync() {
        Long current = pos.getOrder() == null ? null : pos.getOrder().getId();
        if (current == null || !current.equals(tendersOf)) {
            tenders.clear();
            paymentIds.clear();
            paidAt = null;
            tendersOf = current;
        }
    }

    public BigDecimal getPaid() {
        sync();
        return tenders.stream().map(PosTender::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal getRemaining() {
        BigDecimal remaining = pos.getTotal().subtract(getPaid());
        return remaining.signum() < 0 ? BigDecimal.ZERO : remaining;
    }

    public BigDecimal getChange() {
        return tenders.stream().map(PosTender::change).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isReceipt() {
        Order order = pos.getOrder();
        return order != null && order.getStatus() == OrderStatus.PAID;
    }

    public List<PosTender> getTenders() {
        sync();
        return tenders;
    }

    public Instant getPaidAt() {
        return paidAt == null ? Instant.now() : paidAt;
    }

    public void message(String key) {
        String text = Texts.get(key);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public String getAttemptKey() {
        return attemptKey;
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method == null ? PaymentMethod.CASH : method;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getTendered() {
        return tendered;
    }

    public void setTendered(BigDecimal tendered) {
        this.tendered = tendered;
    }

    public String getAuthCode() {
        return authCode;
    }

    public void setAuthCode(String authCode) {
        this.authCode = authCode;
    }

    public String getCardLast4() {
        return cardLast4;
    }

    public void setCardLast4(String cardLast4) {
        this.cardLast4 = cardLast4;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Integer getPoints() {
        return points;
    }

    public void setPoints(Integer points) {
        this.points = points;
    }
}
