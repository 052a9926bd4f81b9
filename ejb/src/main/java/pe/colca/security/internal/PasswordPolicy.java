package pe.colca.security.internal;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The password rules of issue 10, hashing and one-time passwords. A password is refused when it is
 * shorter than {@value #MIN_LENGTH} characters, equals the e-mail or contains its local part (the
 * part before {@code @}, when it has 3 characters or more), or is on the list of common passwords
 * shipped with the application ({@value #COMMON_LIST}, compared case-insensitively; how it was made
 * is told in its header). Hashes are bcrypt {@code $2a$}, the variant Elytron's modular-crypt mapper
 * reads.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    static final String COMMON_LIST = "/pe/colca/security/common-passwords.txt";
    private static final int COST = 10;
    /** No 0/O, 1/l/I: a one-time password is read out or typed from a screen. */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BCrypt.Verifyer VERIFYER = BCrypt.verifyer(BCrypt.Version.VERSION_2A,
            LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2A));
    private static volatile Set<String> common;

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> refusal(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("security.password.tooShort");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (email != null && !email.isBlank()) {
            String mail = email.strip().toLowerCase(Locale.ROOT);
            int at = mail.indexOf('@');
            String local = at > 0 ? mail.substring(0, at) : mail;
            if (lower.equals(mail) || (local.length() >= 3 && lower.contains(local))) {
                return Optional.of("security.password.likeEmail");
            }
        }
        if (commonPasswords().contains(lower)) {
            return Optional.of("security.password.common");
        }
        return Optional.empty();
    }

    public static String hash(String password) {
        return BCrypt.with(BCrypt.Version.VERSION_2A).hashToString(COST, password.toCharArray());
    }

    public static boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        try {
            return VERIFYER.verify(password.toCharArray(), hash.toCharArray()).verified;
        } catch (RuntimeException malformedHash) {
            return false;
        }
    }

    /** 14 characters of an unambiguous alphabet (about 81 bits): never on the common list. */
    public static String oneTimePassword() {
        StringBuilder text = new StringBuilder(14);
        for (int i = 0; i < 14; i++) {
            text.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    static Set<String> commonPasswords() {
        Set<String> loaded = common;
        if (loaded == null) {
            loaded = load();
            common = loaded;
        }
        return loaded;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_LIST + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
