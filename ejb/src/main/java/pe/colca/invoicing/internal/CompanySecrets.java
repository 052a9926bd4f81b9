package pe.colca.invoicing.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import pe.colca.security.SecretSource;

/**
 * Encryption at rest of a company's secrets (SOL password, PKCS#12 and its password): AES-256-GCM, a
 * random 96-bit nonce per value, the company's RUC and the field as additional authenticated data (a
 * ciphertext copied to another company or column does not decrypt). Stored as
 * {@code gcm1:<Base64(nonce || ciphertext || tag)>}. The key is SHA-256 of {@code "colca-invoicing:"} and
 * the server secret {@code COLCA_SETTINGS_KEY} read through {@link SecretSource} (credential store, then
 * environment): a key of its own, derived from the secret the installation already manages.
 */
final class CompanySecrets {

    static final String PREFIX = "gcm1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    CompanySecrets(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("colca-invoicing:" + secret).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(digest, "AES");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cipher of the server's configured secret. */
    static CompanySecrets current() {
        return new CompanySecrets(SecretSource.settingsKey());
    }

    String encrypt(String ruc, String field, byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(ruc, field));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    String encrypt(String ruc, String field, String plain) {
        return encrypt(ruc, field, plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalStateException when it does not decrypt (another key, another company or field, tampered) */
    byte[] decrypt(String ruc, String field, String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("not an encrypted company secret");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(aad(ruc, field));
            return cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the " + field + " of company " + ruc + " does not decrypt with this key", e);
        }
    }

    private static byte[] aad(String ruc, String field) {
        return ("companies:" + ruc + ":" + field).getBytes(StandardCharsets.UTF_8);
    }
}
