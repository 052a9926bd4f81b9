package pe.colca.api.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ApiTexts;
import pe.colca.api.ColcaApi;
import pe.colca.common.InvalidInput;
import pe.colca.common.RequestMetadata;
import pe.colca.customer.LoyaltyExpiryRuns;
import pe.colca.settings.MaintenanceJobs.JobRun;

/**
 * {@code /api/v1/admin/jobs/loyalty-expiry}: runs the loyalty points expiry job now (the daily timer runs it
 * at 03:20 Lima too) and follows its executions. Needs {@code batch.job.start} to start, {@code batch.job.view}
 * to follow.
 */
@Path("/admin/jobs/loyalty-expiry")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class LoyaltyExpiryJobResource {

    @EJB
    private LoyaltyExpiryRuns runs;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @POST
    @Operation(operationId = "startLoyaltyExpiry", summary = "Run the loyalty points expiry now",
            description = "Starts the job that writes an EXPIRE movement for every account with points older than "
                    + "loyalty.points.expiry_days (idempotent for a day: a second run the same day writes nothing). "
                    + "Needs batch.job.start. The job runs after the answer; follow it with the Location.")
    @APIResponse(responseCode = "202", description = "Started; Location of the execution.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = JobRun.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("batch.job.start")
    public Response start(@QueryParam("asOf") @Parameter(description = "The day (yyyy-MM-dd); absent: today in "
            + "Lima.") String asOf) {
        LocalDate day = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInput.of("asOf", ApiTexts.text(request.getLocale(), "field.date"));
            }
        }
        JobRun run = runs.start(day);
        URI self = uri.getBaseUriBuilder().path("admin/jobs/loyalty-expiry/executions")
                .path(String.valueOf(run.executionId())).build();
        return Response.accepted(run).location(self).build();
    }

    @GET
    @Path("/executions/{executionId}")
    @Operation(operationId = "getLoyaltyExpiryExecution", summary = "A loyalty expiry execution",
            description = "Status (STARTING, STARTED, COMPLETED, FAILED, ...). Needs batch.job.view.")
    @APIResponse(responseCode = "200", description = "The execution.",
            content = @Content(schema = @Schema(implementation = JobRun.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("batch.job.view")
    public JobRun execution(@PathParam("executionId") long executionId) {
        return runs.run(executionId);
    }
}
