package pe.colca.api.invoicing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.LongFunction;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.api.ColcaApi;
import pe.colca.api.ETags;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.QueryValues;
import pe.colca.common.InvalidInput;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.CompanyEstablishment;
import pe.colca.invoicing.CompanyService;
import pe.colca.invoicing.DocumentSequence;
import pe.colca.invoicing.DocumentType;

/**
 * {@code /api/v1/invoicing/companies}: the issuing companies, their certificate and SOL credentials
 * (write-only), establishment codes and series. Follows the locations pattern: one service call per
 * method, records in and out, ETag = version, {@code If-Match} on changes.
 */
@Path("/invoicing/companies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoicing companies")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class CompanyResource {

    static final Set<String> SORTABLE = Set.of("ruc", "razonSocial", "tradeName");

    @EJB
    private CompanyService companies;

    @Inject
    private RequestMetadata request;

    @Inject
    private Validator validator;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listCompanies", summary = "List issuing companies",
            description = "Filtered by RUC, legal or trade name, paged. Needs sunat.company.view.")
    @APIResponse(responseCode = "200", description = "A page of companies; Link header with next/prev/first/last.",
            content = @Content(schema = @Schema(implementation = CompanyPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("sunat.company.view")
    public Response list(@QueryParam("q") @Parameter(description = "Text in the RUC, legal or trade name.") String q,
                         @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, SORTABLE, "ruc", errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(companies.search(QueryValues.text(q), page).map(CompanyView::of), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCompany", summary = "Get a company", description = "Needs sunat.company.view. ETag = version.")
    @APIResponse(responseCode = "200", description = "The company.",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.company.view")
    public Response get(@PathParam("id") int id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Company company = companies.get(id);
        return ETags.conditional(ifNoneMatch, company.getVersion(), () -> CompanyView.of(company));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCompany", summary = "Register a company", description = "Needs sunat.company.edit. "
            + "The RUC must have a valid prefix and check digit and be new.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CompanyInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers.",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("sunat.company.edit")
    public Response create(JsonObject body) {
        Company created = companies.create(CompanyInput.read(body, validator, request.getLocale()));
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build();
        return Response.created(self).tag(ETags.of(created.getVersion())).entity(CompanyView.of(created)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCompany", summary = "Replace a company's description",
            description = "Needs sunat.company.edit and If-Match. The RUC cannot change.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CompanyInput.class)))
    @APIResponse(responseCode = "200", description = "Updated; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("sunat.company.edit")
    public Response update(@PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonObject body) {
        return update(ifMatch, version -> companies.update(id, version, CompanyInput.read(body, validator,
                request.getLocale())));
    }

    @PUT
    @Path("/{id}/sol-credentials")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setCompanySolCredentials", summary = "Set the SOL user and password",
            description = "Needs sunat.company.edit and If-Match. The password is stored encrypted and never returned; "
                    + "leave it out to keep the stored one.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CompanyInput.SolCredentials.class)))
    @APIResponse(responseCode = "200", description = "Stored; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("sunat.company.edit")
    public Response solCredentials(@PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   JsonObject body) {
        return update(ifMatch, version -> {
            CompanyInput.SolCredentials c = CompanyInput.SolCredentials.read(body, request.getLocale());
            return companies.changeSolCredentials(id, version, c.solUser(), c.solPassword());
        });
    }

    @PUT
    @Path("/{id}/certificate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadCompanyCertificate", summary = "Install the signing certificate (PKCS#12)",
            description = "Needs sunat.company.edit and If-Match. The file (base64) must open with the password and "
                    + "hold an RSA key with its certificate, valid today; both are stored encrypted.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CompanyInput.Certificate.class)))
    @APIResponse(responseCode = "200", description = "Installed; the certificate's subject, serial and validity shown.",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "certificate-expired: the certificate is not valid today.")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("sunat.company.edit")
    public Response certificate(@PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                JsonObject body) {
        return update(ifMatch, version -> {
            CompanyInput.Certificate c = CompanyInput.Certificate.read(body, request.getLocale());
            return companies.uploadCertificate(id, version, c.fileName(), c.bytes(request.getLocale()), c.password());
        });
    }

    @GET
    @Path("/{id}/establishments")
    @Operation(operationId = "listCompanyEstablishments", summary = "Establishment codes of the company's stores",
            description = "Needs sunat.company.view.")
    @APIResponse(responseCode = "200", description = "Every store with a code.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.company.view")
    public List<EstablishmentView> establishments(@PathParam("id") int id) {
        return companies.establishments(id).stream().map(EstablishmentView::of).toList();
    }

    @PUT
    @Path("/{id}/establishments/{locationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setCompanyEstablishment", summary = "Set a store's establishment code",
            description = "Needs sunat.company.edit. Four digits, unique within the company.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CompanyInput.Establishment.class)))
    @APIResponse(responseCode = "200", description = "Stored.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("sunat.company.edit")
    public EstablishmentView setEstablishment(@PathParam("id") int id, @PathParam("locationId") int locationId,
                                              JsonObject body) {
        String code = CompanyInput.Establishment.read(body, request.getLocale()).code();
        if (code == null || code.isBlank()) {
            throw InvalidInput.of("code", pe.colca.common.Messages.format(request.getLocale(),
                    "invoicing.company.establishment.format"));
        }
        return EstablishmentView.of(companies.setEstablishment(id, locationId, code));
    }

    @DELETE
    @Path("/{id}/establishments/{locationId}")
    @Operation(operationId = "removeCompanyEstablishment", summary = "Remove a store's establishment code",
            description = "Needs sunat.company.edit.")
    @APIResponse(responseCode = "204", description = "Removed (or there was none).")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.company.edit")
    public Response removeEstablishment(@PathParam("id") int id, @PathParam("locationId") int locationId) {
        companies.setEstablishment(id, locationId, null);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/series")
    @Operation(operationId = "listCompanySeries", summary = "The company's document series",
            description = "Needs sunat.company.view. Per type and series: the store bound to it and the last number.")
    @APIResponse(responseCode = "200", description = "Every series.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.company.view")
    public List<SeriesView> series(@PathParam("id") int id) {
        return companies.series(id).stream().map(SeriesView::of).toList();
    }

    @POST
    @Path("/{id}/series")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCompanySeries", summary = "Add a document series",
            description = "Needs sunat.company.edit. F… for facturas, B… for boletas, notes take their document's letter; "
                    + "a store has one series per type and letter.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CompanyInput.Series.class)))
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("sunat.company.edit")
    public Response addSeries(@PathParam("id") int id, JsonObject body) {
        CompanyInput.Series s = CompanyInput.Series.read(body, request.getLocale());
        DocumentType type;
        try {
            type = s.documentType() == null ? null : DocumentType.fromCode(s.documentType());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("documentType", pe.colca.common.Messages.format(request.getLocale(),
                    "invoicing.series.type.required"));
        }
        DocumentSequence created = companies.addSeries(id, type, s.series(), s.locationId());
        return Response.status(Response.Status.CREATED).entity(SeriesView.of(created)).build();
    }

    private Response update(String ifMatch, LongFunction<Company> change) {
        return ETags.update(ifMatch, request.getLocale(), change, CompanyView::of, Company::getVersion);
    }

    /** A store's establishment code. */
    @Schema(name = "CompanyEstablishment")
    public record EstablishmentView(int locationId, @Schema(example = "0001") String code) {
        static EstablishmentView of(CompanyEstablishment e) {
            return new EstablishmentView(e.getLocationId(), e.getCode());
        }
    }

    /** A document series. */
    @Schema(name = "DocumentSeries")
    public record SeriesView(int id, @Schema(example = "01") String documentType, @Schema(example = "F001") String series,
                             @Schema(nullable = true) Integer locationId,
                             @Schema(description = "The last number taken (0: none yet).") int currentNumber) {
        static SeriesView of(DocumentSequence s) {
            return new SeriesView(s.getId(), s.getDocumentTypeCode(), s.getSeries(), s.getLocationId(), s.getCurrentNumber());
        }
    }

    /** The schema of a page of companies, for the OpenAPI document only (the answer is a {@code PageView}). */
    @Schema(name = "CompanyPage", description = "One page of issuing companies; the Link header has next/prev/first/last.")
    public record CompanyPage(
            List<CompanyView> items,
            @Schema(description = "How many companies match, over all pages.", example = "2") long total,
            @Schema(description = "Position of the first item.", example = "0") int offset,
            @Schema(description = "Page size asked for.", example = "20") int limit) {
    }
}
