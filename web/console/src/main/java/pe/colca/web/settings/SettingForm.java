package pe.colca.web.settings;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import pe.colca.settings.SettingDataType;
import pe.colca.settings.SettingEntry;

/**
 * What the edit dialog holds: the setting as read (with its version) and the new value in the input
 * that fits its type: a toggle for BOOLEAN, a number for INTEGER and DECIMAL, text otherwise (a
 * password field, empty, for an encrypted setting: its value is never sent to the browser).
 */
public final class SettingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SettingEntry entry;
    private String text;
    private BigDecimal number;
    private boolean flag;

    private SettingForm(SettingEntry entry) {
        this.entry = entry;
        if (entry == null || entry.encrypted() || entry.value() == null) {
            return;
        }
        switch (entry.dataType()) {
            case BOOLEAN -> flag = Boolean.parseBoolean(entry.value().strip());
            case INTEGER, DECIMAL -> number = parse(entry.value());
            default -> text = entry.value();
        }
    }

    public static SettingForm of(SettingEntry entry) {
        return new SettingForm(entry);
    }

    public static SettingForm blank() {
        return new SettingForm(null);
    }

    /** The value to send to the service, as text; null when nothing was entered. */
    String value() {
        return switch (entry.dataType()) {
            case BOOLEAN -> Boolean.toString(flag);
            case INTEGER -> number == null ? null : number.toBigInteger().toString();
            case DECIMAL -> number == null ? null : plain(number);
            default -> text;
        };
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal parse(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null; // an unreadable stored number: the user types a new one
        }
    }

    public boolean isLoaded() {
        return entry != null;
    }

    public String getKey() {
        return entry == null ? null : entry.key();
    }

    public String getDescription() {
        return entry == null ? null : entry.description();
    }

    public SettingDataType getDataType() {
        return entry == null ? null : entry.dataType();
    }

    /** Which input the dialog shows: bool, integer, decimal, time, json, secret or text. */
    public String getInput() {
        if (entry == null) {
            return "text";
        }
        if (entry.encrypted()) {
            return "secret";
        }
        return switch (entry.dataType()) {
            case BOOLEAN -> "bool";
            case INTEGER -> "integer";
            case DECIMAL -> "decimal";
            case TIME -> "time";
            case JSON -> "json";
            case STRING -> "text";
        };
    }

    public boolean isEncrypted() {
        return entry != null && entry.encrypted();
    }

    public boolean isValueSet() {
        return entry != null && entry.valueSet();
    }

    public long getVersion() {
        return entry == null ? 0 : entry.version();
    }

    public Instant getUpdatedAt() {
        return entry == null ? null : entry.updatedAt();
    }

    public String getUpdatedBy() {
        return entry == null ? null : entry.updatedBy();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public BigDecimal getNumber() {
        return number;
    }

    public void setNumber(BigDecimal number) {
        this.number = number;
    }

    public boolean isFlag() {
        return flag;
    }

    public void setFlag(boolean flag) {
        this.flag = flag;
    }
}
