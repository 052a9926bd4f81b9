package pe.colca.api.inventory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import pe.colca.api.ETags;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.QueryValues;
import pe.colca.api.security.RequiresAll;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.inventory.count.CountFilter;
import pe.colca.inventory.count.CountLineFilter;
import pe.colca.inventory.count.CountScope;
import pe.colca.inventory.count.CountService;
import pe.colca.inventory.count.CountStart;
import pe.colca.inventory.count.CountStatus;
import pe.colca.inventory.count.CountSummary;
import pe.colca.api.inventory.CountViews.CorrectionsView;
import pe.colca.api.inventory.CountViews.CountDetailView;
import pe.colca.api.inventory.CountViews.CountLineView;
import pe.colca.api.inventory.CountViews.CountView;

/**
 * {@code /api/v1/inventory/counts}: physical count sessions (docs/inventory-counts.md). One service
 * call per method; ETag = the count's version, {@code If-Match} required on submit, approve and
 * cancel (428 without, 409 stale). Scans and typed quantities need no {@code If-Match}: several
 * people count the same session at once, and the service serialises them on the count row.
 */
@Path("/inventory/counts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory counts")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class CountResource {

    static final Set<String> SORTABLE = Set.of("startedAt", "countNumber", "status");
    private static final Set<String> START = Set.of("locationId", "scope", "skus", "categoryId", "notes");
    private static final Set<String> SCAN = Set.of("code", "quantity");
    private static final Set<String> SET = Set.of("counted");
    private static final Set<String> APPROVE = Set.of("uncountedAsZero");

    @EJB
    private CountService counts;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listCounts",
            summary = "List counts", description = "Newest first unless sorted. Needs inventory.view.")
    @APIResponse(responseCode = "200", description = "A page of counts; Link header with next/prev/first/last.",
            content = @Content(schema = @Schema(implementation = InventorySchemas.CountPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("inventory.view")
    public Response list(
            @QueryParam("locationId") @Parameter(description = "Only this location.") String locationId,
            @QueryParam("status") @Parameter(schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"OPEN", "SUBMITTED", "APPROVED", "CANCELLED"})) String status,
            @QueryParam("q") @Parameter(description = "Text in the count number, notes or location.") String q,
            @BeanParam PageParams paging) {
        Locale locale = request.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, SORTABLE, null, errors, locale);
        Long location = InventoryInput.id("locationId", locationId, errors, locale);
        CountStatus statusFilter = QueryValues.enumeration("status", status, CountStatus.class, errors, locale);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(counts.counts(new CountFilter(location == null ? null : location.intValue(), statusFilter,
                QueryValues.text(q)), page).map(CountView::of), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startCount",
            summary = "Start a count", description = "Body {locationId, scope: ALL|SELECTED, skus?: [..], "
            + "categoryId?, notes?}. ALL: every variant stocked at the location; SELECTED: the SKUs listed and/or the "
            + "variants of the category. Needs inventory.count. 409 count-already-open when the location has an "
            + "unfinished count; 422 location-inactive.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventorySchemas.CountStartInput.class)))
    @APIResponse(responseCode = "201", description = "Started; Location and ETag headers.",
            content = @Content(schema = @Schema(implementation = CountView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("inventory.count")
    public Response start(JsonObject body) {
        InventoryInput.Reader r = new InventoryInput.Reader(body, request.getLocale());
        Integer location = r.integer("locationId");
        CountScope scope = r.fields.enumeration("scope", CountScope.class);
        Long category = r.longNumber("categoryId");
        List<String> skus = strings(body, "skus", r);
        String notes = r.fields.string("notes");
        r.fields.refuseUnknown(START, Set.of());
        if (r.fields.hasErrors()) {
            throw new InvalidInput(r.fields.errors());
        }
        CountSummary started = counts.start(new CountStart(location, scope, skus, category, notes));
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(started.id())).build();
        return Response.created(self).tag(ETags.of(started.version())).entity(CountView.of(started)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCount",
            summary = "Get a count", description = "The count and what approving it would post now (corrections "
            + "in units and value at cost; uncountedAsZero=true to see them with uncounted lines as 0). Lines: "
            + "GET /{id}/lines. Needs inventory.view.")
    @APIResponse(responseCode = "200", description = "The count and what approving it would post now; ETag.",
            content = @Content(schema = @Schema(implementation = CountDetailView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("inventory.view")
    public Response get(@PathParam("id") long id,
                        @QueryParam("uncountedAsZero") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
                        String uncountedAsZero) {
        Map<String, String> errors = new LinkedHashMap<>();
        Boolean zero = QueryValues.bool("uncountedAsZero", uncountedAsZero, errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        CountSummary count = counts.count(id);
        CorrectionsView corrections = CorrectionsView.of(counts.preview(id, Boolean.TRUE.equals(zero)));
        return Response.ok(new CountDetailView(CountView.of(count), corrections)).tag(ETags.of(count.version()))
                .build();
    }

    @GET
    @Path("/{id}/lines")
    @Operation(operationId = "listCountLines",
            summary = "Lines of a count", description = "By SKU, paged: system quantity, counted, difference. "
            + "Filters: q (SKU, barcode or product), differences=true (only counted lines that differ), "
            + "notCounted=true. Needs inventory.view.")
    @APIResponse(responseCode = "200", description = "A page of lines.",
            content = @Content(schema = @Schema(implementation = InventorySchemas.CountLinePage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("inventory.view")
    public Response lines(@PathParam("id") long id, @QueryParam("q") String q,
                          @QueryParam("differences") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
                          String differences,
                          @QueryParam("notCounted") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
                          String notCounted,
                          @BeanParam PageParams paging) {
        Locale locale = request.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("sku"), "sku", errors, locale);
        Boolean diff = QueryValues.bool("differences", differences, errors, locale);
        Boolean uncounted = QueryValues.bool("notCounted", notCounted, errors, locale);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(counts.lines(id, new CountLineFilter(QueryValues.text(q), Boolean.TRUE.equals(diff),
                Boolean.TRUE.equals(uncounted)), page).map(CountLineView::of), uri);
    }

    @POST
    @Path("/{id}/scans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scanCount",
            summary = "Scan a barcode or SKU", description = "Body {code, quantity?}: adds quantity (default 1, "
            + "one scan) to the line of the variant whose barcode or SKU is code. An ALL count adds a line for a "
            + "variant found on the shelf but not in the system. Needs inventory.count. 422 count-code-unknown, "
            + "count-variant-not-included, count-status (not OPEN).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventorySchemas.CountScanInput.class)))
    @APIResponse(responseCode = "200", description = "The line after the scan.",
            content = @Content(schema = @Schema(implementation = CountLineView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("inventory.count")
    public CountLineView scan(@PathParam("id") long id, JsonObject body) {
        InventoryInput.Reader r = new InventoryInput.Reader(body, request.getLocale());
        String code = r.fields.string("code");
        Integer quantity = r.integer("quantity");
        r.fields.refuseUnknown(SCAN, Set.of());
        if (r.fields.hasErrors()) {
            throw new InvalidInput(r.fields.errors());
        }
        return CountLineView.of(counts.scan(id, code, quantity));
    }

    @PUT
    @Path("/{id}/lines/{variantId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setCountedQuantity",
            summary = "Set a line's counted quantity", description = "Body {counted}. Needs inventory.count.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventorySchemas.CountedInput.class)))
    @APIResponse(responseCode = "200", description = "The line.",
            content = @Content(schema = @Schema(implementation = CountLineView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("inventory.count")
    public CountLineView setCounted(@PathParam("id") long id, @PathParam("variantId") long variantId,
                                    JsonObject body) {
        Locale locale = request.getLocale();
        InventoryInput.Reader r = new InventoryInput.Reader(body, locale);
        Integer counted = r.integer("counted");
        r.fields.refuseUnknown(SET, Set.of());
        if (counted == null && !r.fields.errors().containsKey("counted")) {
            r.fields.error("counted", Messages.format(locale, "inventory.quantity.required"));
        }
        if (r.fields.hasErrors()) {
            throw new InvalidInput(r.fields.errors());
        }
        return CountLineView.of(counts.setCounted(id, variantId, counted));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitCount",
            summary = "Submit a count", description = "OPEN → SUBMITTED: counting is over. Needs "
            + "inventory.count and If-Match.")
    @APIResponse(responseCode = "200", description = "Submitted; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = CountView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("inventory.count")
    public Response submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CountSummary count = counts.submit(id, ETags.requiredVersion(ifMatch, request.getLocale()));
        return ETags.ok(CountView.of(count), count.version());
    }

    @POST
    @Path("/{id}/approve")
    @Operation(operationId = "approveCount",
            summary = "Approve a count", description = "SUBMITTED → APPROVED in one transaction: a COUNT audit "
            + "snapshot per counted line, a COUNT_CORRECTION ledger line for every difference, last_counted_at, "
            + "an audit-log entry. Optional body {uncountedAsZero: true}: lines nobody counted are counted as 0 "
            + "(else left untouched). Needs inventory.count.approve and If-Match. 409 insufficient-stock when a "
            + "correction would remove reserved units.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventorySchemas.CountApprovalInput.class)))
    @APIResponse(responseCode = "200", description = "Approved: the count and the corrections posted; ETag.",
            content = @Content(schema = @Schema(implementation = CountDetailView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RequiresAll({"inventory.count.approve", "inventory.view"})
    public Response approve(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            JsonObject body) {
        Locale locale = request.getLocale();
        long version = ETags.requiredVersion(ifMatch, locale);
        boolean zero = false;
        if (body != null) {
            InventoryInput.Reader r = new InventoryInput.Reader(body, locale);
            Boolean flag = r.fields.bool("uncountedAsZero", false);
            r.fields.refuseUnknown(APPROVE, Set.of());
            if (r.fields.hasErrors()) {
                throw new InvalidInput(r.fields.errors());
            }
            zero = Boolean.TRUE.equals(flag);
        }
        CorrectionsView posted = CorrectionsView.of(counts.approve(id, version, zero));
        CountSummary count = counts.count(id);
        return ETags.ok(new CountDetailView(CountView.of(count), posted), count.version());
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelCount",
            summary = "Cancel a count", description = "OPEN or SUBMITTED → CANCELLED; nothing is posted. Needs "
            + "inventory.count and If-Match.")
    @APIResponse(responseCode = "200", description = "Cancelled; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = CountView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("inventory.count")
    public Response cancel(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CountSummary count = counts.cancel(id, ETags.requiredVersion(ifMatch, request.getLocale()));
        return ETags.ok(CountView.of(count), count.version());
    }

    /** An optional array of strings; other types are field errors. */
    private List<String> strings(JsonObject body, String name, InventoryInput.Reader r) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            r.fields.error(name, Messages.format(request.getLocale(), "inventory.count.skus.array"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonValue item : (JsonArray) value) {
            if (item.getValueType() != JsonValue.ValueType.STRING) {
                r.fields.error(name, Messages.format(request.getLocale(), "inventory.count.skus.array"));
                return List.of();
            }
            out.add(((JsonString) item).getString());
        }
        return out;
    }
}
