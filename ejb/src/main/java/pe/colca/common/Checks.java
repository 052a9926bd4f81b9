package pe.colca.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns Bean Validation results into an {@link InvalidInput} with one message per field. */
public final class Checks {

    private Checks() {
    }

    public static <T> T valid(Validator validator, T value, Locale locale) {
        if (value == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> fields.putIfAbsent(v.getPropertyPath().toString(), text(v, locale)));
            throw new InvalidInput(fields);
        }
        return value;
    }

    /** Our constraint messages are keys of the messages bundle: "{location.code.required}". */
    private static String text(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            String text = Messages.format(locale, key);
            if (!text.equals(key)) {
                return text;
            }
        }
        return violation.getMessage();
    }
}
