package pe.colca.web.inventory;

import java.io.Serializable;
import java.time.Instant;
import pe.colca.inventory.location.Location;
import pe.colca.inventory.location.LocationType;

/**
 * One line of the location list: a serializable copy of what the screen shows (the view-scoped
 * list lives in the HTTP session, which may be replicated; the entity stays in the EJB layer).
 */
public final class LocationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int id;
    private final String code;
    private final String name;
    private final String address;
    private final LocationType type;
    private final boolean active;
    private final boolean allowsSales;
    private final long version;
    private final Instant updatedAt;

    private LocationRow(Location l) {
        this.id = l.getId();
        this.code = l.getCode();
        this.name = l.getName();
        this.address = l.getAddress();
        this.type = l.getType();
        this.active = l.isActive();
        this.allowsSales = l.isAllowsSales();
        this.version = l.getVersion();
        this.updatedAt = l.getUpdatedAt();
    }

    public static LocationRow of(Location location) {
        return new LocationRow(location);
    }

    public int getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public LocationType getType() {
        return type;
    }

    /** Bundle key of the type's label, e.g. {@code location.type.STORE}. */
    public String getTypeKey() {
        return "location.type." + type;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isAllowsSales() {
        return allowsSales;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
