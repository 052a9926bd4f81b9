package pe.colca.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.colca.security.AuditTrail;

/**
 * Writes the {@code ACCESS_DENIED} audit row of a console action the services refused ("No tiene
 * permiso"), in a transaction of its own so it survives the refused call's rollback. Used by
 * {@link FacesErrors} (refusals shown as messages) and {@link DeniedPageFilter} (refusals that reach
 * the 403 page). Never throws: the message to the user matters more than the row.
 */
@ApplicationScoped
public class DeniedActions {

    private static final Logger LOG = Logger.getLogger(DeniedActions.class.getName());

    @EJB
    private AuditTrail audit;

    /** From static code (FacesErrors): the bean through CDI. */
    static void recordFromFaces(Throwable error) {
        try {
            FacesContext faces = FacesContext.getCurrentInstance();
            String view = faces == null || faces.getViewRoot() == null ? "?" : faces.getViewRoot().getViewId();
            CDI.current().select(DeniedActions.class).get().record("console " + view, error);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the audit row of a refused console action was not written", e);
        }
    }

    public void record(String operation, Throwable error) {
        try {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("channel", "console");
            details.put("refusal", error == null ? null : error.getMessage());
            audit.recordDenied(operation, details);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the audit row of a refused console action was not written", e);
        }
    }
}
