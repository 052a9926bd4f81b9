package pe.colca.security.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import pe.colca.security.AuthenticatedUsers.AuthenticatedUser;

/**
 * The per-server memory of {@link DefaultAuthenticatedUsers}: user id → what was read and when, plus
 * an email → id index. Static, so that code running after a commit ({@link DefaultSecurityStamps})
 * drops entries without an EJB call; it lives as long as the deployment. Bounded: past
 * {@value #MAX_ENTRIES} users it starts again from empty.
 */
final class UserCache {

    static final int MAX_ENTRIES = 20_000;

    /** What was read for an id at {@code readAtNanos}; an empty user means "no live user with this id". */
    record Entry(Optional<AuthenticatedUser> user, long readAtNanos) {
    }

    private static final Map<Long, Entry> BY_ID = new ConcurrentHashMap<>();
    private static final Map<String, Long> IDS_BY_EMAIL = new ConcurrentHashMap<>();

    private UserCache() {
    }

    static Entry get(long id) {
        return BY_ID.get(id);
    }

    static Long idOf(String email) {
        return IDS_BY_EMAIL.get(key(email));
    }

    /** Stores a fresh read; returns the entry it replaces (null if none). */
    static Entry put(long id, Optional<AuthenticatedUser> user, long readAtNanos) {
        if (BY_ID.size() >= MAX_ENTRIES) {
            clear();
        }
        user.ifPresent(u -> IDS_BY_EMAIL.put(key(u.email()), u.id()));
        return BY_ID.put(id, new Entry(user, readAtNanos));
    }

    static void forget(long id) {
        Entry gone = BY_ID.remove(id);
        if (gone != null) {
            gone.user().ifPresent(u -> IDS_BY_EMAIL.remove(key(u.email()), u.id()));
        }
    }

    static void forgetEmail(String email) {
        IDS_BY_EMAIL.remove(key(email));
    }

    static void clear() {
        BY_ID.clear();
        IDS_BY_EMAIL.clear();
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
