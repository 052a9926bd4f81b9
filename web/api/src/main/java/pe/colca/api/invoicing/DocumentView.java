package pe.colca.api.invoicing;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.invoicing.DocumentDetail;
import pe.colca.invoicing.ElectronicDocument;

/** An electronic document as the API shows it; the detail adds the timeline and related documents. */
@JsonbPropertyOrder({"id", "documentType", "number", "series", "correlative", "orderId", "issueDate", "currency",
        "totalAmount", "totalIgv", "totalGravado", "status", "sunatMessage", "needsAttention", "attempts", "lastError",
        "customerDocType", "customerDocNumber", "customerName", "hashCpe", "xmlUrl", "cdrUrl", "pdfUrl", "sentAt",
        "answeredAt", "createdAt", "replacesDocumentId", "referencedDocumentId", "noteReasonCode", "noteReason",
        "locationId", "replaces", "replacedBy", "referenced", "events"})
@Schema(name = "ElectronicDocument", description = "A factura, boleta or note sent to SUNAT, with where it stands.")
public record DocumentView(
        @Schema(example = "1201") long id,
        @Schema(description = "SUNAT catalog 01.", enumeration = {"01", "03", "07", "08"}, example = "03") String documentType,
        @Schema(example = "B001-45") String number,
        @Schema(example = "B001") String series,
        @Schema(example = "45") int correlative,
        @Schema(nullable = true) Long orderId,
        LocalDate issueDate,
        @Schema(example = "PEN") String currency,
        @Schema(example = "118.00") BigDecimal totalAmount,
        @Schema(example = "18.00") BigDecimal totalIgv,
        @Schema(example = "100.00") BigDecimal totalGravado,
        @Schema(enumeration = {"PENDING", "SENT", "ACCEPTED", "OBSERVED", "REJECTED", "VOIDED", "ERROR"}) String status,
        @Schema(nullable = true, description = "SUNAT's words: observations or the rejection.") String sunatMessage,
        @Schema(description = "Waiting for a person: attempts exhausted, or rejected.") boolean needsAttention,
        int attempts,
        @Schema(nullable = true) String lastError,
        @Schema(nullable = true, description = "Catalog 06 of the buyer.", example = "1") String customerDocType,
        @Schema(nullable = true, example = "45678912") String customerDocNumber,
        @Schema(nullable = true, example = "ANA QUISPE MAMANI") String customerName,
        @Schema(nullable = true, description = "DigestValue of the signature (printed as Resumen and in the QR).")
        String hashCpe,
        @Schema(nullable = true, example = "/api/v1/invoicing/documents/1201/xml") String xmlUrl,
        @Schema(nullable = true, example = "/api/v1/invoicing/documents/1201/cdr") String cdrUrl,
        @Schema(nullable = true, example = "/api/v1/invoicing/documents/1201/pdf") String pdfUrl,
        @Schema(nullable = true) Instant sentAt,
        @Schema(nullable = true) Instant answeredAt,
        Instant createdAt,
        @Schema(nullable = true, description = "The rejected document this one re-issues.") Long replacesDocumentId,
        @Schema(nullable = true, description = "The document a note modifies.") Long referencedDocumentId,
        @Schema(nullable = true, description = "Catalog 09/10 reason of a note.") String noteReasonCode,
        @Schema(nullable = true) String noteReason,
        @Schema(nullable = true, description = "Detail only: the store of the series.") Integer locationId,
        @Schema(nullable = true, description = "Detail only.") Related replaces,
        @Schema(nullable = true, description = "Detail only: the document that re-issued this rejected one.")
        Related replacedBy,
        @Schema(nullable = true, description = "Detail only.") Related referenced,
        @Schema(nullable = true, description = "Detail only: the status timeline, oldest first.") List<Event> events) {

    public static DocumentView of(ElectronicDocument d) {
        return of(d, null, null, null, null, null);
    }

    public static DocumentView of(DocumentDetail detail) {
        return of(detail.document(), detail.locationId(), related(detail.replaces()), related(detail.replacedBy()),
                related(detail.referenced()), detail.events().stream().map(Event::of).toList());
    }

    private static DocumentView of(ElectronicDocument d, Integer locationId, Related replaces, Related replacedBy,
                                   Related referenced, List<Event> events) {
        return new DocumentView(d.getId(), d.getDocumentTypeCode(), d.number(), d.getSeries(), d.getCorrelativeNumber(),
                d.getOrderId(), d.getIssueDate(), d.getCurrency(), d.getTotalAmount(), d.getTotalIgv(),
                d.getTotalGravado(), d.getSunatStatus().name(), d.getSunatMessage(), d.isNeedsAttention(),
                d.getAttempts(), d.getLastError(), d.getCustomerDocType(), d.getCustomerDocNumber(), d.getCustomerName(),
                d.getHashCpe(), d.getXmlUrl(), d.getCdrUrl(), d.getPdfUrl(), CompanyView.stored(d.getSentAt()),
                CompanyView.stored(d.getAnsweredAt()), CompanyView.stored(d.getCreatedAt()), d.getReplacesDocumentId(),
                d.getReferencedDocumentId(), d.getNoteReasonCode(), d.getNoteReason(), locationId, replaces, replacedBy,
                referenced, events);
    }

    private static Related related(DocumentDetail.Related r) {
        return r == null ? null : new Related(r.id(), r.number(), r.status().name());
    }

    /** Another document, by id and number. */
    @Schema(name = "RelatedDocument")
    public record Related(long id, @Schema(example = "B001-46") String number, String status) {
    }

    /** One step of the timeline. */
    @Schema(name = "DocumentEvent")
    public record Event(Instant occurredAt,
                        @Schema(enumeration = {"PENDING", "SENT", "ACCEPTED", "OBSERVED", "REJECTED", "VOIDED", "ERROR"})
                        String status,
                        @Schema(nullable = true, description = "SUNAT's code.", example = "2017") String code,
                        @Schema(nullable = true) String message,
                        @Schema(nullable = true, description = "Who acted; null for the system.") Long actorId,
                        @Schema(nullable = true) String actorName) {
        static Event of(DocumentDetail.TimelineStep s) {
            return new Event(CompanyView.stored(s.occurredAt()), s.status().name(), s.code(), s.message(), s.actorId(),
                    s.actorName());
        }
    }
}
