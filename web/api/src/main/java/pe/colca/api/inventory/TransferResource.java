package pe.colca.api.inventory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.api.ETags;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.QueryValues;
import pe.colca.common.InvalidInput;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.inventory.transfer.InTransit;
import pe.colca.inventory.transfer.TransferDetail;
import pe.colca.inventory.transfer.TransferFilter;
import pe.colca.inventory.transfer.TransferService;
import pe.colca.inventory.transfer.TransferStatus;

/**
 * {@code /api/v1/inventory/transfers}: transfers of stock between locations (docs/api.md,
 * docs/inventory-transfers.md). One service call per method; ETag = version and {@code If-Match}
 * required on every change (dispatch, receipts, close and cancel included), so a stale screen gets
 * 409 instead of moving stock twice.
 */
@Path("/inventory/transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory transfers")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class TransferResource {

    static final Set<String> SORTABLE = Set.of("number", "status", "createdAt", "dispatchedAt", "receivedAt");
    private static final String IF_MATCH = "ETag of the version read, e.g. \"3\".";

    @EJB
    private TransferService transfers;

    @Inject
    private RequestMetadata request;

    @Inject
    private Validator validator;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listTransfers",
            summary = "List transfers", description = "Newest first unless sort/order say otherwise. Needs "
            + "inventory.view.")
    @APIResponse(responseCode = "200", description = "A page of transfers (TransferSummary); Link header.",
            content = @Content(schema = @Schema(implementation = InventorySchemas.TransferSummaryPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("inventory.view")
    public Response list(
            @QueryParam("status") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"DRAFT",
                    "DISPATCHED", "PARTIALLY_RECEIVED", "RECEIVED", "CANCELLED"})) String status,
            @QueryParam("fromLocationId") String fromLocationId,
            @QueryParam("toLocationId") String toLocationId,
            @QueryParam("locationId") @Parameter(description = "Either end.") String locationId,
            @QueryParam("q") @Parameter(description = "Part of the transfer number.") String q,
            @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, SORTABLE, "createdAt", errors, request.getLocale());
        if (!uri.getQueryParameters().containsKey("order")) {
            page = new PageRequest(page.offset(), page.limit(), page.sortField(), false); // newest first
        }
        TransferStatus statusFilter = QueryValues.enumeration("status", status, TransferStatus.class, errors,
                request.getLocale());
        Integer from = locationId("fromLocationId", fromLocationId, errors);
        Integer to = locationId("toLocationId", toLocationId, errors);
        Integer either = locationId("locationId", locationId, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(transfers.search(new TransferFilter(statusFilter, from, to, either, QueryValues.text(q)), page)
                .map(TransferSummaryView::of), uri);
    }

    @GET
    @Path("/in-transit")
    @Operation(operationId = "listInTransit",
            summary = "Units in transit", description = "Dispatched units not yet received nor written off, per "
            + "destination and variant. Needs inventory.view.")
    @APIResponse(responseCode = "200", description = "One row per destination and variant with units on their way.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("inventory.view")
    public List<InTransit> inTransit(@QueryParam("locationId") @Parameter(description = "Destination.") String locationId,
                                     @QueryParam("variantId") String variantId) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer location = locationId("locationId", locationId, errors);
        Long variant = InventoryInput.id("variantId", variantId, errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return transfers.inTransit(location, variant);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTransfer",
            summary = "Get a transfer with its lines and receipts", description = "Needs inventory.view. ETag = "
            + "version; If-None-Match with the current ETag gives 304.")
    @APIResponse(responseCode = "200", description = "The transfer; ETag.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "304", description = "Not modified.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("inventory.view")
    public Response get(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        TransferDetail transfer = transfers.get(id);
        if (ETags.matches(ifNoneMatch, transfer.version())) {
            return Response.notModified(ETags.of(transfer.version())).build();
        }
        return ok(transfer);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTransfer",
            summary = "Create a draft transfer", description = "Lines by variantId, sku or barcode; lines of the "
            + "same variant are merged. Both locations must be active and different. Needs inventory.transfer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventorySchemas.TransferDraftInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers.",
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", description = "A location is inactive (location-inactive).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("inventory.transfer")
    public Response create(JsonObject body) {
        TransferDetail created = transfers.create(TransferInput.draft(body, validator, request.getLocale()));
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(self).tag(ETags.of(created.version())).entity(TransferView.of(created)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateTransfer",
            summary = "Replace a draft", description = "Header and lines of a DRAFT (422 transfer-status "
            + "otherwise). Needs inventory.transfer and If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventorySchemas.TransferDraftInput.class)))
    @APIResponse(responseCode = "200", description = "The draft; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("inventory.transfer")
    public Response update(@PathParam("id") long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = IF_MATCH)
                           String ifMatch, JsonObject body) {
        long version = ETags.requiredVersion(ifMatch, request.getLocale());
        return ok(transfers.update(id, version, TransferInput.draft(body, validator, request.getLocale())));
    }

    @POST
    @Path("/{id}/dispatch")
    @Operation(operationId = "dispatchTransfer",
            summary = "Dispatch", description = "Every line leaves the source (TRANSFER_OUT, reference = number) "
            + "in one transaction, or nothing does: 409 insufficient-stock with shortages (sku, requested, "
            + "available). Needs inventory.transfer and If-Match.")
    @APIResponse(responseCode = "200", description = "Dispatched; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "Not a draft (transfer-status) or a location is inactive.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("inventory.transfer")
    public Response dispatch(@PathParam("id") long id,
                             @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = IF_MATCH)
                             String ifMatch) {
        return ok(transfers.dispatch(id, ETags.requiredVersion(ifMatch, request.getLocale())));
    }

    @POST
    @Path("/{id}/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveTransfer",
            summary = "Receive (possibly in part)", description = "Body {\"lines\": [{\"lineId\": 5, "
            + "\"quantity\": 3}]}: the units enter the destination (TRANSFER_IN). More than a line's outstanding "
            + "quantity is refused (422 transfer-over-receipt). Needs inventory.transfer and If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventorySchemas.TransferReceiptInput.class)))
    @APIResponse(responseCode = "200", description = "The transfer after the receipt; ETag.",
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "Not in transit (transfer-status) or over-receipt.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("inventory.transfer")
    public Response receive(@PathParam("id") long id,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = IF_MATCH)
                            String ifMatch, JsonObject body) {
        long version = ETags.requiredVersion(ifMatch, request.getLocale());
        return ok(transfers.receive(id, version, TransferInput.receipt(body, request.getLocale())));
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeTransfer",
            summary = "Close short", description = "Body {\"reason\": \"...\", \"lines\": [{\"lineId\": 5, "
            + "\"reason\": \"...\"}]}: every outstanding unit is recorded as lost in transit on its line (a reason "
            + "per short line, or the common one); the transfer becomes RECEIVED. Needs inventory.transfer and "
            + "If-Match.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventorySchemas.TransferCloseInput.class)))
    @APIResponse(responseCode = "200", description = "Closed (RECEIVED); ETag.",
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "Not in transit (transfer-status).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("inventory.transfer")
    public Response close(@PathParam("id") long id,
                          @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = IF_MATCH)
                          String ifMatch, JsonObject body) {
        long version = ETags.requiredVersion(ifMatch, request.getLocale());
        TransferInput.Closing closing = TransferInput.closing(body, request.getLocale());
        return ok(transfers.close(id, version, closing.reasons(), closing.reason()));
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelTransfer",
            summary = "Cancel a draft", description = "Nothing moved, nothing to undo. Needs inventory.transfer "
            + "and If-Match.")
    @APIResponse(responseCode = "200", description = "Cancelled; ETag.",
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "Not a draft (transfer-status).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("inventory.transfer")
    public Response cancel(@PathParam("id") long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = IF_MATCH)
                           String ifMatch) {
        return ok(transfers.cancel(id, ETags.requiredVersion(ifMatch, request.getLocale())));
    }

    private static Response ok(TransferDetail transfer) {
        return ETags.ok(TransferView.of(transfer), transfer.version());
    }

    private Integer locationId(String name, String value, Map<String, String> errors) {
        Long id = InventoryInput.id(name, value, errors, request.getLocale());
        if (id != null && id > Integer.MAX_VALUE) {
            errors.put(name, pe.colca.api.ApiTexts.text(request.getLocale(), "field.range", "1",
                    String.valueOf(Integer.MAX_VALUE)));
            return null;
        }
        return id == null ? null : id.intValue();
    }
}
