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
import pe.colca.sales.RefundMethod;
import pe.colca.sales.ReturnRequest;

/**
 * Strict reading of a return's body: wrong JSON types and unknown members are field errors, all reported
 * at once (400), and nothing is written. The records at the end describe the body in the OpenAPI document.
 */
final class ReturnInput {

    private static final Set<String> MEMBERS = Set.of("lines", "refundMethod", "reason", "locationId");
    private static final Set<String> LINE = Set.of("orderItemId", "quantity");

    private ReturnInput() {
    }

    static ReturnRequest of(JsonObject body, Locale locale) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, locale);
        RefundMethod method = fields.enumeration("refundMethod", RefundMethod.class);
        String reason = fields.string("reason");
        Long location = integer(body, "locationId", "locationId", fields, locale);
        List<ReturnRequest.Line> lines = new ArrayList<>();
        JsonValue array = body.get("lines");
        if (array instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                String p = "lines[" + i + "]";
                if (a.get(i) instanceof JsonObject line) {
                    Long item = integer(line, "orderItemId", p + ".orderItemId", fields, locale);
                    Long quantity = integer(line, "quantity", p + ".quantity", fields, locale);
                    line.keySet().stream().filter(k -> !LINE.contains(k))
                            .forEach(k -> fields.error(p + "." + k, ApiTexts.text(locale, "field.unknown")));
                    lines.add(new ReturnRequest.Line(item, quantity == null ? null
                            : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, quantity))));
                } else {
                    fields.error(p, Messages.format(locale, "sales.input.object"));
                }
            }
        } else if (array != null && array.getValueType() != JsonValue.ValueType.NULL) {
            fields.error("lines", Messages.format(locale, "sales.input.array"));
        }
        fields.refuseUnknown(MEMBERS, Set.of());
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
        return new ReturnRequest(lines, method, reason,
                location == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, location)));
    }

    private static Long integer(JsonObject o, String name, String field, JsonFields fields, Locale locale) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()
                && n.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            return n.longValue();
        }
        fields.error(field, ApiTexts.text(locale, "field.integer"));
        return null;
    }

    // ---- the body, for the OpenAPI document only ------------------------------------------------

    @Schema(name = "ReturnLineInput", description = "Units of one order line that come back.")
    public record LineInput(@Schema(required = true) long orderItemId, @Schema(required = true) int quantity) {
    }

    @Schema(name = "ReturnInput", description = "A return of (part of) a paid order.")
    public record Body(@Schema(required = true) List<LineInput> lines,
                       @Schema(nullable = true, enumeration = {"ORIGINAL", "WALLET"},
                               description = "ORIGINAL (default): by the order's tenders; WALLET: to the customer's wallet.")
                       String refundMethod,
                       @Schema(required = true, description = "Why; also the credit note's reason. At most 1000 characters.")
                       String reason,
                       @Schema(nullable = true, description = "The returning store (default: the store of the sale).")
                       Integer locationId) {
    }
}
