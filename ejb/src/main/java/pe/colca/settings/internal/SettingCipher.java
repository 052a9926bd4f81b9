package pe.colca.settings.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption of settings marked {@code is_encrypted}: AES-256-GCM with a random 96-bit nonce per
 * value and the setting's key as additional authenticated data (a ciphertext copied to another row
 * does not decrypt). Stored as {@code gcm1:<Base64(nonce || ciphertext || tag)>}.
 *
 * <p>The AES key is the SHA-256 of the server's secret, {@code COLCA_SETTINGS_KEY} in WildFly's
 * environment (read through {@link pe.colca.security.SecretSource}, never a system property); without
 * it the development default {@value #DEV_SECRET} is used and a warning logged (outside development
 * the deployment is refused instead). Changing the secret makes the stored values unreadable: rotate it
 * with {@link SettingKeyRotation} (docs/security-hardening.md), which re-encrypts them.
 */
public final class SettingCipher {

    public static final String DEV_SECRET = "colca-dev-only-settings-key";
    static final String PREFIX = "gcm1:";

    private static final Logger LOG = Logger.getLogger(SettingCipher.class.getName());
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile SettingCipher current;

    private final String secret;
    private final SecretKey key;

    public SettingCipher(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the settings secret is empty");
        }
        this.secret = secret;
        this.key = new SecretKeySpec(sha256(secret), "AES");
    }

    /** The cipher of the server's configured secret (re-created if the secret changes). */
    public static SettingCipher current() {
        String configured = pe.colca.security.SecretSource.settingsKey();
        SettingCipher cipher = current;
        if (cipher == null || !cipher.secret.equals(configured)) {
            if (DEV_SECRET.equals(configured)) {
                LOG.warning("encrypted settings use the development key: set COLCA_SETTINGS_KEY in production");
            }
            cipher = new SettingCipher(configured);
            current = cipher;
        }
        return cipher;
    }

    /** The stored form of {@code plain} for the setting {@code settingKey}. */
    public String encrypt(String settingKey, String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(settingKey.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The plain text of a stored value.
     *
     * @throws IllegalArgumentException when it is not ours, was encrypted with another secret or for
     *                                  another setting, or was tampered with
     */
    public String decrypt(String settingKey, String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not an encrypted setting value");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (in.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new IllegalArgumentException("encrypted setting value too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(settingKey.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the encrypted setting value does not decrypt with this key", e);
        }
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
