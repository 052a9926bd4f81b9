package pe.colca.api.sales;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.api.ApiTexts;
import pe.colca.api.JsonFields;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.customer.IdentityDocumentType;
import pe.colca.payment.PaymentMethod;
import pe.colca.payment.PaymentRequest;
import pe.colca.sales.NewOrder;
import pe.colca.sales.OrderDetails;
import pe.colca.sales.OrderStatus;
import pe.colca.sales.SaleDocument;
import pe.colca.sales.SalesChannel;
import pe.colca.sales.ShippingMethod;

/**
 * Strict reading of the order and payment bodies: wrong JSON types and unknown members are field errors,
 * all reported at once (400), and nothing is written. The records at the end describe the bodies in the
 * OpenAPI document (exactly the members read).
 */
final class OrderInput {

    private static final Set<String> ORDER = Set.of("locationId", "channel", "customer", "shippingMethod", "shippingCost",
            "document", "notes", "externalId", "lines");
    private static final Set<String> DETAILS = Set.of("customer", "shippingMethod", "shippingCost", "document", "notes");
    private static final Set<String> READ_ONLY = Set.of("id", "orderNumber", "version", "createdAt", "status",
            "paymentStatus", "subtotal", "discountTotal", "taxTotal", "grandTotal", "userId", "customerId");

    private OrderInput() {
    }

