package pe.colca.inventory.location;

import jakarta.ejb.Local;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Stores and warehouses. Every method is one transaction; permission slugs guard them
 * ({@code inventory.location.view}, {@code .edit}, {@code .delete}).
 */
@Local
public interface LocationService {

    /** A page of live locations matching the filter (text matches code, name or address, accent-insensitive). */
    Page<Location> search(LocationFilter filter, PageRequest page);

    /** @throws pe.colca.common.RecordNotFound when it does not exist or was deleted */
    Location get(int id);

    /** @throws pe.colca.common.InvalidInput, pe.colca.common.DuplicateKey */
    Location create(LocationData data);

    /**
     * Applies the edit if nobody changed the location since {@code expectedVersion} was read.
     *
     * @throws pe.colca.common.StaleVersion when the version does not match
     */
    Location update(int id, long expectedVersion, LocationData data);

    /** Soft-deletes the location; a reason is required. */
    void delete(int id, long expectedVersion, String reason);

    long countActive();
}
