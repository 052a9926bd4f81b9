package pe.colca.notification;

import java.util.Arrays;

/** Languages of notification templates, stored as their lower-case code. */
public enum TemplateLanguage {
    ES("es"),
    EN("en");

    private final String code;

    TemplateLanguage(String code) {
        this.code = code;
    }

    /** The code as stored in the database, e.g. {@code "es"}. */
    public String code() {
        return code;
    }

    public static TemplateLanguage fromCode(String code) {
        return Arrays.stream(values())
                .filter(l -> l.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown template language: " + code));
    }
}
