package pe.colca.web.settings;

import java.io.Serializable;
import java.time.Instant;
import pe.colca.settings.SettingDataType;
import pe.colca.settings.SettingEntry;

/**
 * One line of the settings list (a JavaBean for EL; an encrypted setting's value is never here).
 * {@code groupStart} marks the first row of a group on the page, where the list shows the group.
 */
public final class SettingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SettingEntry entry;
    private final boolean groupStart;

    SettingRow(SettingEntry entry, boolean groupStart) {
        this.entry = entry;
        this.groupStart = groupStart;
    }

    public String getKey() {
        return entry.key();
    }

    public String getGroup() {
        return entry.group();
    }

    public boolean isGroupStart() {
        return groupStart;
    }

    public SettingDataType getDataType() {
        return entry.dataType();
    }

    public String getValue() {
        return entry.value();
    }

    public boolean isEncrypted() {
        return entry.encrypted();
    }

    public boolean isValueSet() {
        return entry.valueSet();
    }

    public boolean isBoolean() {
        return entry.dataType() == SettingDataType.BOOLEAN;
    }

    public String getDescription() {
        return entry.description();
    }

    public long getVersion() {
        return entry.version();
    }

    public Instant getUpdatedAt() {
        return entry.updatedAt();
    }

    public String getUpdatedBy() {
        return entry.updatedBy();
    }
}
