package pe.colca.settings;

import java.io.Serializable;

/**
 * What the settings list shows: {@code text} in the key or the description (case- and
 * accent-insensitive), {@code group} a key prefix ({@code catalog}); null means no filter.
 */
public record SettingFilter(String text, String group) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static SettingFilter all() {
        return new SettingFilter(null, null);
    }
}
