package pe.colca.settings.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.common.StaleVersion;
import pe.colca.common.Where;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;
import pe.colca.security.UserDirectory;
import pe.colca.settings.SettingEntry;
import pe.colca.settings.SettingFilter;
import pe.colca.settings.SettingMissing;
import pe.colca.settings.SettingValues;
import pe.colca.settings.SettingsService;
import pe.colca.settings.SystemSetting;

/**
 * The settings screen and API over {@code system_settings}. Reads go to the database (the screen
 * shows what is stored, with its version); a write drops the {@link DefaultSettings} cache.
 * An encrypted value leaves this class only as ciphertext into the row: never in an entry, never in
 * the audit log (which records that it changed, as {@value #MASK}).
 */
@Stateless
public class DefaultSettingsService implements SettingsService {

    static final String MASK = "[encrypted]";
    private static final String ENTITY = "entity.setting";
    private static final Map<String, String> SORTABLE = Map.of(
            "key", "s.settingKey", "dataType", "s.dataType", "updatedAt", "s.updatedAt");
    private static final String SELECT = "SELECT s FROM SystemSetting s";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestMetadata request;

    @EJB
    private Caller caller;

    @EJB
    private AuditTrail audit;

    @EJB
    private UserDirectory users;

    @EJB
    private DefaultSettings cache;

    @Override
    @RolesAllowed("settings.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<SettingEntry> search(SettingFilter filter, PageRequest page) {
        SettingFilter f = filter == null ? SettingFilter.all() : filter;
        Where where = new Where();
        if (f.text() != null && !f.text().isBlank()) {
            where.andContains(stripAccents(f.text()),
                    "(lower(function('unaccent', s.settingKey)) LIKE :text ESCAPE '!'"
                            + " OR lower(function('unaccent', coalesce(s.description, ''))) LIKE :text ESCAPE '!')",
                    "text");
        }
        if (f.group() != null && !f.group().isBlank()) {
            String group = f.group().strip();
            where.and("(s.settingKey = :group OR s.settingKey LIKE :groupPrefix ESCAPE '!')", "group", group)
                    .param("groupPrefix", group.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ".%");
        }
        String sort = page.sortField() == null ? null : SORTABLE.get(page.sortField());
        String order = sort == null ? "s.settingKey" : sort + (page.ascending() ? " ASC" : " DESC") + ", s.settingKey";
        Page<SystemSetting> found = where.page(em.createQuery(SELECT + where + " ORDER BY " + order, SystemSetting.class),
                em.createQuery("SELECT count(s) FROM SystemSetting s" + where, Long.class), page);
        return withEditors(found.items()).stream().map(DefaultSettingsService::entry).collect(Collectors.collectingAndThen(
                Collectors.toList(), items -> new Page<>(items, found.total(), found.offset(), found.limit())));
    }

    @Override
    @RolesAllowed("settings.view")
    public List<String> groups() {
        return em.createQuery("SELECT s.settingKey FROM SystemSetting s", String.class).getResultList().stream()
                .map(SettingValues::groupOf).distinct().sorted().toList();
    }

    @Override
    @RolesAllowed("settings.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SettingEntry get(String key) {
        List<SystemSetting> found = em.createQuery(SELECT + " WHERE s.settingKey = :key", SystemSetting.class)
                .setParameter("key", key).getResultList();
        if (found.isEmpty()) {
            throw new SettingMissing(key);
        }
        return entry(withEditors(found).get(0));
    }

    @Override
    @RolesAllowed("settings.edit")
    public SettingEntry update(String key, long expectedVersion, String value) {
        List<SystemSetting> found = em.createQuery("SELECT s FROM SystemSetting s WHERE s.settingKey = :key",
                SystemSetting.class).setParameter("key", key).getResultList();
        if (found.isEmpty()) {
            throw new SettingMissing(key);
        }
        SystemSetting setting = found.get(0);
        Locale locale = request.getLocale();
        String normalized = SettingValues.normalize(key, setting.getDataType(), setting.isEncrypted(), value, locale);
        if (setting.getVersion() != expectedVersion) {
            throw new StaleVersion(ENTITY, key);
        }
        Map<String, Object> before = snapshot(setting);
        Long by = caller.userId().orElse(null);
        setting.changeValue(setting.isEncrypted() ? SettingCipher.current().encrypt(key, normalized) : normalized, by);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(ENTITY, key);
        }
        audit.record("UPDATE", "system_settings", setting.getId(), before, snapshot(setting));
        cache.invalidateAfterWrite();
        return entry(new SettingWithEditor(setting, by == null ? null : caller.name()));
    }

    /** The settings with the email of who changed each last, asked of the security area (it owns users). */
    private List<SettingWithEditor> withEditors(List<SystemSetting> settings) {
        Map<Long, String> emails = users.emails(settings.stream().map(SystemSetting::getLastUpdatedBy)
                .filter(java.util.Objects::nonNull).toList());
        return settings.stream().map(s -> new SettingWithEditor(s,
                s.getLastUpdatedBy() == null ? null : emails.get(s.getLastUpdatedBy()))).toList();
    }

    private static SettingEntry entry(SettingWithEditor row) {
        SystemSetting s = row.setting();
        String key = s.getSettingKey();
        return new SettingEntry(s.getId(), key, SettingValues.groupOf(key), s.getDataType(),
                s.isEncrypted() ? null : s.getValue(), s.isEncrypted(), s.getValue() != null, s.getDescription(),
                s.getVersion(), s.getUpdatedAt(), s.getLastUpdatedBy(), row.editorEmail());
    }

    /** What the audit log keeps of a setting: never the clear (or cipher) text of an encrypted value. */
    private static Map<String, Object> snapshot(SystemSetting s) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("key", s.getSettingKey());
        values.put("dataType", s.getDataType().name());
        values.put("value", s.isEncrypted() ? (s.getValue() == null ? null : MASK) : s.getValue());
        values.put("encrypted", s.isEncrypted());
        values.put("version", s.getVersion());
        return values;
    }

    private static String stripAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
