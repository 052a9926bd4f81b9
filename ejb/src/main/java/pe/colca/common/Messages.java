package pe.colca.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the domain (error messages) in Spanish (default) and English. */
public final class Messages {

    public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("es-PE");
    private static final String BUNDLE = "pe.colca.common.messages";

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... args) {
        Locale effective = locale == null ? DEFAULT_LOCALE : locale;
        String pattern;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, effective, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            // arguments naming an entity ("entity.location") are texts of the bundle too
            if (resolved[i] instanceof String s && s.startsWith("entity.")) {
                resolved[i] = format(effective, s);
            }
        }
        return new MessageFormat(pattern, effective).format(resolved);
    }
}
