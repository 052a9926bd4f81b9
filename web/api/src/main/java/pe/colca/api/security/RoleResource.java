package pe.colca.api.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.RequestMetadata;
import pe.colca.security.PermissionView;
import pe.colca.security.RoleAdministration;
import pe.colca.security.RoleData;
import pe.colca.security.RoleView;

/**
 * {@code /api/v1/roles}: roles over the permission catalogue ({@code GET /roles/permissions}), with
 * ETag/If-Match. A role is replaced whole by PUT (name, description, the exact set of permissions).
 */
@Path("/roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roles")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class RoleResource {

    private static final Set<String> MEMBERS = Set.of("name", "description", "permissions");
    private static final Set<String> READ_ONLY = Set.of("id", "holders", "version");

    @EJB
    private RoleAdministration roles;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listRoles", summary = "List roles", description = "Every role by name, with its "
            + "permissions and how many users hold it. Needs security.user.view.")
    @APIResponse(responseCode = "200", description = "The roles.",
            content = @Content(schema = @Schema(implementation = RoleView.class, type = org.eclipse.microprofile
                    .openapi.annotations.enums.SchemaType.ARRAY)))
    @RolesAllowed("security.user.view")
    public List<RoleView> list() {
        return roles.list();
    }

    @GET
    @Path("/permissions")
    @Operation(operationId = "listPermissions", summary = "The permission catalogue", description = "Every "
            + "permission with its description and area (the slug's first segment). Needs security.user.view.")
    @APIResponse(responseCode = "200", description = "The permissions by slug.",
            content = @Content(schema = @Schema(implementation = PermissionView.class, type = org.eclipse.microprofile
                    .openapi.annotations.enums.SchemaType.ARRAY)))
    @RolesAllowed("security.user.view")
    public List<PermissionView> permissions() {
        return roles.permissions();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRole", summary = "Get a role", description = "Needs security.user.view; sends ETag.")
    @APIResponse(responseCode = "200", description = "The role.",
            content = @Content(schema = @Schema(implementation = RoleView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("security.user.view")
    public Response get(@PathParam("id") int id) {
        RoleView role = roles.get(id);
        return ETags.ok(role, role.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRole", summary = "Create a role", description = "Needs security.role.edit. "
            + "The name is unique; permissions are slugs of the catalogue.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RoleInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers.",
            content = @Content(schema = @Schema(implementation = RoleView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("security.role.edit")
    public Response create(JsonObject body) {
        RoleView created = roles.create(read(body));
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(self).tag(ETags.of(created.version())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateRole", summary = "Replace a role", description = "Needs security.role.edit and "
            + "If-Match. Refused (422) when it would take security.user.edit or security.role.edit from the caller or "
            + "from the last active user holding it.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RoleInput.class)))
    @APIResponse(responseCode = "200", description = "Updated; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = RoleView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("security.role.edit")
    public Response update(@PathParam("id") int id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true,
                                   description = "ETag of the version read, e.g. \"3\".") String ifMatch,
                           JsonObject body) {
        long version = ETags.requiredVersion(ifMatch, request.getLocale());
        RoleView updated = roles.update(id, version, read(body));
        return ETags.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteRole", summary = "Delete a role nobody holds",
            description = "Needs security.role.edit and If-Match; a role still held is refused (422).")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("security.role.edit")
    public Response delete(@PathParam("id") int id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true,
                                   description = "ETag of the version read, e.g. \"3\".") String ifMatch) {
        roles.delete(id, ETags.requiredVersion(ifMatch, request.getLocale()));
        return Response.noContent().build();
    }

    private RoleData read(JsonObject body) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(request.getLocale(), "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, request.getLocale());
        String name = fields.string("name");
        String description = fields.string("description");
        List<String> permissions = SecurityJson.strings(body, "permissions", fields, request.getLocale());
        fields.refuseUnknown(MEMBERS, READ_ONLY);
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
        return new RoleData(name, description, permissions);
    }

    /** The body of POST and PUT on roles. */
    @Schema(name = "RoleInput")
    public record RoleInput(@Schema(required = true, maxLength = 60, example = "Cajero") String name,
                            @Schema(nullable = true) String description,
                            @Schema(description = "Permission slugs granted (the whole set).",
                                    example = "[\"inventory.view\"]") List<String> permissions) {
    }
}
