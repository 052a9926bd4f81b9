package pe.colca.api.invoicing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.common.InvalidInput;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.invoicing.SeriesReports;

/**
 * {@code /api/v1/invoicing/series/{id}/report}: every number of a series ({@code document_sequences}) from 1 to
 * its current number, issued, burnt (rejected by SUNAT, with its replacement) or an unexplained gap, paged by
 * number range, with the counts.
 */
@Path("/invoicing/series")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoicing series report")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class SeriesReportResource {

    @EJB
    private SeriesReports reports;

    @Inject
    private RequestMetadata request;

    @GET
    @Path("/{id}/report")
    @Operation(operationId = "getSeriesReport", summary = "Report of a series' numbers",
            description = "Needs sunat.document.view. show=ALL (default) pages through the numbers in order: offset 0"
                    + " starts at number 1, limit numbers per page; show=BURNT or GAP lists only those. summary counts"
                    + " issued, burnt, replaced and gaps (a gap is a number without a document: it must never happen).")
    @APIResponse(responseCode = "200", description = "The counts and one page of numbers.",
            content = @Content(schema = @Schema(implementation = DeadlineViews.SeriesReportView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.document.view")
    public DeadlineViews.SeriesReportView report(@PathParam("id") String id, @QueryParam("show") String show,
                                                 @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        ReportParams params = new ReportParams(errors, request.getLocale());
        Long series = params.id("id", id);
        if (series != null && series > Integer.MAX_VALUE) {
            series = null;
            errors.put("id", pe.colca.api.ApiTexts.text(request.getLocale(), "field.integer"));
        }
        SeriesReports.Show s = params.enumeration("show", show, SeriesReports.Show.class);
        PageRequest page = Paging.request(paging, Set.of("number"), "number", errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return DeadlineViews.SeriesReportView.of(reports.report(series.intValue(), s, page));
    }
}
