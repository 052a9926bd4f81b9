package pe.colca.settings;

import pe.colca.common.BusinessException;

/** No setting has this key (or it has no value): a migration that seeds it is missing. */
public class SettingMissing extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public SettingMissing(String key) {
        super(Kind.NOT_FOUND, "not-found", "settings.missing", String.valueOf(key));
        this.key = key;
    }

    public String key() {
        return key;
    }
}
