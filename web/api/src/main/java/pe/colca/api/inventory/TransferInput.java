package pe.colca.api.inventory;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.inventory.transfer.TransferDraft;
import pe.colca.inventory.transfer.TransferLineInput;
import pe.colca.inventory.transfer.TransferReceiptLine;

/**
 * Strict reading of the transfer bodies: wrong JSON types and unknown members are field errors
 * ({@code lines[2].quantity}), reported all at once with the domain rules; nothing is written.
 */
final class TransferInput {

    private static final Set<String> DRAFT = Set.of("fromLocationId", "toLocationId", "notes", "lines");
    private static final Set<String> DRAFT_LINE = Set.of("variantId", "sku", "barcode", "quantity");
    private static final Set<String> RECEIPT = Set.of("lines");
    private static final Set<String> RECEIPT_LINE = Set.of("lineId", "quantity");
    private static final Set<String> CLOSING = Set.of("reason", "lines");
    private static final Set<String> CLOSING_LINE = Set.of("lineId", "reason");

    /** What {@code POST .../close} asks: a reason per line and/or one for every short line. */
    record Closing(Map<Long, String> reasons, String reason) {
    }

    private TransferInput() {
    }

    static TransferDraft draft(JsonObject body, Validator validator, Locale locale) {
        InventoryInput.Reader r = new InventoryInput.Reader(body, locale);
        Integer from = r.integer("fromLocationId");
        Integer to = r.integer("toLocationId");
        String notes = r.fields.string("notes");
        List<TransferLineInput> lines = lines(r, DRAFT_LINE, line -> {
            String sku = line.fields.string("sku");
            String code = sku != null ? sku : line.fields.string("barcode");
            return new TransferLineInput(line.longNumber("variantId"), code, line.integer("quantity"));
        });
        return r.finish(DRAFT, new TransferDraft(from, to, notes, lines), validator);
    }

    static List<TransferReceiptLine> receipt(JsonObject body, Locale locale) {
        InventoryInput.Reader r = new InventoryInput.Reader(body, locale);
        List<TransferReceiptLine> lines = lines(r, RECEIPT_LINE,
                line -> new TransferReceiptLine(line.longNumber("lineId"), line.integer("quantity")));
        done(r, RECEIPT);
        return lines;
    }

    static Closing closing(JsonObject body, Locale locale) {
        if (body == null) {
            return new Closing(Map.of(), null);
        }
        InventoryInput.Reader r = new InventoryInput.Reader(body, locale);
        String reason = r.fields.string("reason");
        Map<Long, String> reasons = new LinkedHashMap<>();
        if (body.containsKey("lines")) {
            lines(r, CLOSING_LINE, line -> {
                Long id = line.longNumber("lineId");
                String text = line.fields.string("reason");
                if (id != null) {
                    reasons.put(id, text);
                }
                return id;
            });
        }
        done(r, CLOSING);
        return new Closing(reasons, reason);
    }

    private static void done(InventoryInput.Reader r, Set<String> members) {
        r.fields.refuseUnknown(members, Set.of());
        if (r.fields.hasErrors()) {
            throw new InvalidInput(r.fields.errors());
        }
    }

    /** The {@code lines} array, each object read by {@code read}; its errors prefixed with {@code lines[i].}. */
    private static <T> List<T> lines(InventoryInput.Reader r, Set<String> members,
                                     Function<InventoryInput.Reader, T> read) {
        JsonValue value = r.body.get("lines");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            r.fields.error("lines", Messages.format(r.locale, "inventory.transfer.lines.required"));
            return null;
        }
        List<T> lines = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject object)) {
                r.fields.error("lines[" + i + "]", Messages.format(r.locale, "inventory.transfer.lines.required"));
                continue;
            }
            InventoryInput.Reader line = new InventoryInput.Reader(object, r.locale);
            T item = read.apply(line);
            line.fields.refuseUnknown(members, Set.of());
            int index = i;
            line.fields.errors().forEach((field, message) -> r.fields.error("lines[" + index + "]." + field, message));
            lines.add(item);
        }
        return lines;
    }
}
