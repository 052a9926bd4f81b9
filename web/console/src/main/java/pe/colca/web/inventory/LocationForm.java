package pe.colca.web.inventory;

import java.io.Serializable;
import pe.colca.inventory.location.Location;
import pe.colca.inventory.location.LocationData;
import pe.colca.inventory.location.LocationType;

/**
 * What the create/edit dialog edits. For an edit it remembers the id and the version read when the
 * dialog opened; that version goes back to {@code update}, so a change made by somebody else in the
 * meantime is refused as a conflict instead of being overwritten.
 */
public class LocationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer id;
    private long version;
    private String code;
    private String name;
    private String address;
    private LocationType type;
    private boolean active = true;
    private boolean allowsSales = true;

    public static LocationForm blank() {
        return new LocationForm();
    }

    public static LocationForm of(Location l) {
        LocationForm form = new LocationForm();
        form.id = l.getId();
        form.version = l.getVersion();
        form.code = l.getCode();
        form.name = l.getName();
        form.address = l.getAddress();
        form.type = l.getType();
        form.active = l.isActive();
        form.allowsSales = l.isAllowsSales();
        return form;
    }

    public LocationData toData() {
        return new LocationData(code, name, address, type, active, allowsSales);
    }

    public boolean isNew() {
        return id == null;
    }

    public Integer getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public LocationType getType() {
        return type;
    }

    public void setType(LocationType type) {
        this.type = type;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isAllowsSales() {
        return allowsSales;
    }

    public void setAllowsSales(boolean allowsSales) {
        this.allowsSales = allowsSales;
    }
}
