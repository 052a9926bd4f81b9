package pe.colca.security;

/** Whether a user may log in: only {@code ACTIVE} users can. */
public enum UserStatus {
    ACTIVE,
    /** Temporarily blocked (e.g. too many failed logins); can be unlocked. */
    LOCKED,
    /** Switched off by an administrator. */
    DISABLED
}
