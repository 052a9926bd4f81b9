package pe.colca.api.customer;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import pe.colca.api.ETags;
import pe.colca.api.JsonFields;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;

/**
 * Strict reading of the loyalty and wallet request bodies: wrong JSON types and unknown members are field
 * errors, all reported at once (400), and nothing is written. The rules of the values themselves (non-zero,
 * at most two decimals, a reason) are the services' and answer the same way.
 */
final class LedgerInput {

    /** {@code {"points": -50, "reason": "..."}}. */
    record PointsAdjustment(Integer points, String reason) {
    }

    /** {@code {"amount": 25.50, "reason"|"reference": "..."}}. */
    record MoneyChange(BigDecimal amount, String text) {
    }

    private LedgerInput() {
    }

    static PointsAdjustment pointsAdjustment(JsonObject body, Locale locale) {
        JsonFields fields = fields(body, locale);
        Integer points = null;
        JsonValue value = body.get("points");
        if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
            if (value instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().abs().compareTo(
                    BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                points = n.intValue();
            } else {
                fields.error("points", Messages.format(locale, "loyalty.points.integer"));
            }
        } else {
            fields.error("points", Messages.format(locale, "loyalty.adjust.points"));
        }
        String reason = fields.string("reason");
        fields.refuseUnknown(Set.of("points", "reason"), Set.of());
        finish(fields);
        return new PointsAdjustment(points, reason);
    }

    /** An amount and one text member ({@code reason} for adjustments, {@code reference} for top-ups). */
    static MoneyChange moneyChange(JsonObject body, String textMember, Locale locale) {
        JsonFields fields = fields(body, locale);
        BigDecimal amount = null;
        JsonValue value = body.get("amount");
        if (value instanceof JsonNumber n) {
            amount = n.bigDecimalValue();
        } else if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            fields.error("amount", Messages.format(locale, "wallet.amount.required"));
        } else {
            fields.error("amount", Messages.format(locale, "wallet.amount.number"));
        }
        String text = fields.string(textMember);
        fields.refuseUnknown(Set.of("amount", textMember), Set.of());
        finish(fields);
        return new MoneyChange(amount, text);
    }

    /** {@code {"reason": "..."}}: the body of an anonymisation (the service requires the reason). */
    static String reasonOnly(JsonObject body, Locale locale) {
        JsonFields fields = fields(body, locale);
        String reason = fields.string("reason");
        fields.refuseUnknown(Set.of("reason"), Set.of());
        finish(fields);
        return reason;
    }

    /** The version of an optional {@code If-Match}: null when absent. */
    static Long optionalVersion(String ifMatch, Locale locale) {
        return ifMatch == null || ifMatch.isBlank() ? null : ETags.requiredVersion(ifMatch, locale);
    }

    private static JsonFields fields(JsonObject body, Locale locale) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        return new JsonFields(body, locale);
    }

    private static void finish(JsonFields fields) {
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
    }
}
