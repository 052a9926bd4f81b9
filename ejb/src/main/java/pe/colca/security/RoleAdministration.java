package pe.colca.security;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The roles screen and {@code /api/v1/roles}: roles over the permission catalogue. Reads need
 * {@code security.user.view}, writes {@code security.role.edit}; every write is audited. Removing
 * {@code security.role.edit} or {@code security.user.edit} so that no active user holds it any more,
 * or from the caller himself, is refused; a role somebody holds cannot be deleted.
 */
@Local
public interface RoleAdministration {

    /** Every role by name, with the number of (live) users holding it. */
    List<RoleView> list();

    RoleView get(int id);

    /** The permission catalogue by slug (so grouped by area). */
    List<PermissionView> permissions();

    RoleView create(RoleData data);

    RoleView update(int id, long expectedVersion, RoleData data);

    void delete(int id, long expectedVersion);
}
