package pe.colca.settings;

import java.io.Serializable;
import java.time.Instant;

/**
 * A setting as the screen and the API show it. The value of an encrypted setting is never here
 * (null, with {@code valueSet} telling whether one is stored): it is write-only outside the code.
 *
 * @param group         the key up to its first dot ({@code catalog}, {@code inventory}, ...)
 * @param value         the stored text, null when encrypted or not set
 * @param valueSet      whether a value is stored (also for an encrypted setting)
 * @param updatedById   {@code users.id} of who changed it last, null for a migration's default
 * @param updatedBy     that user's email, null as well
 */
public record SettingEntry(int id, String key, String group, SettingDataType dataType, String value,
                           boolean encrypted, boolean valueSet, String description, long version,
                           Instant updatedAt, Long updatedById, String updatedBy) implements Serializable {

    private static final long serialVersionUID = 1L;
}
