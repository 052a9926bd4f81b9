package pe.colca.security;

import jakarta.ejb.Local;

/**
 * What the console tells the security area about its FORM logins (the password check itself is
 * Elytron's, with its brute-force protection): the audit rows of logins and failed logins, written
 * in a transaction of their own.
 */
@Local
public interface ConsoleLogins {

    /** A session started for this login (email). */
    void succeeded(String email);

    /** A login form was refused for this login (whatever was typed, trimmed to 254 characters). */
    void failed(String email);
}
