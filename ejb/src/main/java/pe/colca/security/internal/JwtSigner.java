package pe.colca.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;

/**
 * Signs JSON Web Tokens with RS256 (RSASSA-PKCS1-v1_5 with SHA-256) using only the JDK. The header
 * is always {@code {"alg":"RS256","typ":"JWT"}} without {@code kid}: the Elytron token realm is
 * configured with the one certificate of the keystore and needs no key id to pick it.
 *
 * <p>Immutable and thread-safe ({@link Signature} instances are created per call).
 */
public final class JwtSigner {

    private static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    JwtSigner(PrivateKey privateKey, PublicKey publicKey) {
        if (!(privateKey instanceof RSAPrivateKey)) {
            throw new IllegalArgumentException("RS256 needs an RSA private key, got "
                    + (privateKey == null ? "none" : privateKey.getAlgorithm()));
        }
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /**
     * Reads the RSA key pair stored under {@code alias} in a PKCS#12 keystore (the key password is
     * the keystore password, as keytool writes PKCS#12).
     */
    public static JwtSigner fromKeyStore(Path path, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            Key key = store.getKey(alias, password);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new IllegalStateException("keystore " + path + " has no private key under alias '" + alias + "'");
            }
            Certificate certificate = store.getCertificate(alias);
            return new JwtSigner(privateKey, certificate == null ? null : certificate.getPublicKey());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the JWT signing key from " + path + " (alias '" + alias + "'): " + e, e);
        }
    }

    /** The compact serialization {@code header.claims.signature} of the given claims (a JSON object). */
    public String sign(String claimsJson) {
        String signingInput = encode(HEADER) + "." + encode(claimsJson);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a JWT: " + e, e);
        }
    }

    /** The public half (from the keystore's certificate), for checks; null if the entry has no certificate. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** Checks a token signed with this key: true if the signature is valid. For tests and diagnostics. */
    public boolean verify(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3 || publicKey == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(publicKey);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The claims (JSON text) of a compact JWT, without checking the signature. */
    public static String claimsOf(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a compact JWS");
        }
        return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
