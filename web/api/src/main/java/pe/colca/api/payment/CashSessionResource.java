package pe.colca.api.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.payment.CashSessionFilter;
import pe.colca.payment.CashSessionNoneOpen;
import pe.colca.payment.CashSessionService;
import pe.colca.payment.CashSessionState;
import pe.colca.payment.CashSessionView;

/**
 * {@code /api/v1/cash-sessions}: cash sessions (Caja). Open, the caller's current session, pay-ins and
 * pay-outs, the X report (Z once counted), the blind close with the count by denomination, a manager's
 * approval or rejection of a count beyond the threshold, list and detail. One service call per method.
 */
@Path("/cash-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cash sessions")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class CashSessionResource {

    static final Set<String> SORTABLE = Set.of("openedAt", "closedAt", "discrepancy", "startingCash");

    @EJB
    private CashSessionService sessions;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listCashSessions", summary = "List cash sessions",
            description = "Newest first. With cash.session.view the sessions of the caller's stores; with only "
                    + "cash.session.open the caller's own.")
    @APIResponse(responseCode = "200", description = "A page of sessions; Link header with next/prev/first/last.",
            content = @Content(schema = @Schema(implementation = CashApiViews.SessionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed({"cash.session.view", "cash.session.open"})
    public Response list(
            @QueryParam("locationId") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String locationId,
            @QueryParam("userId") @Parameter(description = "The cashier.", schema = @Schema(type = SchemaType.INTEGER))
            String userId,
            @QueryParam("state") @Parameter(schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"OPEN", "AWAITING_APPROVAL", "CLOSED"})) String state,
            @QueryParam("from") @Parameter(description = "Opened on or after this Lima date (YYYY-MM-DD).") String from,
            @QueryParam("to") @Parameter(description = "Opened on or before this Lima date (YYYY-MM-DD).") String to,
            @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, SORTABLE, null, errors, request.getLocale());
        CashSessionFilter filter = new CashSessionFilter(
                QueryValues.positiveId("locationId", locationId, errors, Messages.format(request.getLocale(), "cash.api.id")),
                QueryValues.positiveId("userId", userId, errors, Messages.format(request.getLocale(), "cash.api.id")),
                QueryValues.enumeration("state", state, CashSessionState.class, errors, request.getLocale()),
                QueryValues.date("from", from, errors, Messages.format(request.getLocale(), "cash.api.date")),
                QueryValues.date("to", to, errors, Messages.format(request.getLocale(), "cash.api.date")));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(sessions.search(filter, page).map(CashApiViews.Session::of), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openCashSession", summary = "Open the caller's cash session",
            description = "At a store of the caller's scope, with the cash found in the drawer (an OPENING "
                    + "movement). Needs cash.session.open. 409 cash-session-already-open while he has one; 422 "
                    + "cash-location-not-selling at a location that does not sell (inactive, or allows_sales false).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CashApiViews.OpenInput.class)))
    @APIResponse(responseCode = "201", description = "Opened; Location header with its URI.",
            content = @Content(schema = @Schema(implementation = CashApiViews.Session.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("cash.session.open")
    public Response open(JsonObject body) {
        CashApiInput.Opening input = CashApiInput.opening(body, request.getLocale());
        CashSessionView opened = sessions.open(input.locationId(), input.startingCash());
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(opened.id())).build();
        return Response.created(self).tag(ETags.of(opened.version())).entity(CashApiViews.Session.of(opened)).build();
    }

    @GET
    @Path("/current")
    @Operation(operationId = "getCurrentCashSession", summary = "The caller's open cash session",
            description = "Also one whose count waits for approval. 422 no-open-cash-session when he has none. "
                    + "Needs cash.session.open.")
    @APIResponse(responseCode = "200", description = "The session.",
            content = @Content(schema = @Schema(implementation = CashApiViews.Session.class)))
    @APIResponse(responseCode = "422", description = "A cash rule refused it; the problem type names which.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("cash.session.open")
    public Response current() {
        CashSessionView current = sessions.current().orElseThrow(CashSessionNoneOpen::new);
        return ETags.ok(CashApiViews.Session.of(current), current.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCashSession", summary = "Get a cash session",
            description = "The caller's own, or one of his stores with cash.session.view. Sends ETag.")
    @APIResponse(responseCode = "200", description = "The session.",
            content = @Content(schema = @Schema(implementation = CashApiViews.Session.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed({"cash.session.view", "cash.session.open"})
    public Response get(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CashSessionView session = sessions.get(id);
        return ETags.conditional(ifNoneMatch, session.version(), () -> CashApiViews.Session.of(session));
    }

    @GET
    @Path("/{id}/movements")
    @Operation(operationId = "listCashMovements", summary = "The movements of a cash session",
            description = "Oldest first. As getCashSession.")
    @APIResponse(responseCode = "200", description = "A page of movements.",
            content = @Content(schema = @Schema(implementation = CashApiViews.MovementPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed({"cash.session.view", "cash.session.open"})
    public Response movements(@PathParam("id") long id, @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("createdAt"), "createdAt", errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(sessions.movements(id, page).map(m -> CashApiViews.Movement.of(m)), uri);
    }

    @POST
    @Path("/{id}/movements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCashMovement", summary = "A pay-in or pay-out",
            description = "CASH_IN or CASH_OUT with a reason, by the session's cashier or a holder of "
                    + "cash.session.approve. A pay-out beyond the cash expected in the drawer is refused (422 "
                    + "cash-drawer-short); a counted or closed session takes none (422). Needs cash.movement.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CashApiViews.MovementInput.class)))
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(schema = @Schema(implementation = CashApiViews.Movement.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "A cash rule refused it; the problem type names which.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("cash.movement")
    public Response move(@PathParam("id") long id, JsonObject body) {
        CashApiInput.Movement input = CashApiInput.movement(body, request.getLocale());
        CashApiViews.Movement movement = CashApiViews.Movement.of(
                sessions.move(id, input.type(), input.amount(), input.reason()));
        return Response.created(uri.getAbsolutePath()).entity(movement).build();
    }

    @GET
    @Path("/{id}/report")
    @Operation(operationId = "getCashReport", summary = "X report (Z once counted)",
            description = "Starting cash, cash sales, refunds, wallet top-ups, pay-ins and pay-outs, the expected "
                    + "cash and the session's payments per tender. Changes nothing. As getCashSession.")
    @APIResponse(responseCode = "200", description = "The report.",
            content = @Content(schema = @Schema(implementation = CashApiViews.Report.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed({"cash.session.view", "cash.session.open"})
    public Response report(@PathParam("id") long id) {
        return Response.ok(CashApiViews.Report.of(sessions.report(id))).build();
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeCashSession", summary = "Close with the count by denomination",
            description = "The session's own cashier counts the drawer (blind): pieces of S/ 200, 100, 50, 20, 10, "
                    + "5, 2, 1, 0.50, 0.20, 0.10. Answers the Z report with the expected cash and the discrepancy; "
                    + "a discrepancy beyond cash.close.discrepancy_threshold leaves the session AWAITING_APPROVAL "
                    + "and notifies the managers. Needs cash.session.close.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CashApiViews.CountInput.class)))
    @APIResponse(responseCode = "200", description = "The report.",
            content = @Content(schema = @Schema(implementation = CashApiViews.Report.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "A cash rule refused it; the problem type names which.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("cash.session.close")
    public Response close(@PathParam("id") long id, JsonObject body) {
        return Response.ok(CashApiViews.Report.of(sessions.close(id, CashApiInput.count(body, request.getLocale()))))
                .build();
    }

    @POST
    @Path("/{id}/approve")
    @Operation(operationId = "approveCashSession", summary = "Approve a count beyond the threshold",
            description = "The session closes. Never by its cashier (422 cash-self-approval). Needs "
                    + "cash.session.approve.")
    @APIResponse(responseCode = "200", description = "The session.",
            content = @Content(schema = @Schema(implementation = CashApiViews.Session.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "A cash rule refused it; the problem type names which.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("cash.session.approve")
    public Response approve(@PathParam("id") long id) {
        CashSessionView session = sessions.approve(id);
        return ETags.ok(CashApiViews.Session.of(session), session.version());
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectCashSessionCount", summary = "Send a count beyond the threshold back",
            description = "With a reason: the count is discarded and the cashier counts again (he is notified). "
                    + "Needs cash.session.approve.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CashApiViews.RejectInput.class)))
    @APIResponse(responseCode = "200", description = "The session.",
            content = @Content(schema = @Schema(implementation = CashApiViews.Session.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "A cash rule refused it; the problem type names which.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("cash.session.approve")
    public Response reject(@PathParam("id") long id, JsonObject body) {
        CashSessionView session = sessions.reject(id, CashApiInput.reason(body, request.getLocale()));
        return ETags.ok(CashApiViews.Session.of(session), session.version());
    }
}
