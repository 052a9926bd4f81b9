package pe.colca.settings.internal;

import pe.colca.settings.SystemSetting;

/** A setting and the email of who changed it last (null for a migration's default). */
public record SettingWithEditor(SystemSetting setting, String editorEmail) {
}
