package pe.colca.catalog.importing;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;
import java.util.Set;

/**
 * The file would create, edit or reprice products with a permission the caller lacks (HTTP 403
 * {@code forbidden}, a "no permission" message in the console); nothing was stored or started.
 */
@ApplicationException(rollback = true)
public class ImportNotPermitted extends EJBAccessException {

    private static final long serialVersionUID = 1L;

    private final Set<String> missing;

    public ImportNotPermitted(Set<String> missing) {
        super("the import needs the permission(s) " + String.join(", ", missing));
        this.missing = Set.copyOf(missing);
    }

    /** The permission slugs the file needs and the caller lacks. */
    public Set<String> missing() {
        return missing;
    }
}
