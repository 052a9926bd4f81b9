package pe.colca.security.internal;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.colca.security.InvalidCredentials;
import pe.colca.security.TokenService;

/**
 * Checks credentials with native queries on {@code users} (the API has no session, so there is no
 * JPA entity to go through) and signs the token with the key of a PKCS#12 keystore.
 *
 * <p>Configuration (system properties, set by the server configuration):
 * <ul>
 *   <li>{@value #KEYSTORE_PROPERTY}: path of the PKCS#12 keystore (required);</li>
 *   <li>{@value #PASSWORD_PROPERTY}: its password (also the key's password, as keytool writes PKCS#12);</li>
 *   <li>{@value #ALIAS_PROPERTY}: the key's alias, default {@value #DEFAULT_ALIAS}.</li>
 * </ul>
 * The key is read once and kept; a failed read is not kept, so fixing the keystore needs no redeploy.
 * The token lifetime is the system setting {@value #TTL_SETTING} (minutes, default {@value #DEFAULT_TTL_MINUTES}).
 */
@Stateless
@PermitAll
public class DefaultTokenService implements TokenService {

    static final String KEYSTORE_PROPERTY = "colca.jwt.keystore";
    static final String PASSWORD_PROPERTY = "colca.jwt.keystore.password";
    static final String ALIAS_PROPERTY = "colca.jwt.alias";
    static final String DEFAULT_ALIAS = "colca-jwt";
    static final String TTL_SETTING = "security.token.ttl_minutes";
    static final int DEFAULT_TTL_MINUTES = 60;

    private static final Logger LOG = Logger.getLogger(DefaultTokenService.class.getName());

    /** bcrypt as PostgreSQL's pgcrypto and Elytron read it: passwords past 72 bytes are truncated, not refused. */
    private static final BCrypt.Verifyer BCRYPT = BCrypt.verifyer(BCrypt.Version.VERSION_2A,
            LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2A));

    /** Checked when the email is unknown, so that case costs as much time as a wrong password. */
    private static final String DUMMY_HASH = BCrypt.withDefaults().hashToString(10, UUID.randomUUID().toString().toCharArray());

    private static volatile JwtSigner signer;

    @PersistenceContext
    private EntityManager em;

    /** Typed, cached system settings (the token lifetime). */
    @jakarta.ejb.EJB
    private pe.colca.settings.Settings settings;

    /** A one-time password (reset, first administrator) gets no token until the user changed it. */
    @jakarta.ejb.EJB
    private pe.colca.security.Passwords passwords;

    @Override
    public AccessToken issue(String email, String password) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            throw new InvalidCredentials();
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT id, email, password_hash, status FROM users
                        WHERE lower(email) = lower(?1) AND deleted_at IS NULL
                        """)
                .setParameter(1, email.strip())
                .getResultList();
        if (rows.size() != 1) {
            passwordMatches(password, DUMMY_HASH);
            LOG.fine(() -> "token refused: unknown user " + email.strip());
            throw new InvalidCredentials();
        }
        Object[] user = (Object[]) rows.get(0);
        long id = ((Number) user[0]).longValue();
        String login = (String) user[1];
        String hash = (String) user[2];
        String status = (String) user[3];
        if (!passwordMatches(password, hash == null ? DUMMY_HASH : hash) || hash == null || !"ACTIVE".equals(status)) {
            LOG.fine(() -> "token refused for user " + id + " (wrong password or status " + status + ")");
            throw new InvalidCredentials();
        }
        if (passwords.mustChange(id)) {
            throw new pe.colca.security.PasswordChangeRequired();
        }

        em.createNativeQuery("UPDATE users SET last_login = now() WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate();

        JsonArrayBuilder groups = Json.createArrayBuilder();
        for (Object slug : em.createNativeQuery("""
                        SELECT DISTINCT p.slug
                        FROM user_roles ur
                        JOIN role_permissions rp ON rp.role_id = ur.role_id
                        JOIN permissions p ON p.id = rp.permission_id
                        WHERE ur.user_id = ?1
                        ORDER BY p.slug
                        """)
                .setParameter(1, id)
                .getResultList()) {
            groups.add(String.valueOf(slug));
        }

        long ttlSeconds = ttlMinutes() * 60L;
        Instant issuedAt = Instant.now();
        Instant expiresAt = issuedAt.plusSeconds(ttlSeconds);
        JsonObject claims = Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("aud", AUDIENCE)
                .add("sub", login)
                .add("groups", groups)
                .add("iat", issuedAt.getEpochSecond())
                .add("exp", expiresAt.getEpochSecond())
                .add("jti", UUID.randomUUID().toString())
                .build();
        return new AccessToken(signer().sign(claims.toString()), ttlSeconds, expiresAt);
    }

    private static boolean passwordMatches(String password, String hash) {
        try {
            return BCRYPT.verify(password.toCharArray(), hash.toCharArray()).verified;
        } catch (RuntimeException malformedHash) {
            LOG.log(Level.WARNING, "a stored password hash cannot be read as bcrypt: {0}", malformedHash.toString());
            return false;
        }
    }

    private int ttlMinutes() {
        return (int) settings.duration(TTL_SETTING).toMinutes();
    }

    private static JwtSigner signer() {
        JwtSigner current = signer;
        if (current == null) {
            synchronized (DefaultTokenService.class) {
                current = signer;
                if (current == null) {
                    current = loadSigner();
                    signer = current;
                }
            }
        }
        return current;
    }

    private static JwtSigner loadSigner() {
        String path = System.getProperty(KEYSTORE_PROPERTY);
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("system property " + KEYSTORE_PROPERTY
                    + " (PKCS#12 keystore with the JWT signing key) is not set");
        }
        Path file = Path.of(path.strip());
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("JWT keystore " + file + " (system property " + KEYSTORE_PROPERTY
                    + ") does not exist or cannot be read");
        }
        String password = System.getProperty(PASSWORD_PROPERTY, "");
        String alias = System.getProperty(ALIAS_PROPERTY, DEFAULT_ALIAS);
        JwtSigner loaded = JwtSigner.fromKeyStore(file, password.toCharArray(), alias.strip());
        LOG.info(() -> "JWT signing key loaded from " + file + " (alias " + alias.strip() + ")");
        return loaded;
    }
}
