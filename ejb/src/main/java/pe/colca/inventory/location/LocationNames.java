package pe.colca.inventory.location;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.Map;

/**
 * Code and name of locations by id, for other areas' lists ("store" columns of orders, payments): open to
 * every signed-in caller, since a location's code and name are no secret. Deleted locations are included
 * (an old order still names its store).
 */
@Local
public interface LocationNames {

    /** Id → {@code "CODE · Name"}; ids that do not exist are absent. */
    Map<Long, String> names(Collection<Long> ids);
}
