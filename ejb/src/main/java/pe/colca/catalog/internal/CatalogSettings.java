package pe.colca.catalog.internal;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;

/**
 * The catalog's system settings, read in the caller's transaction. A plain read of
 * {@code system_settings} until the settings area offers a service for it.
 */
public final class CatalogSettings {

    public static final String JUSTIFICATION_THRESHOLD = "catalog.price.justification_threshold_pct";
    public static final String BARCODE_ALLOW_OTHER = "catalog.barcode.allow_other";

    private CatalogSettings() {
    }

    public static BigDecimal justificationThresholdPct(EntityManager em) {
        String value = read(em, JUSTIFICATION_THRESHOLD);
        try {
            return value == null ? BigDecimal.TEN : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.TEN;
        }
    }

    public static boolean barcodeAllowOther(EntityManager em) {
        return "true".equalsIgnoreCase(String.valueOf(read(em, BARCODE_ALLOW_OTHER)).strip());
    }

    private static String read(EntityManager em, String key) {
        List<?> rows = em.createNativeQuery("SELECT value FROM system_settings WHERE setting_key = ?1")
                .setParameter(1, key)
                .getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toString();
    }

    // ---- media (catalog images)

    public static final String IMAGE_MAX_BYTES = "catalog.image.max_bytes";
    public static final long IMAGE_MAX_BYTES_DEFAULT = 2L * 1024 * 1024;

    /** The upload limit for images in bytes; the default (2 MB) when unset or not a positive number. */
    public static long imageMaxBytes(EntityManager em) {
        String value = read(em, IMAGE_MAX_BYTES);
        try {
            long max = value == null ? IMAGE_MAX_BYTES_DEFAULT : Long.parseLong(value.strip());
            return max > 0 ? max : IMAGE_MAX_BYTES_DEFAULT;
        } catch (NumberFormatException e) {
            return IMAGE_MAX_BYTES_DEFAULT;
        }
    }
}
