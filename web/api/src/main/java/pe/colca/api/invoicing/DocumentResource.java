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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import pe.colca.api.ApiTexts;
import pe.colca.api.ColcaApi;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.QueryValues;
import pe.colca.common.InvalidInput;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.invoicing.DocumentFile;
import pe.colca.invoicing.DocumentFilter;
import pe.colca.invoicing.DocumentService;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.SunatStatus;
import pe.colca.invoicing.print.PrintFormat;

/**
 * {@code /api/v1/invoicing/documents}: the electronic documents (list, detail with the status timeline,
 * downloads of the signed XML, the CDR and the printed copy), issuing an order's document, and what a
 * person does about one that needs attention (resend, re-issue after a rejection). One service call per
 * method; documents of stores outside the caller's scope are 403 {@code out-of-scope}.
 */
@Path("/invoicing/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoicing documents")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class DocumentResource {

    static final Set<String> SORTABLE = Set.of("issueDate", "number", "total", "status", "createdAt");
    static final String PDF = "application/pdf";
    static final String XML = "application/xml";
    static final String ZIP = "application/zip";

    @EJB
    private DocumentService documents;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listDocuments", summary = "List electronic documents",
            description = "Newest first (by date of issue), in the caller's stores. Needs sunat.document.view.")
    @APIResponse(responseCode = "200", description = "A page of documents; Link header with next/prev/first/last.",
            content = @Content(schema = @Schema(implementation = DocumentPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("sunat.document.view")
    public Response list(
            @QueryParam("status") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"PENDING", "SENT",
                    "ACCEPTED", "OBSERVED", "REJECTED", "VOIDED", "ERROR"})) String status,
            @QueryParam("type") @Parameter(description = "Catalog 01 code (01, 03, 07, 08) or FACTURA, BOLETA, "
                    + "NOTA_CREDITO, NOTA_DEBITO.") String type,
            @QueryParam("series") @Parameter(description = "Exactly, e.g. B001.") String series,
            @QueryParam("from") @Parameter(description = "First date of issue (YYYY-MM-DD).",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Last date of issue (YYYY-MM-DD).",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("q") @Parameter(description = "Part of the number (B001-45), the customer's document number "
                    + "or name.") String q,
            @QueryParam("needsAttention") @Parameter(description = "true: only the attention queue.",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String needsAttention,
            @QueryParam("orderId") @Parameter(description = "The documents of one order.",
                    schema = @Schema(type = SchemaType.INTEGER)) String orderId,
            @BeanParam PageParams paging) {
        Locale locale = request.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, SORTABLE, "issueDate", errors, locale);
        DocumentFilter filter = new DocumentFilter(
                QueryValues.enumeration("status", status, SunatStatus.class, errors, locale),
                type("type", type, errors), seriesFilter(series, errors), QueryValues.date("from", from, errors, locale),
                QueryValues.date("to", to, errors, locale), QueryValues.text(q), QueryValues.bool("needsAttention",
                needsAttention, errors, locale), QueryValues.positiveId("orderId", orderId, errors,
                ApiTexts.text(locale, "invoicing.document.orderId")));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(documents.search(filter, page).map(DocumentView::of), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDocument", summary = "Get a document with its status timeline",
            description = "With the timeline (oldest first), the document it re-issues or that re-issued it, and the "
                    + "document a note modifies. Needs sunat.document.view.")
    @APIResponse(responseCode = "200", description = "The document.",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.document.view")
    public DocumentView get(@PathParam("id") long id) {
        return DocumentView.of(documents.get(id));
    }

    @GET
    @Path("/{id}/xml")
    @Produces({XML, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadDocumentXml", summary = "The signed XML, as sent to SUNAT",
            description = "Needs sunat.document.view. 404 document-file-missing before it is signed.")
    @APIResponse(responseCode = "200", description = "The signed UBL 2.1 document.",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.document.view")
    public Response xml(@PathParam("id") long id) {
        return download(documents.file(id, DocumentFile.Kind.XML, null));
    }

    @GET
    @Path("/{id}/cdr")
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadDocumentCdr", summary = "SUNAT's receipt (CDR), the zip as received",
            description = "Needs sunat.document.view. 404 document-file-missing before SUNAT answers.")
    @APIResponse(responseCode = "200", description = "The CDR zip.",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.document.view")
    public Response cdr(@PathParam("id") long id) {
        return download(documents.file(id, DocumentFile.Kind.CDR, null));
    }

    @GET
    @Path("/{id}/pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadDocumentPdf", summary = "The printed copy (representación impresa)",
            description = "Made from the signed XML: issuer, customer, lines, totals by affectation, IGV, amount in "
                    + "words, hash and QR. format=a4 (default) or ticket (80 mm). Needs sunat.document.view.")
    @APIResponse(responseCode = "200", description = "The PDF.",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.document.view")
    public Response pdf(@PathParam("id") long id,
                        @QueryParam("format") @Parameter(schema = @Schema(type = SchemaType.STRING,
                                enumeration = {"a4", "ticket"})) String format) {
        PrintFormat printFormat;
        try {
            printFormat = PrintFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("format", ApiTexts.text(request.getLocale(), "field.enum", "a4, ticket"));
        }
        return download(documents.file(id, DocumentFile.Kind.PDF, printFormat));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueOrderDocument", summary = "The document of an order (issue or re-issue)",
            description = "Answers the order's live document (200). When the order's last document was rejected by "
                    + "SUNAT and nobody re-issued it, re-issues it with the series' next number (201). A paid order "
                    + "gets its document with its payment: an order without any is 422 order-not-invoiced. "
                    + "Idempotency-Key is required (8 to 100 visible characters): a retry answers 200 with the same "
                    + "document, never a second one. Needs sunat.document.issue.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IssueInput.class)))
    @APIResponse(responseCode = "200", description = "The order's live document.",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "201", description = "A re-issue of the rejected document; Location header.",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", description = "order-not-invoiced, series-not-configured.")
    @RolesAllowed("sunat.document.issue")
    public Response issue(@HeaderParam("Idempotency-Key") @Parameter(required = true,
                                  description = "A key per request; repeat it only to retry the same one.")
                          String idempotencyKey, JsonObject body) {
        Locale locale = request.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        if (idempotencyKey == null || !idempotencyKey.matches("[\\x21-\\x7E]{8,100}")) {
            errors.put("Idempotency-Key", ApiTexts.text(locale, "invoicing.document.idempotencyKey"));
        }
        JsonValue order = body == null ? null : body.get("orderId");
        if (!(order instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1) {
            errors.put("orderId", ApiTexts.text(locale, "invoicing.document.orderId"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        DocumentService.OrderDocument answer = documents.issueForOrder(((JsonNumber) order).longValue());
        DocumentView view = DocumentView.of(answer.document());
        if (answer.created()) {
            return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
                    .entity(view).build();
        }
        return Response.ok(view).build();
    }

    @POST
    @Path("/{id}/resend")
    @Operation(operationId = "resendDocument", summary = "Send a document again (Reenviar)",
            description = "Back in the sender's queue at once, off the attention queue, attempts counted anew; a "
                    + "timeline row names who did it. A document SUNAT answered is 409 document-answered (re-issue a "
                    + "rejected one). Needs sunat.document.issue.")
    @APIResponse(responseCode = "200", description = "Queued.",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("sunat.document.issue")
    public DocumentView resend(@PathParam("id") long id) {
        return DocumentView.of(documents.resend(id));
    }

    @POST
    @Path("/{id}/reissue")
    @Operation(operationId = "reissueDocument", summary = "Re-issue a rejected document (Re-emitir)",
            description = "A new document of the same order, type and series with the series' next number "
                    + "(replacesDocumentId = this one); the rejected number stays burnt. 409 document-not-rejected, "
                    + "document-already-reissued. Needs sunat.document.issue.")
    @APIResponse(responseCode = "201", description = "The new document; Location header.",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "series-not-configured: the series is gone or exhausted.")
    @RolesAllowed("sunat.document.issue")
    public Response reissue(@PathParam("id") long id) {
        DocumentView created = DocumentView.of(documents.reissue(id));
        return Response.created(uri.getBaseUriBuilder().path("invoicing/documents").path(String.valueOf(created.id()))
                .build()).entity(created).build();
    }

    private static Response download(DocumentFile file) {
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    private DocumentType type(String name, String value, Map<String, String> errors) {
        String text = QueryValues.text(value);
        if (text == null) {
            return null;
        }
        try {
            return text.matches("\\d{2}") ? DocumentType.fromCode(text) : DocumentType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(name, ApiTexts.text(request.getLocale(), "field.enum",
                    "01, 03, 07, 08, FACTURA, BOLETA, NOTA_CREDITO, NOTA_DEBITO"));
            return null;
        }
    }

    private String seriesFilter(String value, Map<String, String> errors) {
        String text = QueryValues.text(value);
        if (text != null && !text.matches("[A-Za-z0-9]{4}")) {
            errors.put("series", ApiTexts.text(request.getLocale(), "invoicing.document.series"));
            return null;
        }
        return text;
    }

    /** The body of {@code POST /invoicing/documents}. */
    @Schema(name = "DocumentIssueInput")
    public record IssueInput(@Schema(required = true, description = "The paid order.", example = "5012") long orderId) {
    }

    /** The schema of a page of documents, for the OpenAPI document only (the answer is a {@code PageView}). */
    @Schema(name = "DocumentPage", description = "One page of electronic documents; the Link header has next/prev/first/last.")
    public record DocumentPage(
            List<DocumentView> items,
            @Schema(description = "How many documents match, over all pages.", example = "2") long total,
            @Schema(description = "Position of the first item.", example = "0") int offset,
            @Schema(description = "Page size asked for.", example = "20") int limit) {
    }
}
