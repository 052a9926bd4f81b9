package pe.colca.security;

import jakarta.ejb.Local;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * The users screen and {@code /api/v1/users}. Every method is one transaction guarded by
 * {@code security.user.view} / {@code security.user.edit}; every write leaves an {@code audit_logs}
 * row (never a password hash), and every lock, delete and password reset rotates the user's security
 * stamp in the same transaction, so his tokens stop working when it commits.
 *
 * <p>Refused with a clear message: a user locking or deleting himself or taking
 * {@code security.user.edit}/{@code security.role.edit} away from himself, and any change that would
 * leave no active user holding one of those two permissions (the last administrator).
 */
@Local
public interface UserAdministration {

    Page<UserView> search(UserFilter filter, PageRequest page);

    /** @throws pe.colca.common.RecordNotFound when it does not exist or was deleted */
    UserView get(long id);

    /**
     * Creates an active user. {@code initialPassword} null or blank: a one-time password is generated
     * and returned once; either way the user must change it at his first login.
     *
     * @throws pe.colca.common.InvalidInput for a bad field or a password the policy refuses
     * @throws pe.colca.common.DuplicateKey when a live user has the e-mail
     */
    CreatedUser create(UserData data, String initialPassword);

    /** @throws pe.colca.common.StaleVersion when somebody changed the user since {@code expectedVersion} */
    UserView update(long id, long expectedVersion, UserData data);

    UserView lock(long id, long expectedVersion);

    UserView unlock(long id, long expectedVersion);

    /** Soft delete with a reason; the e-mail frees up. */
    void delete(long id, long expectedVersion, String reason);

    /** Sets a generated one-time password (returned once) that the user must change at his next login. */
    String resetPassword(long id, long expectedVersion);
}
