package pe.colca.api.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.api.ETags;
import pe.colca.api.JsonFields;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.QueryValues;
import pe.colca.common.InvalidInput;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.customer.Customer;
import pe.colca.customer.CustomerFilter;
import pe.colca.customer.CustomerLookup;
import pe.colca.customer.CustomerSegment;
import pe.colca.customer.CustomerService;
import pe.colca.customer.IdentityDocumentType;

/**
 * {@code /api/v1/customers}: customers and their addresses, as the locations resource does it (paging,
 * ETag/If-Match, problem+json), plus the POS lookup by document ({@code /customers/lookup}).
 */
@Path("/customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "Customers (DNI, RUC, CE, passport), addresses and the POS lookup.")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class CustomerResource {

    static final Set<String> SORTABLE = Set.of("fullName", "docNumber", "email", "segment", "createdAt", "active");
    private static final String IF_MATCH = "ETag of the version read, e.g. \"3\".";

    @EJB
    private CustomerService customers;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listCustomers", summary = "Search customers", description = "Live (not deleted) "
            + "customers, filtered and paged. q matches the document number, the name (accent- and case-insensitive, "
            + "partial), the email or the phone (digits, partial). Needs customer.view.")
    @APIResponse(responseCode = "200", description = "A page of customers; Link header with next/prev/first/last.",
            content = @Content(schema = @Schema(implementation = CustomerPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("customer.view")
    public Response list(
            @QueryParam("q") @Parameter(description = "Document, name, email or phone.") String q,
            @QueryParam("segment") @Parameter(schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"REGULAR", "FREQUENT", "VIP", "WHOLESALE", "CORPORATE"})) String segment,
            @QueryParam("active") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String active,
            @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, SORTABLE, "fullName", errors, request.getLocale());
        CustomerSegment segmentFilter = QueryValues.enumeration("segment", segment, CustomerSegment.class, errors,
                request.getLocale());
        Boolean activeFilter = QueryValues.bool("active", active, errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(customers.search(new CustomerFilter(QueryValues.text(q), segmentFilter, activeFilter), page)
                .map(CustomerView::of), uri);
    }

    @GET
    @Path("/lookup")
    @Operation(operationId = "lookupCustomer", summary = "Look up a customer by document (the POS path)",
            description = "The live customer with this document, in one indexed query. Needs customer.view. The "
                    + "answer carries a strong ETag that changes with every edit of the customer; send it back in "
                    + "If-None-Match to get 304 Not Modified (no body). Cache-Control: private, no-cache.")
    @APIResponse(responseCode = "200", description = "The customer; ETag.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CustomerLookupView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("customer.view")
    public Response lookup(
            @QueryParam("type") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"DNI", "RUC", "CE", "PASSPORT"})) String type,
            @QueryParam("number") @Parameter(required = true, example = "46779354") String number,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        // an unknown type goes to the service as null: it refuses it (400, field type) after the permission check
        IdentityDocumentType docType = JsonFields.parseEnum(IdentityDocumentType.class, type);
        CustomerLookup found = customers.lookupByDocument(docType, number);
        EntityTag tag = CustomerLookupView.etag(found);
        if (CustomerLookupView.matches(ifNoneMatch, tag)) {
            return Response.notModified(tag).cacheControl(lookupCache()).build();
        }
        return Response.ok(CustomerLookupView.of(found)).tag(tag).cacheControl(lookupCache()).build();
    }

    @GET
    @Path("/districts")
    @Operation(operationId = "listCustomerDistricts", summary = "Districts (ubigeo) an address may name",
            description = "The reference list (Lima Metropolitana and Callao). Needs customer.view.")
    @APIResponse(responseCode = "200", description = "Every district.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DistrictView.class)))
    @RolesAllowed({"customer.view", "customer.create", "customer.edit"})
    public List<DistrictView> districts() {
        return customers.districts().stream().map(DistrictView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCustomer", summary = "Get a customer", description = "Needs customer.view. "
            + "Sends ETag (the version); If-None-Match with the current ETag gives 304.")
    @APIResponse(responseCode = "200", description = "The customer.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("customer.view")
    public Response get(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Customer customer = customers.get(id);
        return ETags.conditional(ifNoneMatch, customer.getVersion(), () -> CustomerView.of(customer));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCustomer", summary = "Create a customer", description = "Needs customer.create. "
            + "Document number and email must be unique among active customers (409 duplicate-key).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CustomerInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers.",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("customer.create")
    public Response create(JsonObject body) {
        Customer created = customers.create(CustomerInput.read(body, request.getLocale()));
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build();
        return Response.created(self).tag(ETags.of(created.getVersion())).entity(CustomerView.of(created)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCustomer", summary = "Replace a customer", description = "Needs customer.edit and "
            + "If-Match with the ETag of the version the change is based on (missing: 428; stale: 409).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CustomerInput.class)))
    @APIResponse(responseCode = "200", description = "Updated; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("customer.edit")
    public Response update(@PathParam("id") long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = IF_MATCH)
                           String ifMatch,
                           JsonObject body) {
        return ETags.update(ifMatch, request.getLocale(),
                version -> customers.update(id, version, CustomerInput.read(body, request.getLocale())),
                CustomerView::of, Customer::getVersion);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteCustomer", summary = "Delete a customer", description = "Needs customer.delete "
            + "and If-Match. A soft delete with a reason: the document number and the email are free again.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("customer.delete")
    public Response delete(@PathParam("id") long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = IF_MATCH)
                           String ifMatch,
                           @QueryParam("reason") @Parameter(required = true, description = "Why the customer is "
                                   + "deleted (kept with the row and in the audit log).", example = "Registro duplicado")
                           String reason) {
        customers.delete(id, ETags.requiredVersion(ifMatch, request.getLocale()), reason);
        return Response.noContent().build();
    }

    // ---- addresses ----------------------------------------------------------------------------

    @GET
    @Path("/{id}/addresses")
    @Operation(operationId = "listCustomerAddresses", summary = "A customer's addresses",
            description = "The default first. Needs customer.view.")
    @APIResponse(responseCode = "200", description = "The addresses.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AddressView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("customer.view")
    public List<AddressView> addresses(@PathParam("id") long id) {
        return customers.addresses(id).stream().map(AddressView::of).toList();
    }

    @POST
    @Path("/{id}/addresses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCustomerAddress", summary = "Add an address", description = "Needs customer.edit. "
            + "The first address, or one sent with isDefault true, becomes the only default. Raises the customer's "
            + "version (its ETag).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AddressInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location header.",
            content = @Content(schema = @Schema(implementation = AddressView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("customer.edit")
    public Response addAddress(@PathParam("id") long id, JsonObject body) {
        AddressView created = AddressView.of(customers.addAddress(id, AddressInput.read(body, request.getLocale())));
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(self).entity(created).build();
    }

    @PUT
    @Path("/{id}/addresses/{addressId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCustomerAddress", summary = "Replace an address", description = "Needs "
            + "customer.edit. isDefault true makes it the only default; false leaves the default where it is.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AddressInput.class)))
    @APIResponse(responseCode = "200", description = "Updated.",
            content = @Content(schema = @Schema(implementation = AddressView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("customer.edit")
    public AddressView updateAddress(@PathParam("id") long id, @PathParam("addressId") long addressId,
                                     JsonObject body) {
        return AddressView.of(customers.updateAddress(id, addressId, AddressInput.read(body, request.getLocale())));
    }

    @DELETE
    @Path("/{id}/addresses/{addressId}")
    @Operation(operationId = "removeCustomerAddress", summary = "Remove an address", description = "Needs "
            + "customer.edit. When it was the default, the oldest remaining address becomes the default.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("customer.edit")
    public Response removeAddress(@PathParam("id") long id, @PathParam("addressId") long addressId) {
        customers.removeAddress(id, addressId);
        return Response.noContent().build();
    }

    /** A POS may keep a lookup answer but asks again at every sale. */
    private static CacheControl lookupCache() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        return cache;
    }

    /** The schema of a page of customers, for the OpenAPI document only. */
    @Schema(name = "CustomerPage", description = "One page of customers; the Link header has next/prev/first/last.")
    public record CustomerPage(List<CustomerView> items, long total, int offset, int limit) {
    }

    /** A district of the ubigeo list. */
    @Schema(name = "CustomerDistrict", description = "A district (INEI ubigeo) an address may name.")
    public record DistrictView(@Schema(example = "150122") String ubigeo, String department, String province,
                               @Schema(example = "Miraflores") String district) {
        static DistrictView of(pe.colca.customer.CustomerDistrict d) {
            return new DistrictView(d.getUbigeo(), d.getDepartment(), d.getProvince(), d.getName());
        }
    }
}
