package pe.colca.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the domain (error messages) in Spanish (default) and English. A key whose first segment
 * names an area ({@code catalog.price.justificationRequired}) is looked up first in that area's
 * bundle ({@code pe/colca/catalog/messages*.properties}), then in the common bundle
 * ({@code pe/colca/common/messages*.properties}); so each area keeps its own texts.
 */
public final class Messages {

    public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("es-PE");
    private static final String BUNDLE = "pe.colca.common.messages";

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... args) {
        Locale effective = locale == null ? DEFAULT_LOCALE : locale;
        String pattern = null;
        int dot = key.indexOf('.');
        if (dot > 0) {
            pattern = lookup("pe.colca." + key.substring(0, dot) + ".messages", effective, key);
        }
        if (pattern == null) {
            pattern = lookup(BUNDLE, effective, key);
        }
        if (pattern == null) {
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

    private static String lookup(String bundleName, Locale locale, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
