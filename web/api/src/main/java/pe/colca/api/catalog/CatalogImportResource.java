package pe.colca.api.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.catalog.importing.CatalogCsv;
import pe.colca.catalog.importing.CatalogImportService;
import pe.colca.catalog.importing.ImportSummary;
import pe.colca.common.InvalidInput;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;

/**
 * {@code /api/v1/catalog/imports}: CSV bulk import (docs/catalog-import.md). The file is the raw
 * {@code text/csv} body (no multipart, so no extra jars); the job runs in the background and the
 * answer is 202 with the import's {@code Location}.
 */
@Path("/catalog/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog imports", description = "Catalog: CSV bulk import of products, variants and prices.")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class CatalogImportResource {

    static final String CSV = "text/csv";
    private static final String CSV_UTF8 = "text/csv; charset=UTF-8";

    @EJB
    private CatalogImportService imports;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listCatalogImports",
            summary = "Recent imports", description = "Newest first, each with its current status and counts. "
            + "Needs catalog.import.")
    @APIResponse(responseCode = "200", description = "A page of imports.",
            content = @Content(schema = @Schema(implementation = CatalogSchemas.CatalogImportPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("catalog.import")
    public Response list(@BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("startedAt"), "startedAt", errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(imports.recent(page).map(ImportView::of), uri);
    }

    @GET
    @Path("/template")
    @Produces(CSV)
    @Operation(operationId = "getCatalogImportTemplate",
            summary = "Download the CSV template", description = "The header row and two example rows.")
    @APIResponse(responseCode = "200", description = "The template.", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING)))
    @PermitAll
    public Response template() {
        return Response.ok(CatalogCsv.TEMPLATE.getBytes(StandardCharsets.UTF_8), CSV_UTF8)
                .header("Content-Disposition", "attachment; filename=\"catalog-import-template.csv\"").build();
    }

    @POST
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "startCatalogImport",
            summary = "Start an import", description = "The body is the CSV file (UTF-8, optional BOM, header row). "
            + "Needs catalog.import. chunkSize: rows per transaction/checkpoint (1–1000, default 1000). failAfterRow: "
            + "restart drill only — the first run fails after the chunk holding that data row.")
    @APIResponse(responseCode = "202", description = "Started; Location names the import.",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("catalog.import")
    public Response start(@QueryParam("fileName") String fileName, @QueryParam("chunkSize") String chunkSize,
                          @QueryParam("failAfterRow") String failAfterRow, byte[] body) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer chunk = number("chunkSize", chunkSize, errors);
        Integer failAfter = number("failAfterRow", failAfterRow, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ImportSummary started = imports.start(fileName, body, chunk, failAfter);
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(started.id())).build();
        return Response.accepted(ImportView.of(started)).location(self).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCatalogImport", summary = "Import status", description = "Needs catalog.import.")
    @APIResponse(responseCode = "200", description = "The import.",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("catalog.import")
    public Response get(@PathParam("id") long id) {
        return Response.ok(ImportView.of(imports.get(id))).build();
    }

    @GET
    @Path("/{id}/errors")
    @Operation(operationId = "listCatalogImportErrors",
            summary = "Rejected rows", description = "Paged, by row number and column. Needs catalog.import.")
    @APIResponse(responseCode = "200", description = "A page of rejected rows.",
            content = @Content(schema = @Schema(implementation = CatalogSchemas.CatalogImportErrorPage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("catalog.import")
    public Response errors(@PathParam("id") long id, @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("rowNumber"), "rowNumber", errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(imports.errors(id, page).map(ImportErrorView::of), uri);
    }

    @GET
    @Path("/{id}/errors.csv")
    @Produces(CSV)
    @Operation(operationId = "getCatalogImportErrorReport",
            summary = "Error report", description = "row_number,column,reason as CSV. Needs catalog.import.")
    @APIResponse(responseCode = "200", description = "The report.", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("catalog.import")
    public Response errorReport(@PathParam("id") long id) {
        String csv = CatalogCsv.errorReport(imports.allErrors(id));
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8), CSV_UTF8)
                .header("Content-Disposition", "attachment; filename=\"catalog-import-" + id + "-errors.csv\"").build();
    }

    @POST
    @Path("/{id}/restart")
    @Operation(operationId = "restartCatalogImport",
            summary = "Restart a failed or stopped import", description = "From its last checkpoint; rows are "
            + "upserted by SKU, so nothing is duplicated. Needs catalog.import.")
    @APIResponse(responseCode = "202", description = "Restarted.",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Still running or completed.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("catalog.import")
    public Response restart(@PathParam("id") long id) {
        ImportSummary restarted = imports.restart(id);
        URI self = uri.getBaseUriBuilder().path(CatalogImportResource.class).path(String.valueOf(id)).build();
        return Response.accepted(ImportView.of(restarted)).location(self).build();
    }

    private Integer number(String name, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.put(name, "integer expected");
            return null;
        }
    }
}
