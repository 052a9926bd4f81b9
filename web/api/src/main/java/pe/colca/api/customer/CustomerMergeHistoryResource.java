package pe.colca.api.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.customer.CustomerMergeService;
import pe.colca.customer.MergeRecord;

/** {@code /api/v1/customers/{id}/merges}: the merge history of a customer. */
@Path("/customers/{id}/merges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer merge")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class CustomerMergeHistoryResource {

    @EJB
    private CustomerMergeService merges;

    @GET
    @Operation(operationId = "listCustomerMerges", summary = "A customer's merge history",
            description = "The merges into this customer (and the one that absorbed him, if any), newest first: the "
                    + "absorbed customer's snapshot, the strategy, who, when and why. Needs customer.view.")
    @APIResponse(responseCode = "200", description = "The merges.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MergeRecord.class)))
    @RolesAllowed("customer.view")
    public List<MergeRecord> history(@PathParam("id") long id) {
        return merges.history(id);
    }

}
