package pe.colca.invoicing.print;

import java.util.Locale;

/** The sizes of a printed copy: an A4 page, or an 80 mm ticket for the POS printer. */
public enum PrintFormat {
    A4, TICKET;

    /** {@code a4} or {@code ticket} (the API's {@code format} parameter and the file name's suffix). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code a4} or {@code ticket} (case ignored); null or blank is A4. */
    public static PrintFormat of(String slug) {
        if (slug == null || slug.isBlank()) {
            return A4;
        }
        for (PrintFormat f : values()) {
            if (f.slug().equalsIgnoreCase(slug.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown print format: " + slug);
    }
}
