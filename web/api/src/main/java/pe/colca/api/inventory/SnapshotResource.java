package pe.colca.api.inventory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.QueryValues;
import pe.colca.api.inventory.CountViews.SnapshotTaken;
import pe.colca.api.inventory.CountViews.SnapshotView;
import pe.colca.common.InvalidInput;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.inventory.count.CountService;
import pe.colca.inventory.count.SnapshotFilter;
import pe.colca.inventory.count.SnapshotType;

/**
 * {@code /api/v1/inventory/snapshots}: the audit snapshots (written by count approvals, the daily
 * scheduled snapshot and "take a snapshot now").
 */
@Path("/inventory/snapshots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory counts")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class SnapshotResource {

    @EJB
    private CountService counts;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listSnapshots",
            summary = "List audit snapshots", description = "Newest first. Filters: locationId, variantId, type, "
            + "from/to (ISO instant or a date, midnight in Lima; to exclusive). Needs inventory.view.")
    @APIResponse(responseCode = "200", description = "A page of snapshots; Link header with next/prev/first/last.",
            content = @Content(schema = @Schema(implementation = InventorySchemas.AuditSnapshotPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("inventory.view")
    public Response list(@QueryParam("locationId") String locationId, @QueryParam("variantId") String variantId,
                         @QueryParam("type") @Parameter(schema = @Schema(type = SchemaType.STRING,
                                 enumeration = {"SCHEDULED", "COUNT", "MANUAL"})) String type,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @BeanParam PageParams paging) {
        Locale locale = request.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("snapshotAt"), "snapshotAt", errors, locale);
        Long location = InventoryInput.id("locationId", locationId, errors, locale);
        Long variant = InventoryInput.id("variantId", variantId, errors, locale);
        SnapshotType typeFilter = QueryValues.enumeration("type", type, SnapshotType.class, errors, locale);
        SnapshotFilter filter = new SnapshotFilter(location == null ? null : location.intValue(), variant, typeFilter,
                InventoryInput.instant("from", from, errors, locale), InventoryInput.instant("to", to, errors, locale));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(counts.snapshots(filter, page).map(SnapshotView::of), uri);
    }

    @POST
    @Operation(operationId = "takeSnapshot",
            summary = "Take a full snapshot now", description = "One MANUAL row per stock row (what the daily "
            + "scheduled snapshot writes as SCHEDULED): snapshotQuantity = on hand, discrepancy = ledger sum − on "
            + "hand. Needs inventory.count.approve.")
    @APIResponse(responseCode = "201", description = "Taken: how many rows were written.",
            content = @Content(schema = @Schema(implementation = SnapshotTaken.class)))
    @RolesAllowed("inventory.count.approve")
    public Response take() {
        return Response.status(Response.Status.CREATED).entity(new SnapshotTaken(counts.takeSnapshot())).build();
    }
}
