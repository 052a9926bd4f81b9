package pe.colca.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * URL slugs from Spanish names: "Café Orgánico 250 g" → {@code cafe-organico-250-g}. Accents are
 * dropped (ñ becomes n), everything that is not a letter or digit becomes one hyphen, and the
 * result is at most 200 characters. A taken slug gets the first free suffix {@code -2}, {@code -3}…
 */
public final class Slugs {

    public static final int MAX_LENGTH = 200;

    private Slugs() {
    }

    /** The slug of a text; {@code "item"} if nothing usable is left (a name of only symbols). */
    public static String of(String text) {
        if (text == null) {
            return "item";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("œ", "oe")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }

    /** True if the text is already a well-formed slug (what a user may type when editing it). */
    public static boolean isWellFormed(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    /** {@code base} if free, else {@code base-2}, {@code base-3}… (kept within the maximum length). */
    public static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String head = base.length() + suffix.length() > MAX_LENGTH
                    ? base.substring(0, MAX_LENGTH - suffix.length()) : base;
            String candidate = head + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
