package pe.colca.web.inventory;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import pe.colca.common.PageRequest;
import pe.colca.inventory.location.Location;
import pe.colca.inventory.location.LocationFilter;
import pe.colca.inventory.location.LocationService;
import pe.colca.inventory.location.LocationType;
import pe.colca.web.AllPages;

/**
 * A location in a selector or a ledger line: id, code and name (serializable copy). The static methods are
 * the one way a console bean loads the options of a location {@code selectOneMenu}: every page of the
 * service's list (which keeps the caller's store scope), by code; they need {@code inventory.location.view}
 * (the service's refusal goes to the caller).
 */
public record LocationOption(int id, String code, String name, boolean active) implements Serializable {

    public static LocationOption of(Location l) {
        return new LocationOption(l.getId(), l.getCode(), l.getName(), l.isActive());
    }

    /** Every live location of the scope, active or not (filters of lists that show history). */
    public static List<LocationOption> all(LocationService locations) {
        return list(locations, LocationFilter.all(), l -> true);
    }

    /** Every store of the scope (not warehouses), active or not: the store a SUNAT series numbers the sales of. */
    public static List<LocationOption> stores(LocationService locations) {
        return list(locations, LocationFilter.all(), l -> l.getType() == LocationType.STORE);
    }

    /** The active locations of the scope (where stock can move). */
    public static List<LocationOption> active(LocationService locations) {
        return list(locations, new LocationFilter(null, null, Boolean.TRUE), l -> true);
    }

    /** The locations of the scope that sell: active and allowing sales (the POS, the cash register). */
    public static List<LocationOption> selling(LocationService locations) {
        return list(locations, new LocationFilter(null, null, Boolean.TRUE), Location::canSell);
    }

    /** The locations the filter and {@code keep} leave, by code, reading the list page by page. */
    public static List<LocationOption> list(LocationService locations, LocationFilter filter, Predicate<Location> keep) {
        return AllPages.read(offset -> locations.search(filter, new PageRequest(offset, PageRequest.MAX_LIMIT, "code", true)))
                .stream().filter(keep).map(LocationOption::of).sorted(Comparator.comparing(LocationOption::code)).toList();
    }

    /** {@code TDA-01 · Tienda Miraflores}. */
    public String getLabel() {
        return code + " · " + name;
    }
}
