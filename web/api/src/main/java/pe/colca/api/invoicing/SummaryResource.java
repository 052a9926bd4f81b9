package pe.colca.api.invoicing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.PageRequest;
import pe.colca.common.RecordNotFound;
import pe.colca.common.RequestMetadata;
import pe.colca.invoicing.SummaryKind;
import pe.colca.invoicing.SummaryService;
import pe.colca.invoicing.SummaryStatus;
import pe.colca.invoicing.SunatSummary;
import pe.colca.api.invoicing.SummaryViews.SummaryView;

/**
 * {@code /api/v1/invoicing/summaries}: the resúmenes diarios (RC) and comunicaciones de baja (RA) sent
 * to SUNAT, their tickets and lines, the signed XML and SUNAT's CDR; {@code POST} builds the RC of a
 * company and issue date now (the nightly job does it anyway).
 */
@Path("/invoicing/summaries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoicing summaries")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class SummaryResource {

    @EJB
    private SummaryService summaries;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listSummaries", summary = "List RC and RA files",
            description = "Newest first, paged; filtered by company, kind, status and reference date; needsAttention=true keeps"
                    + " the EXPIRED files (lost ticket) one of whose documents has not since reached what the file was sent"
                    + " for (accepted, or voided). Needs sunat.document.view.")
    @APIResponse(responseCode = "200", description = "A page of summaries (without their lines).",
            content = @Content(schema = @Schema(implementation = SummaryViews.SummaryPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("sunat.document.view")
    public Response list(@QueryParam("companyId") Integer companyId, @QueryParam("kind") String kind,
                         @QueryParam("status") String status, @QueryParam("referenceDate") String referenceDate,
                         @QueryParam("needsAttention") String needsAttention, @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("createdAt"), "createdAt", errors, request.getLocale());
        SummaryKind k = QueryValues.enumeration("kind", kind, SummaryKind.class, errors, request.getLocale());
        SummaryStatus s = QueryValues.enumeration("status", status, SummaryStatus.class, errors, request.getLocale());
        LocalDate date = QueryValues.date("referenceDate", referenceDate, errors, request.getLocale());
        Boolean attention = QueryValues.bool("needsAttention", needsAttention, errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(summaries.search(new SummaryService.Filter(companyId, k, s, date, attention), page)
                .map(x -> SummaryView.of(x, null)), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSummary", summary = "Get a summary with its lines", description = "Needs sunat.document.view.")
    @APIResponse(responseCode = "200", description = "The summary, its ticket and every line with its document.",
            content = @Content(schema = @Schema(implementation = SummaryView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.document.view")
    public SummaryView get(@PathParam("id") long id) {
        return SummaryView.of(summaries.get(id), summaries.lines(id));
    }

    @GET
    @Path("/{id}/xml")
    @Produces({"application/xml", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getSummaryXml", summary = "The signed RC or RA XML", description = "Needs sunat.document.view.")
    @APIResponse(responseCode = "200", description = "The signed XML as sent.", content = @Content(mediaType = "application/xml",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.document.view")
    public Response xml(@PathParam("id") long id) {
        SunatSummary s = summaries.get(id);
        byte[] xml = summaries.file(id, false).orElseThrow(() -> new RecordNotFound("entity.summary", s.getIdentifier() + ".xml"));
        return Response.ok(xml, "application/xml").header("Content-Disposition",
                "attachment; filename=\"" + s.getIdentifier() + ".xml\"").build();
    }

    @GET
    @Path("/{id}/cdr")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getSummaryCdr", summary = "SUNAT's CDR of the ticket (zip)", description = "Needs sunat.document.view.")
    @APIResponse(responseCode = "200", description = "The CDR zip as SUNAT answered it.", content = @Content(mediaType = "application/zip",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.document.view")
    public Response cdr(@PathParam("id") long id) {
        SunatSummary s = summaries.get(id);
        byte[] zip = summaries.file(id, true).orElseThrow(() -> new RecordNotFound("entity.summary", "R-" + s.getIdentifier()));
        return Response.ok(zip, "application/zip").header("Content-Disposition",
                "attachment; filename=\"R-" + s.getIdentifier() + ".zip\"").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSummaries", summary = "Build the RC of a company and issue date now",
            description = "Needs sunat.document.issue. The company must send its boletas by daily summary "
                    + "(422 boletas-by-bill). As many files as the line limit needs; none when nothing is pending.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SummaryViews.SummaryInput.class)))
    @APIResponse(responseCode = "200", description = "The summaries built (possibly none); they are sent right after.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SummaryView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", description = "boletas-by-bill, summary-date-future.")
    @RolesAllowed("sunat.document.issue")
    public List<SummaryView> create(JsonObject body) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(request.getLocale(), "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, request.getLocale());
        Map<String, String> errors = new LinkedHashMap<>();
        Integer company = body.get("companyId") instanceof JsonNumber n && n.isIntegral() ? n.intValue() : null;
        if (company == null) {
            errors.put("companyId", ApiTexts.text(request.getLocale(), "field.integer"));
        }
        LocalDate date = QueryValues.date("referenceDate", fields.string("referenceDate"), errors, request.getLocale());
        if (date == null && !errors.containsKey("referenceDate")) {
            errors.put("referenceDate", ApiTexts.text(request.getLocale(), "field.date"));
        }
        fields.refuseUnknown(Set.of("companyId", "referenceDate"), Set.of());
        errors.putAll(fields.errors());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return summaries.summarize(company, date).stream().map(s -> SummaryView.of(s, null)).toList();
    }
}
