package pe.colca.web.cash;

import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import pe.colca.common.PageRequest;
import pe.colca.inventory.location.LocationFilter;
import pe.colca.inventory.location.LocationService;
import pe.colca.inventory.location.LocationType;
import pe.colca.web.FacesErrors;

/**
 * The stores of the caller's scope for the cash screens' pickers and labels ({@code LIM-01 · Tienda
 * Miraflores}), read once per view. A user who may not list locations sees the ids.
 */
final class CashLocations implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, String> labels = new LinkedHashMap<>();

    CashLocations(LocationService locations, boolean storesOnly) {
        try {
            locations.search(new LocationFilter(null, storesOnly ? LocationType.STORE : null, Boolean.TRUE),
                            new PageRequest(0, PageRequest.MAX_LIMIT, "code", true))
                    .items().stream().sorted(Comparator.comparing(l -> l.getCode()))
                    .forEach(l -> labels.put(l.getId().longValue(), l.getCode() + " · " + l.getName()));
        } catch (RuntimeException e) {
            if (!FacesErrors.isAccessDenied(e)) {
                throw e;
            }
        }
    }

    Map<Long, String> labels() {
        return labels;
    }

    String label(long id) {
        return labels.getOrDefault(id, "#" + id);
    }
}
