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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.QueryValues;
import pe.colca.common.InvalidInput;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.inventory.InventoryService;
import pe.colca.inventory.MovementFilter;
import pe.colca.inventory.MovementPosted;
import pe.colca.inventory.MovementType;
import pe.colca.inventory.StockFilter;

/**
 * {@code /api/v1/inventory}: stock queries, the movements that change on-hand stock (receipts,
 * sales, returns, adjustments), the ledger and its reconciliation. One service call per method; the
 * service is the transaction and checks the permissions. Reservations: {@link ReservationResource}.
 */
@Path("/inventory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class InventoryResource {

    static final Set<String> STOCK_SORTABLE = Set.of("variantId", "onHand", "reserved", "available", "updatedAt");
    static final Set<String> MOVEMENT_SORTABLE = Set.of("createdAt");

    @EJB
    private InventoryService inventory;

    @Inject
    private RequestMetadata request;

    @Inject
    private Validator validator;

    @Context
    private UriInfo uri;

    // ------------------------------------------------------------------ stock

    @GET
    @Path("/variants/{variantId}/stock")
    @Operation(operationId = "listVariantStock",
            summary = "Stock of a variant at every location", description = "Needs inventory.view.")
    @APIResponse(responseCode = "200", description = "One row per location that ever held the variant.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StockView.class)))
    @RolesAllowed("inventory.view")
    public List<StockView> stockOfVariant(@PathParam("variantId") long variantId) {
        return inventory.stockOfVariant(variantId).stream().map(StockView::of).toList();
    }

    @GET
    @Path("/locations/{locationId}/stock")
    @Operation(operationId = "listStockAtLocation",
            summary = "Stock at a location", description = "Paged; needs inventory.view.")
    @APIResponse(responseCode = "200", description = "A page of stock rows; Link header with next/prev/first/last.",
            content = @Content(schema = @Schema(implementation = InventorySchemas.StockPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("inventory.view")
    public Response stockAtLocation(
            @PathParam("locationId") int locationId,
            @QueryParam("variantId") @Parameter(description = "Only this variant.") String variantId,
            @QueryParam("inStock") @Parameter(description = "true: only rows with available units; false: only rows "
                    + "without.", schema = @Schema(type = SchemaType.BOOLEAN)) String inStock,
            @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, STOCK_SORTABLE, "variantId", errors, request.getLocale());
        Long variant = InventoryInput.id("variantId", variantId, errors, request.getLocale());
        Boolean available = QueryValues.bool("inStock", inStock, errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(inventory.stockAtLocation(locationId, new StockFilter(variant, available), page)
                .map(StockView::of), uri);
    }

    @GET
    @Path("/locations/{locationId}/stock/{variantId}")
    @Operation(operationId = "getStock", summary = "Stock of one variant at one location",
            description = "All zero when the variant never entered the location. Needs inventory.view.")
    @APIResponse(responseCode = "200", description = "On hand, reserved and available.",
            content = @Content(schema = @Schema(implementation = StockView.class)))
    @RolesAllowed("inventory.view")
    public StockView stock(@PathParam("locationId") int locationId, @PathParam("variantId") long variantId) {
        return StockView.of(inventory.stock(variantId, locationId));
    }

    // ------------------------------------------------------------------ movements that change stock

    @POST
    @Path("/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveStock",
            summary = "Record a purchase receipt", description = "Units enter the location. Needs inventory.receive.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventorySchemas.StockChangeInput.class)))
    @APIResponse(responseCode = "201", description = "The ledger line and the stock after it.",
            content = @Content(schema = @Schema(implementation = MovementPostedView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", description = "The location is inactive (location-inactive) or does not sell (location-not-selling).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("inventory.receive")
    public Response receive(JsonObject body) {
        return created(inventory.receive(InventoryInput.change(body, validator, request.getLocale())));
    }

    @POST
    @Path("/sales")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sellStock",
            summary = "Record a direct sale", description = "Unreserved units leave a selling location. Needs "
            + "order.fulfill. 409 insufficient-stock (with available) when fewer units are available.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventorySchemas.StockChangeInput.class)))
    @APIResponse(responseCode = "201", description = "The ledger line and the stock after it.",
            content = @Content(schema = @Schema(implementation = MovementPostedView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "The location is inactive (location-inactive) or does not sell "
            + "(location-not-selling), or the variant cannot be sold (not-for-sale: inactive or deleted, or its product "
            + "is a draft, discontinued or deleted).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("order.fulfill")
    public Response sell(JsonObject body) {
        return created(inventory.sell(InventoryInput.change(body, validator, request.getLocale())));
    }

    @POST
    @Path("/returns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnStock",
            summary = "Record a customer return", description = "Units come back into the location. Needs "
            + "inventory.receive or order.fulfill.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventorySchemas.StockChangeInput.class)))
    @APIResponse(responseCode = "201", description = "The ledger line and the stock after it.",
            content = @Content(schema = @Schema(implementation = MovementPostedView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", description = "The location is inactive (location-inactive) or does not sell (location-not-selling).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed({"inventory.receive", "order.fulfill"})
    public Response acceptReturn(JsonObject body) {
        return created(inventory.acceptReturn(InventoryInput.change(body, validator, request.getLocale())));
    }

    @POST
    @Path("/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adjustStock",
            summary = "Adjust stock", description = "Signed quantity (positive adds, negative removes) with a "
            + "required reason; audited. Needs inventory.adjust.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventorySchemas.StockAdjustmentInput.class)))
    @APIResponse(responseCode = "201", description = "The ledger line and the stock after it.",
            content = @Content(schema = @Schema(implementation = MovementPostedView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "The location is inactive (location-inactive) or does not sell (location-not-selling).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("inventory.adjust")
    public Response adjust(JsonObject body) {
        return created(inventory.adjust(InventoryInput.adjustment(body, validator, request.getLocale())));
    }

    // ------------------------------------------------------------------ ledger

    @GET
    @Path("/movements")
    @Operation(operationId = "listMovements",
            summary = "List ledger lines", description = "Newest first unless order=asc. Needs inventory.view.")
    @APIResponse(responseCode = "200", description = "A page of movements; Link header with next/prev/first/last.",
            content = @Content(schema = @Schema(implementation = InventorySchemas.MovementPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("inventory.view")
    public Response movements(
            @QueryParam("variantId") String variantId,
            @QueryParam("locationId") @Parameter(description = "Lines leaving or entering this location.")
            String locationId,
            @QueryParam("type") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "PURCHASE_RECEIPT", "SALE", "CUSTOMER_RETURN", "TRANSFER_OUT", "TRANSFER_IN", "ADJUSTMENT",
                    "COUNT_CORRECTION"})) String type,
            @QueryParam("from") @Parameter(description = "From this instant (inclusive): ISO-8601 instant or date.")
            String from,
            @QueryParam("to") @Parameter(description = "Until this instant (exclusive): ISO-8601 instant or date.")
            String to,
            @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, MOVEMENT_SORTABLE, "createdAt", errors, request.getLocale());
        if (!uri.getQueryParameters().containsKey("order")) {
            page = new PageRequest(page.offset(), page.limit(), page.sortField(), false); // newest first
        }
        Long variant = InventoryInput.id("variantId", variantId, errors, request.getLocale());
        Long location = InventoryInput.id("locationId", locationId, errors, request.getLocale());
        MovementType movementType = QueryValues.enumeration("type", type, MovementType.class, errors,
                request.getLocale());
        Instant since = InventoryInput.instant("from", from, errors, request.getLocale());
        Instant until = InventoryInput.instant("to", to, errors, request.getLocale());
        if (location != null && location > Integer.MAX_VALUE) {
            errors.put("locationId", pe.colca.api.ApiTexts.text(request.getLocale(), "field.integer"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        MovementFilter filter = new MovementFilter(variant, location == null ? null : location.intValue(),
                movementType, since, until);
        return Paging.ok(inventory.movements(filter, page).map(MovementView::of), uri);
    }

    @GET
    @Path("/movements/{id}")
    @Operation(operationId = "getMovement", summary = "Get a ledger line", description = "Needs inventory.view.")
    @APIResponse(responseCode = "200", description = "The ledger line.",
            content = @Content(schema = @Schema(implementation = MovementView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("inventory.view")
    public MovementView movement(@PathParam("id") long id) {
        return MovementView.of(inventory.movement(id));
    }

    @GET
    @Path("/reconciliation")
    @Operation(operationId = "reconcileStock",
            summary = "Reconcile stock with the ledger", description = "For every variant × location (or only "
            + "the variant and/or location given): on hand must equal the signed sum of its movements. Lists the "
            + "pairs where it does not. Needs inventory.view.")
    @APIResponse(responseCode = "200", description = "The pairs whose on hand differs from the ledger.",
            content = @Content(schema = @Schema(implementation = ReconciliationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("inventory.view")
    public ReconciliationView reconcile(@QueryParam("variantId") String variantId,
                                        @QueryParam("locationId") String locationId) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long variant = InventoryInput.id("variantId", variantId, errors, request.getLocale());
        Long location = InventoryInput.id("locationId", locationId, errors, request.getLocale());
        if (location != null && location > Integer.MAX_VALUE) {
            errors.put("locationId", pe.colca.api.ApiTexts.text(request.getLocale(), "field.integer"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return ReconciliationView.of(inventory.reconcile(variant, location == null ? null : location.intValue()));
    }

    private Response created(MovementPosted posted) {
        URI self = uri.getBaseUriBuilder().path("inventory/movements/{id}").build(posted.movement().getId());
        return Response.created(self).entity(MovementPostedView.of(posted)).build();
    }
}
