package pe.colca.api.invoicing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ApiTexts;
import pe.colca.api.ColcaApi;
import pe.colca.api.JsonFields;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.QueryValues;
import pe.colca.api.invoicing.ReconciliationViews.DifferenceView;
import pe.colca.api.invoicing.ReconciliationViews.RunView;
import pe.colca.api.invoicing.ReconciliationViews.StartedView;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.invoicing.reconcile.ReconciliationDifference;
import pe.colca.invoicing.reconcile.ReconciliationService;
import pe.colca.invoicing.reconcile.RunStatus;

/**
 * {@code /api/v1/invoicing/reconciliations}: the nightly reconciliation of what Colca holds with what SUNAT
 * holds, per company and day — the runs (paged, filtered), a run with its differences, the CSV of a run, and
 * {@code POST} to reconcile a day now (202: the job runs after the answer).
 */
@Path("/invoicing/reconciliations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoicing reconciliation")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ReconciliationResource {

    private static final String CSV_UTF8 = "text/csv; charset=UTF-8";

    @EJB
    private ReconciliationService reconciliations;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listReconciliations", summary = "List reconciliation runs",
            description = "Newest day first, paged; filtered by company, day, status and whether the run found "
                    + "differences. Needs sunat.reconciliation.view.")
    @APIResponse(responseCode = "200", description = "A page of runs (without their differences).",
            content = @Content(schema = @Schema(implementation = ReconciliationViews.RunPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("sunat.reconciliation.view")
    public Response list(@QueryParam("companyId") String companyId, @QueryParam("day") String day,
                         @QueryParam("withDifferences") String withDifferences, @QueryParam("status") String status,
                         @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("day"), "day", errors, request.getLocale());
        Integer company = integer("companyId", companyId, errors);
        LocalDate d = QueryValues.date("day", day, errors, request.getLocale());
        Boolean with = QueryValues.bool("withDifferences", withDifferences, errors, request.getLocale());
        RunStatus s = QueryValues.enumeration("status", status, RunStatus.class, errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(reconciliations.search(new ReconciliationService.Filter(company, d, with, s), page)
                .map(r -> RunView.of(r, null, null)), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReconciliation", summary = "Get a run with its differences",
            description = "The run and the first 200 findings, differences first (the rest: /differences). "
                    + "Needs sunat.reconciliation.view.")
    @APIResponse(responseCode = "200", description = "The run and its findings.",
            content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.reconciliation.view")
    public RunView get(@PathParam("id") long id) {
        ReconciliationService.RunView run = reconciliations.get(id);
        Page<ReconciliationDifference> first = reconciliations.differences(id, null,
                new PageRequest(0, PageRequest.MAX_LIMIT, null, true));
        return RunView.of(run, first.items().stream().map(DifferenceView::of).toList(), first.total());
    }

    @GET
    @Path("/{id}/differences")
    @Operation(operationId = "listReconciliationDifferences", summary = "A page of a run's findings",
            description = "Differences first, then explained exceptions; explained=false gives the differences only. "
                    + "Needs sunat.reconciliation.view.")
    @APIResponse(responseCode = "200", description = "A page of findings.",
            content = @Content(schema = @Schema(implementation = ReconciliationViews.DifferencePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.reconciliation.view")
    public Response differences(@PathParam("id") long id, @QueryParam("explained") String explained,
                                @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("id"), "id", errors, request.getLocale());
        Boolean e = QueryValues.bool("explained", explained, errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(reconciliations.differences(id, e, page).map(DifferenceView::of), uri);
    }

    @GET
    @Path("/{id}/differences.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportReconciliationDifferences", summary = "A run's findings as CSV",
            description = "UTF-8, a header line, one line per finding (differences first). Needs sunat.reconciliation.view.")
    @APIResponse(responseCode = "200", description = "The CSV file.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.reconciliation.view")
    public Response csv(@PathParam("id") long id) {
        ReconciliationService.RunView run = reconciliations.get(id);
        String csv = reconciliations.csv(id);
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8), CSV_UTF8).header("Content-Disposition",
                "attachment; filename=\"conciliacion-" + run.ruc() + "-" + run.run().getBusinessDay() + ".csv\"").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "runReconciliation", summary = "Reconcile a day now",
            description = "Queues the run of the company (or of every active company) for the day, clearing its "
                    + "earlier report, and starts the job; follow a run with its Location. Needs sunat.reconciliation.run.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReconciliationViews.RunInput.class)))
    @APIResponse(responseCode = "202", description = "Started; the runs queued and the job execution.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StartedView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "reconciliation-day-future.")
    @RolesAllowed("sunat.reconciliation.run")
    public Response run(JsonObject body) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(request.getLocale(), "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, request.getLocale());
        Map<String, String> errors = new LinkedHashMap<>();
        Integer company = null;
        JsonValue c = body.get("companyId");
        if (c != null && c.getValueType() != JsonValue.ValueType.NULL) {
            if (c instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0 && n.longValue() <= Integer.MAX_VALUE) {
                company = n.intValue();
            } else {
                errors.put("companyId", ApiTexts.text(request.getLocale(), "field.integer"));
            }
        }
        LocalDate day = QueryValues.date("day", fields.string("day"), errors, request.getLocale());
        if (day == null && !errors.containsKey("day")) {
            errors.put("day", ApiTexts.text(request.getLocale(), "field.date"));
        }
        fields.refuseUnknown(Set.of("day", "companyId"), Set.of());
        errors.putAll(fields.errors());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        StartedView started = StartedView.of(reconciliations.runNow(day, company));
        Response.ResponseBuilder answer = Response.accepted(started);
        if (started.runs().size() == 1) {
            URI self = uri.getBaseUriBuilder().path("invoicing/reconciliations")
                    .path(String.valueOf(started.runs().get(0).id())).build();
            answer.location(self);
        }
        return answer.build();
    }

    private Integer integer(String name, String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.put(name, ApiTexts.text(request.getLocale(), "field.integer"));
            return null;
        }
    }
}
