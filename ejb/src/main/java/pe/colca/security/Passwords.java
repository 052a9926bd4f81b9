package pe.colca.security;

import jakarta.ejb.Local;

/**
 * A user's own password: the change page of the console, {@code POST /api/v1/users/me/password},
 * and the forced change after a reset or for the first administrator.
 */
@Local
public interface Passwords {

    /**
     * Changes the caller's password: the current one must match, the new one must pass the policy
     * (at least 10 characters, not the e-mail nor containing its local part, not a common password).
     * Clears {@code must_change_password}, sets {@code password_changed_at}, rotates the security
     * stamp and audits, in one transaction.
     *
     * @throws pe.colca.common.InvalidInput naming {@code currentPassword} or {@code newPassword}
     */
    void changeOwn(String currentPassword, String newPassword);

    /** Whether the caller must change his password before doing anything else. */
    boolean callerMustChange();

    /** Whether this user must change his password (open to every caller: asked before a token is issued). */
    boolean mustChange(long userId);
}
