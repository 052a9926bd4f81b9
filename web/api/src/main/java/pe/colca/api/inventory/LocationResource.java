package pe.colca.api.inventory;

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
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.QueryValues;
import pe.colca.common.InvalidInput;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.inventory.location.Location;
import pe.colca.inventory.location.LocationFilter;
import pe.colca.inventory.location.LocationService;
import pe.colca.inventory.location.LocationType;

/**
 * {@code /api/v1/locations}: the pattern every resource of the API follows. One service call per
 * method (the service is the transaction and checks the permissions with {@code @RolesAllowed});
 * records in and out, never entities; ETag = version, {@code If-Match} required on changes.
 */
@Path("/locations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locations")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class LocationResource {

    static final Set<String> SORTABLE = Set.of("code", "name", "type", "active", "allowsSales");

    @EJB
    private LocationService locations;

    @Inject
    private RequestMetadata request;

    @Inject
    private Validator validator;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listLocations", summary = "List locations",
            description = "Live (not deleted) locations, filtered and paged. Needs inventory.location.view.")
    @APIResponse(responseCode = "200", description = "A page of locations; Link header with next/prev/first/last.",
            headers = @Header(name = "Link", description = "RFC 8288 links to the next, previous, first and last pages.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LocationPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("inventory.location.view")
    public Response list(
            @QueryParam("q") @Parameter(description = "Text in the code, name or address (accent-insensitive).")
            String q,
            @QueryParam("type") @Parameter(schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"STORE", "WAREHOUSE"})) String type,
            @QueryParam("active") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String active,
            @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, SORTABLE, "code", errors, request.getLocale());
        LocationType typeFilter = QueryValues.enumeration("type", type, LocationType.class, errors, request.getLocale());
        Boolean activeFilter = QueryValues.bool("active", active, errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(locations.search(new LocationFilter(QueryValues.text(q), typeFilter, activeFilter), page)
                .map(LocationView::of), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLocation", summary = "Get a location", description = "Needs inventory.location.view. "
            + "Sends ETag (the version); If-None-Match with the current ETag gives 304.")
    @APIResponse(responseCode = "200", description = "The location.",
            headers = @Header(name = "ETag", description = "The version, in quotes.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LocationView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("inventory.location.view")
    public Response get(@PathParam("id") int id,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = "ETag held by the client.")
                        String ifNoneMatch) {
        Location location = locations.get(id);
        return ETags.conditional(ifNoneMatch, location.getVersion(), () -> LocationView.of(location));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createLocation",
            summary = "Create a location", description = "Needs inventory.location.edit. The code is stored "
            + "upper case and must be unique among live locations.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LocationInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location header with its URI, ETag with its version.",
            headers = {
                    @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = LocationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("inventory.location.edit")
    public Response create(JsonObject body) {
        Location created = locations.create(LocationInput.read(body, validator, request.getLocale()));
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build();
        return Response.created(self).tag(ETags.of(created.getVersion())).entity(LocationView.of(created)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateLocation",
            summary = "Replace a location", description = "Needs inventory.location.edit and If-Match with the "
            + "ETag of the version the change is based on. Absent flags take their defaults (PUT replaces).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LocationInput.class)))
    @APIResponse(responseCode = "200", description = "Updated; ETag with the new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LocationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("inventory.location.edit")
    public Response update(@PathParam("id") int id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true,
                                   description = "ETag of the version read, e.g. \"3\".", example = "\"3\"")
                           String ifMatch,
                           JsonObject body) {
        return ETags.update(ifMatch, request.getLocale(),
                version -> locations.update(id, version, LocationInput.read(body, validator, request.getLocale())),
                LocationView::of, Location::getVersion);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteLocation",
            summary = "Delete a location", description = "Needs inventory.location.delete and If-Match. A soft "
            + "delete: the location disappears from the API, stays readable to auditors with the reason given, "
            + "and frees its code.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("inventory.location.delete")
    public Response delete(@PathParam("id") int id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true,
                                   description = "ETag of the version read, e.g. \"3\".", example = "\"3\"")
                           String ifMatch,
                           @QueryParam("reason") @Parameter(required = true, description = "Why the location is "
                                   + "deleted (kept with the row and in the audit log). A query parameter because "
                                   + "many clients and proxies drop DELETE bodies.", example = "Local cerrado")
                           String reason) {
        long version = ETags.requiredVersion(ifMatch, request.getLocale());
        locations.delete(id, version, reason);
        return Response.noContent().build();
    }

    /** The schema of a page of locations, for the OpenAPI document only (the answer is a {@code PageView}). */
    @Schema(name = "LocationPage", description = "One page of locations; the Link header has next/prev/first/last.")
    public record LocationPage(
            List<LocationView> items,
            @Schema(description = "How many locations match, over all pages.", example = "57") long total,
            @Schema(description = "Position of the first item.", example = "0") int offset,
            @Schema(description = "Page size asked for.", example = "20") int limit) {
    }
}
