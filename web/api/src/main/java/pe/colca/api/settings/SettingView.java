package pe.colca.api.settings;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.settings.SettingEntry;

/** A system setting as the API shows it; an encrypted one never with its value. */
@JsonbPropertyOrder({"key", "group", "dataType", "value", "encrypted", "valueSet", "description", "version",
        "updatedAt", "updatedBy"})
@Schema(name = "Setting", description = "A system setting. Values are text in the form of their data type; an "
        + "encrypted setting is write-only: value is always null and valueSet tells whether one is stored.")
public record SettingView(
        @Schema(example = "catalog.price.justification_threshold_pct") String key,
        @Schema(description = "The key up to its first dot.", example = "catalog") String group,
        @Schema(enumeration = {"STRING", "INTEGER", "DECIMAL", "BOOLEAN", "JSON", "TIME"}) String dataType,
        @Schema(nullable = true, description = "The value as text (TIME as HH:MM); null when encrypted or not set.",
                example = "10") String value,
        @Schema(description = "Stored encrypted; never returned.") boolean encrypted,
        @Schema(description = "Whether a value is stored (also for an encrypted setting).") boolean valueSet,
        @Schema(nullable = true) String description,
        @Schema(description = "Optimistic lock version; also the ETag.", example = "3") long version,
        Instant updatedAt,
        @Schema(nullable = true, description = "Email of who changed it last; null for the installed default.",
                example = "admin@colca.test") String updatedBy) {

    public static SettingView of(SettingEntry e) {
        return new SettingView(e.key(), e.group(), e.dataType().name(), e.encrypted() ? null : e.value(),
                e.encrypted(), e.valueSet(), e.description(), e.version(),
                e.updatedAt() == null ? null : e.updatedAt().plusNanos(500).truncatedTo(ChronoUnit.MICROS),
                e.updatedBy());
    }
}
