package pe.colca.api.inventory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.common.RequestMetadata;
import pe.colca.inventory.InventoryService;
import pe.colca.inventory.MovementPosted;
import pe.colca.inventory.Reservation;

/**
 * {@code /api/v1/inventory/reservations}: storefronts and the POS hold units for a checkout
 * session, extend, release, or convert the hold into a sale. When fewer units are available than
 * asked for, 409 {@code insufficient-stock} with the {@code available} quantity.
 */
@Path("/inventory/reservations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ReservationResource {

    @EJB
    private InventoryService inventory;

    @Inject
    private RequestMetadata request;

    @Inject
    private Validator validator;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reserveStock",
            summary = "Reserve units", description = "Body: variantId, locationId, quantity, sessionId and "
            + "optionally ttlSeconds (at most the configured TTL, system setting inventory.reservation.ttl_minutes, "
            + "which is also the default). Needs inventory.reserve.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventorySchemas.ReservationInput.class)))
    @APIResponse(responseCode = "201", description = "Held; Location header with its URI.",
            content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", description = "insufficient-stock: the problem carries `available` "
            + "(units that could be reserved) and `requested`.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The location is inactive or does not sell, or the variant "
            + "cannot be sold (not-for-sale).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("inventory.reserve")
    public Response reserve(JsonObject body) {
        Reservation held = inventory.reserve(InventoryInput.reservation(body, validator, request.getLocale()));
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(held.getId())).build();
        return Response.created(self).entity(ReservationView.of(held)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReservation",
            summary = "Get a reservation", description = "404 once released, swept or converted. Needs "
            + "inventory.reserve or inventory.view.")
    @APIResponse(responseCode = "200", description = "The reservation.",
            content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed({"inventory.reserve", "inventory.view"})
    public ReservationView get(@PathParam("id") long id) {
        return ReservationView.of(inventory.reservation(id));
    }

    @POST
    @Path("/{id}/extend")
    @Operation(operationId = "extendReservation",
            summary = "Extend a reservation", description = "Expiry becomes now + TTL (body optional: "
            + "{\"ttlSeconds\": n}, capped by the configured TTL); never shortened. Needs inventory.reserve.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventorySchemas.ReservationExtension.class)))
    @APIResponse(responseCode = "200", description = "The reservation with its new expiry.",
            content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("inventory.reserve")
    public ReservationView extend(@PathParam("id") long id, JsonObject body) {
        return ReservationView.of(inventory.extend(id, InventoryInput.ttl(body, request.getLocale())));
    }

    @PUT
    @Path("/{id}/expiry")
    @Operation(operationId = "setReservationExpiry",
            summary = "Extend a reservation (idempotent form)", description = "Same as POST .../extend.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventorySchemas.ReservationExtension.class)))
    @APIResponse(responseCode = "200", description = "The reservation with its new expiry.",
            content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("inventory.reserve")
    public ReservationView extendPut(@PathParam("id") long id, JsonObject body) {
        return extend(id, body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "releaseReservation",
            summary = "Release a reservation", description = "The units become available again. Needs "
            + "inventory.reserve.")
    @APIResponse(responseCode = "204", description = "Released.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("inventory.reserve")
    public Response release(@PathParam("id") long id) {
        inventory.release(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/convert")
    @Operation(operationId = "convertReservation",
            summary = "Convert a reservation into a sale", description = "Atomically: the reservation "
            + "disappears, reserved and on hand go down, a SALE line is written (body optional: "
            + "{\"referenceDoc\": \"B001-123\"}). Needs inventory.reserve.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventorySchemas.ReservationConversion.class)))
    @APIResponse(responseCode = "201", description = "The SALE ledger line and the stock after it.",
            content = @Content(schema = @Schema(implementation = MovementPostedView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "The variant cannot be sold any more (not-for-sale): nothing changes "
            + "and the reservation stays.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("inventory.reserve")
    public Response convert(@PathParam("id") long id, JsonObject body) {
        MovementPosted posted = inventory.convert(id, InventoryInput.referenceDoc(body, request.getLocale()));
        URI self = uri.getBaseUriBuilder().path("inventory/movements/{id}").build(posted.movement().getId());
        return Response.created(self).entity(MovementPostedView.of(posted)).build();
    }

    @POST
    @Path("/expired/release")
    @Operation(operationId = "releaseExpiredReservations",
            summary = "Release expired reservations now", description = "What the every-minute sweep does, on "
            + "demand (operations, tests). Needs inventory.adjust.")
    @APIResponse(responseCode = "200", description = "How many were released.",
            content = @Content(schema = @Schema(implementation = InventorySchemas.ReleasedReservations.class)))
    @RolesAllowed("inventory.adjust")
    public Map<String, Integer> sweep() {
        return Map.of("released", inventory.releaseExpiredReservations());
    }
}
