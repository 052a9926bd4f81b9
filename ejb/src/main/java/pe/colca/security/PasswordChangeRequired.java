package pe.colca.security;

import pe.colca.common.BusinessException;

/**
 * The password is right, but it is a one-time password (reset by an administrator, or the first
 * administrator's): no API token until the user has chosen his own in the console.
 */
public class PasswordChangeRequired extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PasswordChangeRequired() {
        super(Kind.RULE, "password-change-required", "security.password.changeRequired");
    }
}
