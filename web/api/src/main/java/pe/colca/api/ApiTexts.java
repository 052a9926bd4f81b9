package pe.colca.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import pe.colca.common.Messages;

/**
 * Texts of the API (problem titles, details of HTTP-level errors) in Spanish (default) or English,
 * and the choice of language from {@code Accept-Language}: English when the client prefers any
 * {@code en*} language, Spanish (es-PE) otherwise. Keys it does not have are looked up in the
 * domain's bundle ({@link Messages}).
 */
public final class ApiTexts {

    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "pe.colca.api.messages";

    private ApiTexts() {
    }

    /** English if the most preferred language of the header is {@code en} or {@code en-*}; else es-PE. */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Messages.DEFAULT_LOCALE;
        }
        String best = null;
        double bestQ = -1;
        for (String part : acceptLanguage.split(",")) {
            String[] pieces = part.strip().split(";");
            String tag = pieces.length == 0 ? "" : pieces[0].strip();
            if (tag.isEmpty()) {
                continue;
            }
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].strip();
                if (param.startsWith("q=") || param.startsWith("Q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2).strip());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > bestQ) { // the first of equally preferred languages wins
                best = tag;
                bestQ = q;
            }
        }
        if (best != null && bestQ > 0) {
            String language = best.toLowerCase(Locale.ROOT);
            if (language.equals("en") || language.startsWith("en-") || language.startsWith("en_")) {
                return ENGLISH;
            }
        }
        return Messages.DEFAULT_LOCALE;
    }

    public static String text(Locale locale, String key, Object... args) {
        Locale effective = locale == null ? Messages.DEFAULT_LOCALE : locale;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, effective, ApiTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return Messages.format(effective, key, args);
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, effective).format(args);
    }

    /** The text for {@code key}, or null when neither bundle has it. */
    public static String optionalText(Locale locale, String key) {
        String text = text(locale, key);
        return key.equals(text) ? null : text;
    }
}
