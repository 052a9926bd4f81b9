package pe.colca.sunatsim;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The SOL users the simulator knows, as SUNAT checks the WS-Security UsernameToken: the username is the
 * RUC followed by the SOL user ({@code 20000000001MODDATOS}). An entry is {@code username=password}, or
 * {@code username=password;nocpe} for a user without the electronic-invoicing profile (0111). A username
 * {@code *MODDATOS} stands for that user under any RUC, as SUNAT beta accepts.
 *
 * <p>Loaded from the file named by the system property {@code colca.sunatsim.users.file} (a properties
 * file), else from {@code colca.sunatsim.users} (entries separated by commas), else {@link #DEFAULT}.
 */
public final class SolUsers {

    /** Development and tests: SUNAT beta's credentials, for the sample RUC and for any RUC. */
    public static final String DEFAULT = "20000000001MODDATOS=moddatos,*MODDATOS=moddatos";

    private record Account(String password, boolean cpeProfile) {
    }

    private final Map<String, Account> accounts;

    private SolUsers(Map<String, Account> accounts) {
        this.accounts = Map.copyOf(accounts);
    }

    /** The users from the system properties (see the class comment). */
    public static SolUsers configured() {
        String file = System.getProperty("colca.sunatsim.users.file");
        if (file != null && !file.isBlank()) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the SOL users of the SUNAT simulator from " + file, e);
            }
            Map<String, Account> accounts = new LinkedHashMap<>();
            p.stringPropertyNames().forEach(user -> accounts.put(user, account(p.getProperty(user))));
            return new SolUsers(accounts);
        }
        return parse(System.getProperty("colca.sunatsim.users", DEFAULT));
    }

    /** {@code user=password[;nocpe]} entries separated by commas. */
    public static SolUsers parse(String spec) {
        Map<String, Account> accounts = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("a SOL user entry is user=password[;nocpe]: " + entry.strip());
            }
            accounts.put(entry.substring(0, eq).strip(), account(entry.substring(eq + 1).strip()));
        }
        return new SolUsers(accounts);
    }

    private static Account account(String value) {
        if (value.endsWith(";nocpe")) {
            return new Account(value.substring(0, value.length() - ";nocpe".length()), false);
        }
        return new Account(value, true);
    }

    /**
     * SUNAT's first checks: a UsernameToken (0101), a known user with that password (0102), the CPE
     * profile (0111). Returns the RUC the user acts for.
     */
    public String authenticate(String username, String password) throws SunatFault {
        if (username == null || username.isBlank() || password == null) {
            throw new SunatFault("0101");
        }
        if (username.length() <= 11 || !username.substring(0, 11).chars().allMatch(Character::isDigit)) {
            throw new SunatFault("0102");
        }
        Account account = accounts.get(username);
        if (account == null) {
            account = accounts.get("*" + username.substring(11));
        }
        if (account == null || !constantTimeEquals(account.password(), password)) {
            throw new SunatFault("0102");
        }
        if (!account.cpeProfile()) {
            throw new SunatFault("0111");
        }
        return username.substring(0, 11);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
