package pe.colca.web.inventory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import pe.colca.common.PageRequest;
import pe.colca.inventory.location.Location;
import pe.colca.inventory.location.LocationFilter;
import pe.colca.inventory.location.LocationService;
import pe.colca.inventory.location.LocationType;

/** A location in a selector or a ledger line: id, code and name (serializable copy). */
public record LocationOption(int id, String code, String name, boolean active) implements Serializable {

    static LocationOption of(Location l) {
        return new LocationOption(l.getId(), l.getCode(), l.getName(), l.isActive());
    }

    /** Every store (not warehouses), by code, for a selector; needs {@code inventory.location.view}. */
    public static List<LocationOption> stores(LocationService locations) {
        List<LocationOption> stores = new ArrayList<>();
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            List<Location> items = locations.search(LocationFilter.all(),
                    new PageRequest(offset, PageRequest.MAX_LIMIT, "code", true)).items();
            items.stream().filter(l -> l.getType() == LocationType.STORE).map(LocationOption::of).forEach(stores::add);
            if (items.size() < PageRequest.MAX_LIMIT) {
                return stores;
            }
        }
    }

    /** {@code TDA-01 · Tienda Miraflores}. */
    public String getLabel() {
        return code + " · " + name;
    }
}
