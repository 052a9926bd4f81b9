package pe.colca.settings.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import pe.colca.settings.SettingDataType;
import pe.colca.settings.SettingMissing;
import pe.colca.settings.SettingTypeMismatch;
import pe.colca.settings.SettingValues;
import pe.colca.settings.Settings;

/**
 * {@link Settings} with a per-node cache: the whole table (a few dozen rows) is read in one query
 * and kept for {@value Settings#CACHE_SECONDS} seconds, so hot paths (reservations, price changes,
 * token issue) do not query it each time. A write through the settings service drops the cache at
 * once and again when its transaction ends (a read between the two could otherwise keep the old
 * value); a load that overlaps a drop is not kept. Another node keeps its copy until it expires:
 * that is the "at most {@value Settings#CACHE_SECONDS} seconds stale" of the interface.
 *
 * <p>The load joins the caller's transaction and does not flush the caller's pending changes.
 */
@Singleton
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class DefaultSettings implements Settings {

    private static final long TTL_NANOS = TimeUnit.SECONDS.toNanos(CACHE_SECONDS);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    /** The rows and when they were read. */
    private record Snapshot(Map<String, StoredSetting> rows, long loadedAt, long generation) {
    }

    @Override
    public BigDecimal decimal(String key) {
        StoredSetting s = row(key);
        if (s.dataType() != SettingDataType.DECIMAL && s.dataType() != SettingDataType.INTEGER) {
            throw SettingTypeMismatch.asked(key, s.dataType(), "DECIMAL");
        }
        return new BigDecimal(readable(s).strip());
    }

    @Override
    public int integer(String key) {
        return Integer.parseInt(readable(typed(key, SettingDataType.INTEGER)).strip());
    }

    @Override
    public Duration duration(String key) {
        StoredSetting s = row(key);
        if (s.dataType() != SettingDataType.INTEGER || SettingValues.unitOf(key).isEmpty()) {
            throw SettingTypeMismatch.asked(key, s.dataType(), "DURATION");
        }
        return SettingValues.duration(key, Integer.parseInt(readable(s).strip())).orElseThrow();
    }

    @Override
    public LocalTime localTime(String key) {
        return SettingValues.parseTime(readable(typed(key, SettingDataType.TIME)));
    }

    @Override
    public boolean bool(String key) {
        return Boolean.parseBoolean(readable(typed(key, SettingDataType.BOOLEAN)).strip());
    }

    @Override
    public String text(String key) {
        StoredSetting s = row(key);
        if (s.dataType() != SettingDataType.STRING && s.dataType() != SettingDataType.JSON) {
            throw SettingTypeMismatch.asked(key, s.dataType(), "STRING");
        }
        return readable(s);
    }

    /** Drops the cache now (this node). */
    public void invalidate() {
        synchronized (generation) {
            generation.incrementAndGet();
            snapshot = null;
        }
    }

    /**
     * Drops the cache now and once more when the caller's transaction ends, so no read of the
     * value before the commit outlives it.
     */
    public void invalidateAfterWrite() {
        invalidate();
        if (transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing: the database decides
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED || status == Status.STATUS_ROLLEDBACK) {
                        invalidate();
                    }
                }
            });
        }
    }

    private StoredSetting typed(String key, SettingDataType expected) {
        StoredSetting s = row(key);
        if (s.dataType() != expected) {
            throw SettingTypeMismatch.asked(key, s.dataType(), expected.name());
        }
        return s;
    }

    /** The plain value of a row, checked against its type. */
    private static String readable(StoredSetting s) {
        String plain = s.value();
        if (s.encrypted()) {
            try {
                plain = SettingCipher.current().decrypt(s.key(), s.value());
            } catch (IllegalArgumentException e) {
                throw SettingTypeMismatch.undecryptable(s.key());
            }
        }
        if (!SettingValues.readable(s.dataType(), plain)) {
            throw SettingTypeMismatch.unreadable(s.key(), s.dataType());
        }
        return plain;
    }

    private StoredSetting row(String key) {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.loadedAt() > TTL_NANOS) {
            current = load();
        }
        StoredSetting s = key == null ? null : current.rows().get(key);
        if (s == null || s.value() == null) {
            throw new SettingMissing(key);
        }
        return s;
    }

    private Snapshot load() {
        long gen = generation.get();
        Map<String, StoredSetting> rows = new HashMap<>();
        for (StoredSetting s : em.createQuery("SELECT new pe.colca.settings.internal.StoredSetting("
                        + "s.settingKey, s.dataType, s.value, s.encrypted) FROM SystemSetting s", StoredSetting.class)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()) {
            rows.put(s.key(), s);
        }
        Snapshot loaded = new Snapshot(Map.copyOf(rows), System.nanoTime(), gen);
        synchronized (generation) {
            if (generation.get() == gen) {
                snapshot = loaded; // not when a write dropped the cache while we read
            }
        }
        return loaded;
    }
}
