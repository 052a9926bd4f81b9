package pe.colca.api.inventory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import pe.colca.api.ApiTexts;
import pe.colca.api.ColcaApi;
import pe.colca.api.ETags;
import pe.colca.api.JsonFields;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.QueryValues;
import pe.colca.api.security.RequiresAll;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.inventory.alert.StockAlertFilter;
import pe.colca.inventory.alert.StockAlertLine;
import pe.colca.inventory.alert.StockAlertService;

/**
 * {@code /api/v1/inventory/alerts}: low-stock thresholds per variant and location and the state of
 * their alerts. One service call per method; ETag = version, If-Match required to change or delete
 * an existing threshold.
 */
@Path("/inventory/alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory alerts")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class StockAlertResource {

    static final Set<String> SORTABLE = Set.of("sku", "product", "location", "threshold", "available",
            "lastTriggeredAt");
    private static final Set<String> BODY = Set.of("threshold", "active");

    @EJB
    private StockAlertService alerts;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listStockAlerts",
            summary = "List low-stock thresholds", description = "Thresholds with the available units and "
            + "the alert state, filtered and paged. Needs inventory.view.")
    @APIResponse(responseCode = "200", description = "A page of thresholds; Link header with next/prev/first/last.",
            content = @Content(schema = @Schema(implementation = StockAlertPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("inventory.view")
    public Response list(
            @QueryParam("locationId") @Parameter(description = "Only this location.") String locationId,
            @QueryParam("state") @Parameter(description = "BELOW: raised alerts; OK: armed ones.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"BELOW", "OK"})) String state,
            @QueryParam("active") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String active,
            @QueryParam("q") @Parameter(description = "Part of the SKU or product name.") String q,
            @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, SORTABLE, "sku", errors, request.getLocale());
        Long location = InventoryInput.id("locationId", locationId, errors, request.getLocale());
        Boolean activeFilter = QueryValues.bool("active", active, errors, request.getLocale());
        State stateFilter = QueryValues.enumeration("state", state, State.class, errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        StockAlertFilter filter = new StockAlertFilter(location == null ? null : location.intValue(),
                QueryValues.text(q), stateFilter == null ? null : stateFilter == State.BELOW, activeFilter);
        return Paging.ok(alerts.alerts(filter, page).map(StockAlertView::of), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStockAlert",
            summary = "Get a low-stock threshold", description = "Needs inventory.view. Sends ETag (the version).")
    @APIResponse(responseCode = "200", description = "The threshold and its alert state; ETag.",
            content = @Content(schema = @Schema(implementation = StockAlertView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("inventory.view")
    public Response get(@PathParam("id") long id) {
        StockAlertLine alert = alerts.alert(id);
        return ETags.ok(StockAlertView.of(alert), alert.version());
    }

    @PUT
    @Path("/variants/{variantId}/locations/{locationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setStockAlertThreshold",
            summary = "Set the threshold of a variant at a location", description = "Needs inventory.alert.edit. "
            + "Creates the threshold (201) when the pair has none; otherwise changes it (200) and then needs "
            + "If-Match with its ETag. The pair is evaluated at once: a threshold above the available units "
            + "raises the alert.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ThresholdInput.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = StockAlertView.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StockAlertView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RequiresAll({"inventory.alert.edit", "inventory.view"})
    public Response put(@PathParam("variantId") long variantId, @PathParam("locationId") int locationId,
                        @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag of the threshold read "
                                + "(required when it exists).", example = "\"0\"") String ifMatch,
                        JsonObject body) {
        ThresholdInput input = ThresholdInput.read(body, request);
        boolean exists = alerts.alertOf(variantId, locationId) != null;
        Long version = exists ? ETags.requiredVersion(ifMatch, request.getLocale()) : null;
        StockAlertLine saved = alerts.setThreshold(variantId, locationId, input.threshold(), input.active(), version);
        if (exists) {
            return ETags.ok(StockAlertView.of(saved), saved.version());
        }
        URI self = uri.getBaseUriBuilder().path("inventory/alerts").path(String.valueOf(saved.id())).build();
        return Response.created(self).tag(ETags.of(saved.version())).entity(StockAlertView.of(saved)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteStockAlert",
            summary = "Delete a low-stock threshold", description = "Needs inventory.alert.edit and If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("inventory.alert.edit")
    public Response delete(@PathParam("id") long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, example = "\"0\"")
                           String ifMatch) {
        alerts.delete(id, ETags.requiredVersion(ifMatch, request.getLocale()));
        return Response.noContent().build();
    }

    /** Values of the state filter. */
    public enum State { BELOW, OK }

    /** The body of PUT: the threshold and, optionally, whether it is active. */
    @Schema(name = "StockAlertThreshold")
    public record ThresholdInput(
            @Schema(required = true, minimum = "0", maximum = "1000000", example = "5") int threshold,
            @Schema(nullable = true, description = "Absent: unchanged (a new threshold is active).") Boolean active) {

        static ThresholdInput read(JsonObject body, RequestMetadata request) {
            if (body == null) {
                throw InvalidInput.of("body", Messages.format(request.getLocale(), "error.bodyRequired"));
            }
            JsonFields fields = new JsonFields(body, request.getLocale());
            JsonValue value = body.get("threshold");
            Integer threshold = null;
            if (value instanceof JsonNumber n && n.isIntegral()
                    && n.bigIntegerValue().abs().bitLength() < 31) {
                threshold = n.intValue();
            } else {
                fields.error("threshold", ApiTexts.text(request.getLocale(), "field.integer"));
            }
            Boolean active = fields.bool("active", null);
            fields.refuseUnknown(BODY, Set.of());
            if (fields.hasErrors()) {
                throw new InvalidInput(fields.errors());
            }
            return new ThresholdInput(threshold, active);
        }
    }

    /** The schema of a page of thresholds, for the OpenAPI document only. */
    @Schema(name = "StockAlertPage", description = "One page of low-stock thresholds.")
    public record StockAlertPage(List<StockAlertView> items, long total, int offset, int limit) {
    }
}
