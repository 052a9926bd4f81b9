package pe.colca.api.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.invoicing.SummaryService;
import pe.colca.invoicing.SunatSummary;
import pe.colca.invoicing.VoidingService;

/** What {@code /invoicing/summaries} and {@code /invoicing/voidings} answer. */
public final class SummaryViews {

    private SummaryViews() {
    }

    /** A resumen diario (RC) or comunicación de baja (RA) with its ticket. */
    @Schema(name = "SunatSummary")
    public record SummaryView(long id, int companyId,
                       @Schema(enumeration = {"RC", "RA"}) String kind,
                       @Schema(example = "RC-20261204-1") String identifier,
                       LocalDate issueDate, LocalDate referenceDate,
                       @Schema(enumeration = {"NEW", "SENT", "ACCEPTED", "REJECTED", "ERROR", "EXPIRED"}) String status,
                       @Schema(nullable = true) String ticket,
                       @Schema(nullable = true, description = "SUNAT's code of the answer (0 accepted).") String statusCode,
                       @Schema(nullable = true) String message,
                       int attempts, @Schema(nullable = true) Instant nextPollAt, int lineCount,
                       boolean xmlAvailable, boolean cdrAvailable,
                       Instant createdAt, @Schema(nullable = true) Instant sentAt, @Schema(nullable = true) Instant answeredAt,
                       @Schema(nullable = true, description = "Only in the detail.") List<LineView> lines) {

        static SummaryView of(SunatSummary s, List<SummaryService.LineView> lines) {
            return new SummaryView(s.getId(), s.getCompanyId(), s.getKind().name(), s.getIdentifier(), s.getIssueDate(),
                    s.getReferenceDate(), s.getStatus().name(), s.getTicket(), s.getStatusCode(), s.getMessage(),
                    s.getAttempts(), s.getNextPollAt(), s.getLineCount(), s.getXmlPath() != null, s.getCdrPath() != null,
                    CompanyView.stored(s.getCreatedAt()), CompanyView.stored(s.getSentAt()),
                    CompanyView.stored(s.getAnsweredAt()), lines == null ? null : lines.stream().map(LineView::of).toList());
        }
    }

    /** A document of a summary. */
    @Schema(name = "SunatSummaryLine")
    public record LineView(int lineNumber, long documentId, String documentType, String documentNumber,
                    @Schema(nullable = true, description = "RC: 1 add, 2 modify, 3 annul; RA: null") Integer conditionCode,
                    @Schema(enumeration = {"INCLUDED", "ACCEPTED", "REJECTED"}) String status,
                    @Schema(nullable = true) String responseCode, @Schema(nullable = true) String message,
                    String documentStatus) {
        static LineView of(SummaryService.LineView l) {
            return new LineView(l.lineNumber(), l.documentId(), l.documentType(), l.documentNumber(), l.conditionCode(),
                    l.status().name(), l.responseCode(), l.message(), l.documentStatus().name());
        }
    }

    /** A voiding of a document. */
    @Schema(name = "Voiding")
    public record VoidingView(long id, long documentId, String documentType, String documentNumber, String reason,
                       @Schema(enumeration = {"PENDING", "SENT", "ACCEPTED", "REJECTED"}) String status,
                       @Schema(nullable = true) String ticket,
                       @Schema(nullable = true, description = "The RA, or the RC with condition 3, that carries it.")
                       String summaryIdentifier,
                       @Schema(nullable = true) Long summaryId,
                       Instant voidedAt, @Schema(nullable = true) Instant answeredAt, @Schema(nullable = true) String message) {
        static VoidingView of(VoidingService.VoidingView v) {
            return new VoidingView(v.voiding().getId(), v.documentId(), v.documentType(), v.documentNumber(),
                    v.voiding().getReason(), v.voiding().getStatus().name(), v.voiding().getTicketSunat(),
                    v.summaryIdentifier(), v.voiding().getSummaryId(), CompanyView.stored(v.voiding().getVoidedAt()),
                    CompanyView.stored(v.voiding().getAnsweredAt()), v.voiding().getMessage());
        }
    }

    /** {@code {"documentId": 12, "reason": "Error en el RUC"}}. */
    @Schema(name = "VoidingInput")
    public record VoidingInput(@Schema(required = true) long documentId,
                        @Schema(required = true, minLength = 3, maxLength = 255) String reason) {
    }

    /** {@code {"companyId": 1, "referenceDate": "2026-12-03"}}. */
    @Schema(name = "SummaryInput")
    public record SummaryInput(@Schema(required = true) int companyId,
                        @Schema(required = true, description = "Issue date of the boletas to summarize.") LocalDate referenceDate) {
    }

    /** {@code {"boletaDelivery": "SUMMARY"}}. */
    @Schema(name = "BoletaDeliveryInput")
    public record BoletaDeliveryInput(@Schema(required = true, enumeration = {"BILL", "SUMMARY"}) String boletaDelivery) {
    }

    /** The schema of a page of summaries, for the OpenAPI document only (the answer is a {@code PageView}). */
    @Schema(name = "SunatSummaryPage", description = "One page of RC/RA files; the Link header has next/prev/first/last.")
    public record SummaryPage(List<SummaryView> items, long total, int offset, int limit) {
    }

    /** The schema of a page of voidings, for the OpenAPI document only. */
    @Schema(name = "VoidingPage", description = "One page of voidings; the Link header has next/prev/first/last.")
    public record VoidingPage(List<VoidingView> items, long total, int offset, int limit) {
    }
}
