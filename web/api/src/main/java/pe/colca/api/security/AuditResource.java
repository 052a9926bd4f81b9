package pe.colca.api.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.security.AuditLogService;

/** {@code /api/v1/audit}: the audit trail's integrity (permission {@code audit.view}). */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AuditResource {

    @EJB
    private AuditLogService audit;

    @GET
    @Path("/verify")
    @Operation(operationId = "verifyAuditChain", summary = "Verify the audit hash chain",
            description = "Chains the rows written so far, then recomputes every row's SHA-256 from its content and "
                    + "the previous row's hash, and reports the first broken link (row id, expected and stored hash) "
                    + "and how many rows are not sealed yet. A broken chain is a 200 with ok=false. Needs audit.view.")
    @APIResponse(responseCode = "200", description = "The result of the verification.",
            content = @Content(schema = @Schema(implementation = AuditCheckView.class)))
    @RolesAllowed("audit.view")
    public AuditCheckView verify() {
        return AuditCheckView.of(audit.verify());
    }
}