    static NewOrder order(JsonObject body, String idempotencyKey, Locale locale) {
        Reader r = new Reader(body, locale);
        Long locationId = r.longValue("locationId");
        SalesChannel channel = r.fields.enumeration("channel", SalesChannel.class);
        NewOrder.Buyer buyer = r.buyer();
        ShippingMethod method = r.fields.enumeration("shippingMethod", ShippingMethod.class);
        BigDecimal shipping = r.decimal("shippingCost");
        SaleDocument document = r.fields.enumeration("document", SaleDocument.class);
        String notes = r.fields.string("notes");
        String externalId = r.fields.string("externalId");
        List<NewOrder.NewLine> lines = new ArrayList<>();
        JsonValue array = body.get("lines");
        if (array instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof JsonObject line) {
                    lines.add(r.line(line, "lines[" + i + "]"));
                } else {
                    r.fields.error("lines[" + i + "]", Messages.format(locale, "sales.input.object"));
                }
            }
        } else if (array != null && array.getValueType() != JsonValue.ValueType.NULL) {
            r.fields.error("lines", Messages.format(locale, "sales.input.array"));
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && externalId != null && !key.equals(externalId.strip())) {
            r.fields.error("externalId", Messages.format(locale, "sales.order.keyMismatch"));
        }
        r.fields.refuseUnknown(ORDER, READ_ONLY);
        r.finish();
        return new NewOrder(locationId, channel, buyer, method, shipping, document, notes,
                externalId != null ? externalId : key, lines);
    }

    static OrderDetails details(JsonObject body, Locale locale) {
        Reader r = new Reader(body, locale);
        NewOrder.Buyer buyer = r.buyer();
        ShippingMethod method = r.fields.enumeration("shippingMethod", ShippingMethod.class);
        BigDecimal shipping = r.decimal("shippingCost");
        SaleDocument document = r.fields.enumeration("document", SaleDocument.class);
        String notes = r.fields.string("notes");
        r.fields.refuseUnknown(DETAILS, READ_ONLY);
        r.finish();
        return new OrderDetails(buyer, method, shipping, document, notes);
    }

    static NewOrder.NewLine line(JsonObject body, Locale locale) {
        Reader r = new Reader(body, locale);
        NewOrder.NewLine line = r.line(body, null);
        r.finish();
        return line;
    }

    /** {@code {"to": "CANCELLED", "reason": "..."}}. */
    record Move(OrderStatus to, String reason) {
    }

    static Move move(JsonObject body, Locale locale) {
        Reader r = new Reader(body, locale);
        OrderStatus to = r.fields.enumeration("to", OrderStatus.class);
        String reason = r.fields.string("reason");
        r.fields.refuseUnknown(Set.of("to", "reason"), Set.of());
        r.finish();
        return new Move(to, reason);
    }

    /** {@code {"reason": "..."}} (optional body). */
    static String reason(JsonObject body, Locale locale) {
        if (body == null) {
            return null;
        }
        Reader r = new Reader(body, locale);
        String reason = r.fields.string("reason");
        r.fields.refuseUnknown(Set.of("reason"), Set.of());
        r.finish();
        return reason;
    }

    static PaymentRequest payment(JsonObject body, Locale locale) {
        Reader r = new Reader(body, locale);
        PaymentMethod method = r.fields.enumeration("method", PaymentMethod.class);
        BigDecimal amount = r.decimal("amount");
        BigDecimal tendered = r.decimal("tendered");
        String auth = r.fields.string("authCode");
        String last4 = r.fields.string("cardLast4");
        String reference = r.fields.string("reference");
        Long points = r.longValue("points");
        r.fields.refuseUnknown(Set.of("method", "amount", "tendered", "authCode", "cardLast4", "reference", "points"),
                Set.of());
        r.finish();
        return new PaymentRequest(method, amount, tendered, auth, last4, reference,
                points == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, points)));
    }

    private static final class Reader {

        final JsonObject body;
        final Locale locale;
        final JsonFields fields;

        Reader(JsonObject body, Locale locale) {
            if (body == null) {
                throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
            }
            this.body = body;
            this.locale = locale;
            this.fields = new JsonFields(body, locale);
        }

        Long longValue(String name) {
            return longValue(body, name, name);
        }

        Long longValue(JsonObject o, String name, String field) {
            JsonValue v = o.get(name);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (v instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
                return n.longValue();
            }
            fields.error(field, ApiTexts.text(locale, "field.integer"));
            return null;
        }

        BigDecimal decimal(String name) {
            return decimal(body, name, name);
        }

        BigDecimal decimal(JsonObject o, String name, String field) {
            JsonValue v = o.get(name);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (v instanceof JsonNumber n && n.bigDecimalValue().abs().compareTo(new BigDecimal("1000000000")) < 0) {
                return n.bigDecimalValue();
            }
            fields.error(field, Messages.format(locale, "sales.input.number"));
            return null;
        }

        NewOrder.Buyer buyer() {
            JsonValue v = body.get("customer");
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(v instanceof JsonObject c)) {
                fields.error("customer", Messages.format(locale, "sales.input.object"));
                return null;
            }
            JsonFields inner = new JsonFields(c, locale);
            IdentityDocumentType type = inner.enumeration("docType", IdentityDocumentType.class);
            String number = inner.string("docNumber");
            inner.refuseUnknown(Set.of("docType", "docNumber"), Set.of());
            if (type == null && !inner.errors().containsKey("docType")) {
                inner.error("docType", JsonFields.enumMessage(IdentityDocumentType.class, locale));
            }
            inner.errors().forEach((k, m) -> fields.error("customer." + k, m));
            return type == null ? null : new NewOrder.Buyer(type, number);
        }

        NewOrder.NewLine line(JsonObject o, String prefix) {
            String p = prefix == null ? "" : prefix + ".";
            Long variant = longValue(o, "variantId", p + "variantId");
            Long quantity = longValue(o, "quantity", p + "quantity");
            BigDecimal discount = decimal(o, "discount", p + "discount");
            for (String name : o.keySet()) {
                if (!Set.of("variantId", "quantity", "discount").contains(name)) {
                    fields.error(p + name, ApiTexts.text(locale, "field.unknown"));
                }
            }
            return new NewOrder.NewLine(variant, quantity == null ? null
                    : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, quantity)), discount);
        }

        void finish() {
            if (fields.hasErrors()) {
                throw new InvalidInput(fields.errors());
            }
        }
    }

    // ---- the bodies, for the OpenAPI document only ----------------------------------------------

    @Schema(name = "OrderCustomerInput", description = "The buyer by identity document (looked up like the POS does).")
    public record CustomerInput(@Schema(required = true, enumeration = {"DNI", "RUC", "CE", "PASSPORT"}) String docType,
                                @Schema(required = true) String docNumber) {
    }

    @Schema(name = "OrderLineInput", description = "A line: the variant, 1..10,000 units and an optional line discount.")
    public record LineInput(@Schema(required = true) long variantId, @Schema(required = true) int quantity,
                            @Schema(nullable = true, description = "PEN, shelf terms, 2 decimals.") BigDecimal discount) {
    }

    @Schema(name = "OrderInput", description = "A new order. Send Idempotency-Key (or externalId, e.g. an offline "
            + "till's UUID) so a retry never makes a second order.")
    public record NewOrderInput(@Schema(required = true) long locationId,
                                @Schema(required = true, enumeration = {"POS", "WEB", "PHONE"}) String channel,
                                @Schema(nullable = true) CustomerInput customer,
                                @Schema(nullable = true, enumeration = {"IN_STORE", "PICKUP", "DELIVERY"}) String shippingMethod,
                                @Schema(nullable = true, description = "WEB/PHONE only.") BigDecimal shippingCost,
                                @Schema(nullable = true, enumeration = {"BOLETA", "FACTURA"}) String document,
                                @Schema(nullable = true) String notes,
                                @Schema(nullable = true, maxLength = 100) String externalId,
                                @Schema(nullable = true) List<LineInput> lines) {
    }

    @Schema(name = "OrderDetailsInput", description = "The editable details of a draft (PUT replaces them all).")
    public record DetailsInput(@Schema(nullable = true) CustomerInput customer,
                               @Schema(nullable = true, enumeration = {"IN_STORE", "PICKUP", "DELIVERY"}) String shippingMethod,
                               @Schema(nullable = true) BigDecimal shippingCost,
                               @Schema(nullable = true, enumeration = {"BOLETA", "FACTURA"}) String document,
                               @Schema(nullable = true) String notes) {
    }

    @Schema(name = "OrderTransitionInput", description = "The status to move to and why (required for cancellations and approvals).")
    public record MoveInput(@Schema(required = true, enumeration = {"PENDING_PAYMENT", "PREPARING", "READY", "DELIVERED",
            "COMPLETED", "CANCELLED", "REFUND_REQUESTED", "REFUNDED"}) String to, @Schema(nullable = true) String reason) {
    }

    @Schema(name = "ReasonInput", description = "An optional reason.")
    public record ReasonInput(@Schema(nullable = true) String reason) {
    }

    @Schema(name = "PaymentInput", description = "A payment: CASH needs tendered; CARD authCode and cardLast4; YAPE, PLIN "
            + "and BANK_TRANSFER reference; LOYALTY points (amount = their value); WALLET the order's customer.")
    public record PaymentInput(@Schema(required = true, enumeration = {"CASH", "CARD", "YAPE", "PLIN", "BANK_TRANSFER",
            "WALLET", "LOYALTY"}) String method,
                               @Schema(nullable = true, description = "PEN, 2 decimals; optional for LOYALTY.") BigDecimal amount,
                               @Schema(nullable = true) BigDecimal tendered, @Schema(nullable = true) String authCode,
                               @Schema(nullable = true) String cardLast4, @Schema(nullable = true) String reference,
                               @Schema(nullable = true) Integer points) {
    }
}
