package pe.colca.catalog.internal;

import java.math.BigDecimal;
import pe.colca.settings.Settings;

/**
 * The catalog's system settings, read through the settings area's typed, cached {@link Settings}
 * (a missing or mistyped setting is a clear {@code SettingMissing} / {@code SettingTypeMismatch}).
 */
public final class CatalogSettings {

    public static final String JUSTIFICATION_THRESHOLD = "catalog.price.justification_threshold_pct";
    public static final String BARCODE_ALLOW_OTHER = "catalog.barcode.allow_other";

    private CatalogSettings() {
    }

    public static BigDecimal justificationThresholdPct(Settings settings) {
        return settings.decimal(JUSTIFICATION_THRESHOLD);
    }

    public static boolean barcodeAllowOther(Settings settings) {
        return settings.bool(BARCODE_ALLOW_OTHER);
    }

    // ---- media (catalog images)

    public static final String IMAGE_MAX_BYTES = "catalog.image.max_bytes";

    /** The upload limit for images in bytes (the settings service keeps it a positive number). */
    public static long imageMaxBytes(Settings settings) {
        return settings.integer(IMAGE_MAX_BYTES);
    }
}
