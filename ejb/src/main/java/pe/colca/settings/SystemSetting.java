package pe.colca.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A system parameter: a unique key, a value stored as text and read through its {@link SettingDataType},
 * who changed it last and when. An encrypted setting holds ciphertext, so its value is not type-checked
 * here and must be decrypted before use.
 */
@Entity
@Table(name = "system_settings")
public class SystemSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "system_settings_seq")
    @SequenceGenerator(name = "system_settings_seq", sequenceName = "system_settings_seq", allocationSize = 50)
    @Column(name = "id")
    private Integer id;

    @Column(name = "setting_key", length = 100, nullable = false, updatable = false)
    private String settingKey;

    @Column(name = "value", length = 4000)
    private String value;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_type", length = 30, nullable = false)
    private SettingDataType dataType;

    @Column(name = "description")
    private String description;

    @Column(name = "is_encrypted", nullable = false)
    private boolean encrypted;

    @Column(name = "last_updated_by")
    private Long lastUpdatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Optimistic lock of the settings screen and API (V11). */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SystemSetting() {
    }

    public SystemSetting(String settingKey, SettingDataType dataType, boolean encrypted, String description) {
        if (settingKey == null || settingKey.isBlank()) {
            throw new IllegalArgumentException("settingKey is required");
        }
        this.settingKey = settingKey.strip();
        this.dataType = Objects.requireNonNull(dataType, "dataType");
        this.encrypted = encrypted;
        this.description = description;
    }

    /** Sets a new value (ciphertext for an encrypted setting); a plain value must fit the data type. */
    public void changeValue(String value, Long by) {
        if (!encrypted && !dataType.accepts(value)) {
            throw new IllegalArgumentException("setting " + settingKey + " expects a " + dataType + " value: " + value);
        }
        this.value = value;
        this.lastUpdatedBy = by;
        this.updatedAt = Instant.now();
    }

    public void describe(String description) {
        this.description = description;
    }

    public Integer asInteger() {
        requirePlain(SettingDataType.INTEGER);
        return value == null ? null : Integer.valueOf(value.strip());
    }

    public BigDecimal asDecimal() {
        requirePlain(SettingDataType.DECIMAL);
        return value == null ? null : new BigDecimal(value.strip());
    }

    public Boolean asBoolean() {
        requirePlain(SettingDataType.BOOLEAN);
        return value == null ? null : Boolean.valueOf(value.strip());
    }

    private void requirePlain(SettingDataType expected) {
        if (dataType != expected) {
            throw new IllegalStateException("setting " + settingKey + " is " + dataType + ", not " + expected);
        }
        if (encrypted) {
            throw new IllegalStateException("setting " + settingKey + " is encrypted; decrypt it first");
        }
    }

    @PrePersist
    @PreUpdate
    void onWrite() {
        if (updatedAt == null) {
            updatedAt = Instant.now();
        }
    }

    public Integer getId() {
        return id;
    }

    public String getSettingKey() {
        return settingKey;
    }

    public String getValue() {
        return value;
    }

    public SettingDataType getDataType() {
        return dataType;
    }

    public String getDescription() {
        return description;
    }

    public boolean isEncrypted() {
        return encrypted;
    }

    public Long getLastUpdatedBy() {
        return lastUpdatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
