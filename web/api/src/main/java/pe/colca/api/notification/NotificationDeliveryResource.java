package pe.colca.api.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.notification.DeliveryRun;
import pe.colca.notification.NotificationDelivery;

/**
 * {@code /api/v1/admin/notifications}: runs the notification delivery sweep now (the timer runs it
 * every minute), e.g. after a broker outage. Needs {@code batch.job.start}.
 */
@Path("/admin/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class NotificationDeliveryResource {

    @EJB
    private NotificationDelivery delivery;

    @POST
    @Path("/sweep")
    @Operation(operationId = "sweepNotifications", summary = "Deliver the pending notifications now", description = "Hands every due PENDING "
            + "notification to the sender of its channel and answers what happened: sent, retrying (a failed "
            + "attempt, tried again later), failed (attempts exhausted), waitingForSender (no sender for the "
            + "channel yet: they stay PENDING), skipped (held by another delivery). Needs batch.job.start.")
    @APIResponse(responseCode = "200", description = "What the sweep did with the due notifications.",
            content = @Content(schema = @Schema(implementation = DeliveryRun.class)))
    @RolesAllowed("batch.job.start")
    public DeliveryRun sweep() {
        return delivery.deliverDue();
    }
}
