package pe.colca.web.cash;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import pe.colca.inventory.location.LocationService;
import pe.colca.web.FacesErrors;
import pe.colca.web.inventory.LocationOption;

/**
 * The locations of the caller's scope for the cash screens' pickers and labels ({@code LIM-01 · Tienda
 * Miraflores}), read once per view: only those that sell (active, allowing sales) where a session is
 * opened, every active one where sessions are listed. A user who may not list locations sees the ids.
 */
final class CashLocations implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, String> labels = new LinkedHashMap<>();

    CashLocations(LocationService locations, boolean sellingOnly) {
        try {
            (sellingOnly ? LocationOption.selling(locations) : LocationOption.active(locations))
                    .forEach(l -> labels.put((long) l.id(), l.getLabel()));
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
