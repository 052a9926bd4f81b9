package pe.colca.web.inventory;

import java.io.Serializable;
import pe.colca.inventory.location.Location;

/** A location in a selector or a ledger line: id, code and name (serializable copy). */
public record LocationOption(int id, String code, String name, boolean active) implements Serializable {

    static LocationOption of(Location l) {
        return new LocationOption(l.getId(), l.getCode(), l.getName(), l.isActive());
    }

    /** {@code TDA-01 · Tienda Miraflores}. */
    public String getLabel() {
        return code + " · " + name;
    }
}
