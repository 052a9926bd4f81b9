package pe.colca.security.internal;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.colca.common.RequestMetadata;
import pe.colca.security.ApiAccessDenied;
import pe.colca.security.AuditTrail;
import pe.colca.security.AuthenticatedUsers;
import pe.colca.security.AuthenticatedUsers.AuthenticatedUser;
import pe.colca.security.InvalidCredentials;
import pe.colca.security.LoginThrottled;
import pe.colca.security.TokenService;

/**
 * Checks credentials with native queries on {@code users} (the API has no session, so there is no
 * JPA entity to go through) and signs the token with the key of a PKCS#12 keystore.
 *
 * <p>Configuration (system properties, set by the server configuration):
 * <ul>
 *   <li>{@value #KEYSTORE_PROPERTY}: path of the PKCS#12 keystore (required);</li>
 *   <li>{@value #ALIAS_PROPERTY}: the key's alias, default {@value #DEFAULT_ALIAS}.</li>
 * </ul>
 * Its password is a secret: it comes from {@link pe.colca.security.SecretSource#jwtKeystorePassword()}
 * (the environment), never from a system property.
 * The key is read once and kept; a failed read is not kept, so fixing the keystore needs no redeploy.
 * The token lifetime is the system setting {@value #TTL_SETTING} (minutes, default {@value #DEFAULT_TTL_MINUTES}).
 */
@Stateless
@PermitAll
public class DefaultTokenService implements TokenService {

    static final String KEYSTORE_PROPERTY = "colca.jwt.keystore";
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

    static final int DEFAULT_MAX_TTL_MINUTES = 720;
    static final String API_ACCESS = "api.access";

    /** JSON-P's provider, looked up once (Json.createXxx() looks it up through ServiceLoader on every call). */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Password attempts per account and per client address, for this server. */
    private static final LoginThrottle THROTTLE = new LoginThrottle(System::currentTimeMillis);

    private static volatile JwtSigner signer;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuthenticatedUsers users;

    @EJB
    private AuditTrail audit;

    @EJB
    private LoginAudit loginAudit;

    @Inject
    private Instance<RequestMetadata> request;

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
        String login = email.strip().toLowerCase(Locale.ROOT);
        String address = clientAddress();
        long wait = THROTTLE.begin(login, address);
        if (wait > 0) {
            LOG.fine(() -> "token refused without a password check: throttled " + login + " from " + address);
            loginAudit.record(LoginAudit.TOKEN_LOGIN_FAILED, null, login, "throttled");
            throw new LoginThrottled(wait);
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT id, email, password_hash, status, CAST(security_stamp AS text) AS stamp FROM users
                        WHERE lower(email) = lower(?1) AND deleted_at IS NULL
                        """, Tuple.class)
                .setParameter(1, login)
                .getResultList();
        if (rows.size() != 1) {
            passwordMatches(password, DUMMY_HASH);
            LOG.fine(() -> "token refused: unknown user " + login);
            loginAudit.record(LoginAudit.TOKEN_LOGIN_FAILED, null, login, "credentials");
            throw new InvalidCredentials();
        }
        Tuple user = (Tuple) rows.get(0);
        long id = ((Number) user.get("id")).longValue();
        String hash = (String) user.get("password_hash");
        String status = (String) user.get("status");
        if (!passwordMatches(password, hash == null ? DUMMY_HASH : hash) || hash == null || !"ACTIVE".equals(status)) {
            LOG.fine(() -> "token refused for user " + id + " (wrong password or status " + status + ")");
            loginAudit.record(LoginAudit.TOKEN_LOGIN_FAILED, id, login, "credentials");
            throw new InvalidCredentials();
        }
        THROTTLE.succeeded(login, address);
        if (passwords.mustChange(id)) {
            throw new pe.colca.security.PasswordChangeRequired();
        }

        JsonArrayBuilder groups = JSON.createArrayBuilder();
        boolean apiAccess = false;
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
            apiAccess |= API_ACCESS.equals(slug);
        }
        if (!apiAccess) {
            loginAudit.record(LoginAudit.TOKEN_LOGIN_FAILED, id, login, "no-api-access");
            throw new ApiAccessDenied();
        }

        em.createNativeQuery("UPDATE users SET last_login = now() WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate();

        long ttlSeconds = ttlMinutes() * 60L;
        Instant issuedAt = Instant.now();
        Instant expiresAt = issuedAt.plusSeconds(ttlSeconds);
        String jti = UUID.randomUUID().toString();
        JsonObject claims = JSON.createObjectBuilder()
                .add("iss", ISSUER)
                .add("aud", AUDIENCE)
                .add("sub", String.valueOf(id))
                .add("email", (String) user.get("email"))
                .add("stamp", (String) user.get("stamp"))
                .add("groups", groups)
                .add("iat", issuedAt.getEpochSecond())
                .add("exp", expiresAt.getEpochSecond())
                .add("jti", jti)
                .build();
        audit.recordAs(id, LoginAudit.TOKEN_ISSUED, "users", id, null,
                Map.of("jti", jti, "expiresAt", expiresAt.toString()));
        return new AccessToken(signer().sign(claims.toString()), ttlSeconds, expiresAt);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean accepts(String subject, String token) {
        if (subject == null || token == null) {
            return false;
        }
        JsonObject claims;
        try (JsonReader reader = JSON.createReader(new StringReader(JwtSigner.claimsOf(token)))) {
            claims = reader.readObject();
        } catch (RuntimeException unreadable) {
            return false;
        }
        Optional<AuthenticatedUser> user = users.byPrincipal(subject);
        if (user.isEmpty() || !user.get().active() || !user.get().apiAccess()
                || !user.get().stamp().equals(claims.getString("stamp", null))) {
            return false;
        }
        JsonNumber issuedAt = claims.getJsonNumber("iat");
        JsonNumber expiresAt = claims.getJsonNumber("exp");
        return issuedAt != null && expiresAt != null
                && expiresAt.longValue() - issuedAt.longValue() <= maxTtlMinutes() * 60L;
    }

    private static boolean passwordMatches(String password, String hash) {
        try {
            return BCRYPT.verify(password.toCharArray(), hash.toCharArray()).verified;
        } catch (RuntimeException malformedHash) {
            LOG.log(Level.WARNING, "a stored password hash cannot be read as bcrypt: {0}", malformedHash.toString());
            return false;
        }
    }

    /** The lifetime setting, capped by the maximum (a lifetime above it is never signed). */
    private int ttlMinutes() {
        return (int) Math.min(settings.duration(TTL_SETTING).toMinutes(), maxTtlMinutes());
    }

    private long maxTtlMinutes() {
        try {
            return settings.duration(MAX_TTL_SETTING).toMinutes();
        } catch (RuntimeException missing) {
            return DEFAULT_MAX_TTL_MINUTES;
        }
    }

    private String clientAddress() {
        try {
            String ip = request.get().getIpAddress();
            return ip == null ? "unknown" : ip;
        } catch (RuntimeException noRequest) {
            return "unknown";
        }
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
        String alias = System.getProperty(ALIAS_PROPERTY, DEFAULT_ALIAS);
        JwtSigner loaded = JwtSigner.fromKeyStore(file, pe.colca.security.SecretSource.jwtKeystorePassword(),
                alias.strip());
        LOG.info(() -> "JWT signing key loaded from " + file + " (alias " + alias.strip() + ")");
        return loaded;
    }
}
