package pe.colca.payment.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.payment.Payment;
import pe.colca.payment.PaymentMethod;
import pe.colca.payment.PaymentRequest;

/** Field rules of a payment request, all reported at once (400), before anything is locked or written. */
final class PaymentChecks {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{8,100}");
    private static final Pattern AUTH = Pattern.compile("[A-Za-z0-9]{4,20}");
    private static final Pattern LAST4 = Pattern.compile("\\d{4}");
    private static final BigDecimal MAX = new BigDecimal("1000000.00");

    private PaymentChecks() {
    }

    static String key(String key, Locale locale) {
        if (key == null || !KEY.matcher(key.strip()).matches()) {
            throw InvalidInput.of("Idempotency-Key", text(locale, "sales.payment.keyRequired"));
        }
        return key.strip();
    }

    static void validate(PaymentRequest p, Locale locale) {
        if (p == null) {
            throw InvalidInput.of("body", text(locale, "error.bodyRequired"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (p.method() == null) {
            errors.put("method", text(locale, "sales.payment.methodRequired"));
        }
        if (p.method() != PaymentMethod.LOYALTY || p.amount() != null) {
            if (p.amount() == null || p.amount().signum() <= 0 || p.amount().scale() > 2 || p.amount().compareTo(MAX) > 0) {
                errors.put("amount", text(locale, "sales.payment.amountInvalid"));
            }
        }
        if (p.method() == PaymentMethod.CASH) {
            if (p.tendered() == null || p.tendered().scale() > 2 || p.tendered().compareTo(MAX) > 0
                    || (p.amount() != null && p.tendered().compareTo(p.amount()) < 0)) {
                errors.put("tendered", text(locale, "sales.payment.tenderedInvalid"));
            }
        }
        if (p.method() == PaymentMethod.CARD) {
            if (p.authCode() == null || !AUTH.matcher(p.authCode().strip()).matches()) {
                errors.put("authCode", text(locale, "sales.payment.authCodeInvalid"));
            }
            if (p.cardLast4() == null || !LAST4.matcher(p.cardLast4()).matches()) {
                errors.put("cardLast4", text(locale, "sales.payment.last4Invalid"));
            }
        }
        if ((p.method() == PaymentMethod.YAPE || p.method() == PaymentMethod.PLIN || p.method() == PaymentMethod.BANK_TRANSFER)
                && (p.reference() == null || p.reference().isBlank() || p.reference().strip().length() > 100)) {
            errors.put("reference", text(locale, "sales.payment.referenceRequired"));
        }
        if (p.method() == PaymentMethod.LOYALTY && (p.points() == null || p.points() <= 0 || p.points() > 10_000_000)) {
            errors.put("points", text(locale, "sales.payment.pointsRequired"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    static Map<String, Object> audit(Payment p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orderId", p.getOrderId());
        m.put("idempotencyKey", p.getIdempotencyKey());
        m.put("method", p.getMethod().name());
        m.put("amount", p.getAmount());
        m.put("status", p.getStatus().name());
        m.put("transactionId", p.getTransactionId());
        return m;
    }

    /** {@code S/ 1,234.50}. */
    static String soles(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return "S/ " + f.format(amount);
    }

    static String text(Locale locale, String key, Object... args) {
        return Messages.format(locale, key, args);
    }
}
