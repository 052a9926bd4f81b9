/**
 * Inventory locations: the stores and warehouses that hold stock ({@link pe.colca.inventory.location.Location},
 * optimistic locking and soft delete with a reason). The pattern a new screen copies: entity,
 * {@link pe.colca.inventory.location.LocationService} and {@code internal.DefaultLocationService}.
 */
package pe.colca.inventory.location;
