package pe.colca.api.admin;

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
import java.util.LinkedHashMap;
import java.util.Map;
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
import pe.colca.settings.MaintenanceJobs;
import pe.colca.settings.MaintenanceJobs.JobRun;

/**
 * {@code /api/v1/admin/jobs}: runs a maintenance job now and follows its execution. Today the
 * partition maintenance (the daily timer runs it too); needs {@code batch.job.start} to start and
 * {@code batch.job.view} to follow.
 */
@Path("/admin/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class JobResource {

    @EJB
    private MaintenanceJobs jobs;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @POST
    @Path("/partition-maintenance")
    @Operation(operationId = "startPartitionMaintenance",
            summary = "Run the partition maintenance now", description = "Starts the job that creates the "
            + "monthly partitions of inventory_movements and audit_logs and the yearly ones of loyalty_movements "
            + "for the current period and the periods ahead (idempotent). Needs batch.job.start. The job runs "
            + "after the answer; follow it with the Location.")
    @APIResponse(responseCode = "202", description = "Started; Location of the execution.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = JobRun.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("batch.job.start")
    public Response startPartitionMaintenance(
            @QueryParam("periodsAhead") @Parameter(description = "Periods ahead (0..36); absent: the setting "
                    + "maintenance.partitions.periods_ahead.") String periodsAhead) {
        Integer ahead = null;
        if (periodsAhead != null && !periodsAhead.isBlank()) {
            try {
                ahead = Integer.valueOf(periodsAhead.strip());
            } catch (NumberFormatException e) {
                Map<String, String> errors = new LinkedHashMap<>();
                errors.put("periodsAhead", ApiTexts.text(request.getLocale(), "field.integer"));
                throw new InvalidInput(errors);
            }
        }
        JobRun run = jobs.startPartitionMaintenance(ahead);
        URI self = uri.getBaseUriBuilder().path("admin/jobs/executions").path(String.valueOf(run.executionId())).build();
        return Response.accepted(run).location(self).build();
    }

    @GET
    @Path("/executions/{executionId}")
    @Operation(operationId = "getJobExecution",
            summary = "A maintenance job execution", description = "Status (STARTING, STARTED, COMPLETED, "
            + "FAILED, ...) and exit status (CREATED=n: partitions created). Needs batch.job.view.")
    @APIResponse(responseCode = "200", description = "The execution.",
            content = @Content(schema = @Schema(implementation = JobRun.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("batch.job.view")
    public JobRun execution(@PathParam("executionId") long executionId) {
        return jobs.run(executionId);
    }
}
