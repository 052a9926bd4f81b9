package pe.colca.customer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;

/**
 * Which side's value survives, field by field; a field not named keeps the survivor's value. Pure: parsed
 * from the request ({@link #parse}), applied to the two customers' values ({@link #apply}) and stored as
 * jsonb ({@link #asJson}: every field with its side, so the log says what happened to each).
 */
public final class MergeStrategy {

    private final Map<MergeField, MergeSide> choices;

    private MergeStrategy(Map<MergeField, MergeSide> choices) {
        this.choices = Collections.unmodifiableMap(choices);
    }

    /** Every field from the survivor. */
    public static MergeStrategy survivorWins() {
        return of(Map.of());
    }

    public static MergeStrategy of(Map<MergeField, MergeSide> choices) {
        EnumMap<MergeField, MergeSide> all = new EnumMap<>(MergeField.class);
        for (MergeField f : MergeField.values()) {
            MergeSide side = choices == null ? null : choices.get(f);
            all.put(f, side == null ? MergeSide.SURVIVOR : side);
        }
        return new MergeStrategy(all);
    }

    /**
     * From the request's map of field key → side name (case-insensitive); an unknown field or side is refused
     * with {@link InvalidInput} naming {@code strategy.<field>}.
     */
    public static MergeStrategy parse(Map<String, String> raw, Locale locale) {
        EnumMap<MergeField, MergeSide> choices = new EnumMap<>(MergeField.class);
        Map<String, String> errors = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((key, value) -> {
                MergeField field = MergeField.ofKey(key);
                if (field == null) {
                    errors.put("strategy." + key, Messages.format(locale, "customer.merge.strategy.field", key));
                    return;
                }
                try {
                    choices.put(field, MergeSide.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.put("strategy." + key, Messages.format(locale, "customer.merge.strategy.side", value));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return of(choices);
    }

    public MergeSide side(MergeField field) {
        return choices.get(field);
    }

    /** The values the survivor has after the merge. */
    public MergeValues apply(MergeValues survivor, MergeValues absorbed) {
        boolean doc = take(MergeField.DOCUMENT);
        boolean consent = take(MergeField.MARKETING_CONSENT);
        return new MergeValues(
                doc ? absorbed.docType() : survivor.docType(),
                doc ? absorbed.docNumber() : survivor.docNumber(),
                (take(MergeField.FULL_NAME) ? absorbed : survivor).fullName(),
                (take(MergeField.EMAIL) ? absorbed : survivor).email(),
                (take(MergeField.PHONE) ? absorbed : survivor).phone(),
                (take(MergeField.BIRTH_DATE) ? absorbed : survivor).birthDate(),
                (take(MergeField.GENDER) ? absorbed : survivor).gender(),
                (take(MergeField.SEGMENT) ? absorbed : survivor).segment(),
                (consent ? absorbed : survivor).marketingConsent(),
                (consent ? absorbed : survivor).consentChannel(),
                (consent ? absorbed : survivor).consentAt(),
                (consent ? absorbed : survivor).consentBy());
    }

    /** Field key → side, every field (the jsonb of the merge log). */
    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        choices.forEach((f, s) -> json.put(f.key(), s.name()));
        return json;
    }

    private boolean take(MergeField field) {
        return choices.get(field) == MergeSide.ABSORBED;
    }

    @Override
    public String toString() {
        return asJson().toString();
    }
}
