package pe.colca.api.invoicing;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.invoicing.VoidingService;

/** One attempt of a voiding: the RA (or RC with condition 3) that carried it, its ticket and SUNAT's answer. */
@Schema(name = "VoidingAttempt")
public record VoidingAttemptView(long summaryId, String summaryIdentifier,
                                 @Schema(enumeration = {"RC", "RA"}) String kind,
                                 @Schema(enumeration = {"NEW", "SENT", "ACCEPTED", "REJECTED", "ERROR", "EXPIRED"}) String status,
                                 @Schema(nullable = true) String ticket,
                                 @Schema(nullable = true) String statusCode,
                                 @Schema(nullable = true) String message,
                                 @Schema(enumeration = {"INCLUDED", "ACCEPTED", "REJECTED"}) String lineStatus,
                                 @Schema(nullable = true, description = "SUNAT's code on the document's line") String lineCode,
                                 Instant createdAt, @Schema(nullable = true) Instant sentAt,
                                 @Schema(nullable = true) Instant answeredAt) {

    static VoidingAttemptView of(VoidingService.Attempt a) {
        return new VoidingAttemptView(a.summaryId(), a.summaryIdentifier(), a.kind().name(), a.status().name(), a.ticket(),
                a.statusCode(), a.message(), a.lineStatus().name(), a.lineCode(), CompanyView.stored(a.createdAt()),
                CompanyView.stored(a.sentAt()), CompanyView.stored(a.answeredAt()));
    }
}
