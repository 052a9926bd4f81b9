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

    /**
     * @throws pe.colca.common.RecordNotFound when it does not exist or was deleted
     * @throws pe.colca.security.OutOfScope when it is not one of the caller's locations
     */
    Location get(int id);

    /**
     * Every live, active location, also outside the caller's store scope: where a transfer may be sent
     * (a store sends to the warehouse it does not work in). Only code and name are meant to be shown.
     */
    java.util.List<Location> transferDestinations();

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
