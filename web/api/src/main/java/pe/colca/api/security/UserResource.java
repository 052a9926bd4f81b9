package pe.colca.api.security;

import jakarta.annotation.security.PermitAll;
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
import pe.colca.common.Messages;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.security.CreatedUser;
import pe.colca.security.Passwords;
import pe.colca.security.UserAdministration;
import pe.colca.security.UserFilter;
import pe.colca.security.UserStatus;
import pe.colca.security.UserView;

/**
 * {@code /api/v1/users}: the users of the back office, as the locations resource does it (paging,
 * ETag/If-Match, problem+json), plus lock/unlock, password reset and the caller's own password
 * change ({@code POST /users/me/password}).
 */
@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class UserResource {

    static final Set<String> SORTABLE = Set.of("email", "fullName", "status", "lastLogin");
    private static final String IF_MATCH_DESCRIPTION = "ETag of the version read, e.g. \"3\".";

    @EJB
    private UserAdministration users;

    @EJB
    private Passwords passwords;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listUsers", summary = "List users",
            description = "Live (not deleted) users, filtered and paged. Needs security.user.view.")
    @APIResponse(responseCode = "200", description = "A page of users; Link header with next/prev/first/last.",
            content = @Content(schema = @Schema(implementation = UserPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("security.user.view")
    public Response list(
            @QueryParam("q") @Parameter(description = "Text in the name or email (accent-insensitive).") String q,
            @QueryParam("roleId") @Parameter(description = "Only holders of this role.") Integer roleId,
            @QueryParam("status") @Parameter(schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"ACTIVE", "LOCKED", "DISABLED"})) String status,
            @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, SORTABLE, "email", errors, request.getLocale());
        UserStatus statusFilter = QueryValues.enumeration("status", status, UserStatus.class, errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(users.search(new UserFilter(QueryValues.text(q), roleId, statusFilter), page)
                .map(UserResponse::of), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "Get a user", description = "Needs security.user.view; sends ETag.")
    @APIResponse(responseCode = "200", description = "The user.",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("security.user.view")
    public Response get(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        UserView user = users.get(id);
        return ETags.conditional(ifNoneMatch, user.version(), () -> UserResponse.of(user));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create a user", description = "Needs security.user.edit. The "
            + "email must be unique among live users. Without initialPassword the answer carries a one-time password "
            + "(shown once); the user must change his password at the first login.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = UserInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers.",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("security.user.edit")
    public Response create(JsonObject body) {
        UserInput.Parsed input = UserInput.read(body, request.getLocale());
        CreatedUser created = users.create(input.data(), input.initialPassword());
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(created.user().id())).build();
        return Response.created(self).tag(ETags.of(created.user().version())).cacheControl(noStore())
                .entity(UserResponse.of(created.user(), created.oneTimePassword())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateUser", summary = "Replace a user's email, name, roles and locations",
            description = "Needs security.user.edit and If-Match. Refused (422) when it would take the user and role "
                    + "administration permissions from the caller or from the last active user holding them.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = UserInput.class)))
    @APIResponse(responseCode = "200", description = "Updated; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("security.user.edit")
    public Response update(@PathParam("id") long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true,
                                   description = IF_MATCH_DESCRIPTION) String ifMatch,
                           JsonObject body) {
        long version = ETags.requiredVersion(ifMatch, request.getLocale());
        UserInput.Parsed input = UserInput.read(body, request.getLocale());
        if (input.initialPassword() != null) {
            throw InvalidInput.of("initialPassword", Messages.format(request.getLocale(), "security.field.createOnly"));
        }
        return withTag(users.update(id, version, input.data()));
    }

    @POST
    @Path("/{id}/lock")
    @Operation(operationId = "lockUser", summary = "Lock a user", description = "Needs security.user.edit and "
            + "If-Match. The user can no longer log in and his tokens stop working. Not oneself, not the last "
            + "administrator (422).")
    @APIResponse(responseCode = "200", description = "Locked.",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("security.user.edit")
    public Response lock(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH)
                         @Parameter(required = true, description = IF_MATCH_DESCRIPTION) String ifMatch) {
        return withTag(users.lock(id, ETags.requiredVersion(ifMatch, request.getLocale())));
    }

    @POST
    @Path("/{id}/unlock")
    @Operation(operationId = "unlockUser", summary = "Unlock a user", description = "Needs security.user.edit and "
            + "If-Match.")
    @APIResponse(responseCode = "200", description = "Active again.",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("security.user.edit")
    public Response unlock(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH)
                           @Parameter(required = true, description = IF_MATCH_DESCRIPTION) String ifMatch) {
        return withTag(users.unlock(id, ETags.requiredVersion(ifMatch, request.getLocale())));
    }

    @POST
    @Path("/{id}/password-reset")
    @Operation(operationId = "resetUserPassword", summary = "Reset a user's password", description = "Needs "
            + "security.user.edit and If-Match. Sets a one-time password (in the answer, shown once) that the user "
            + "must change at his next login; his tokens stop working.")
    @APIResponse(responseCode = "200", description = "The user with oneTimePassword.",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RequiresAll({"security.user.edit", "security.user.view"})
    public Response resetPassword(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH)
                                  @Parameter(required = true, description = IF_MATCH_DESCRIPTION) String ifMatch) {
        String oneTime = users.resetPassword(id, ETags.requiredVersion(ifMatch, request.getLocale()));
        UserView user = users.get(id);
        return Response.ok(UserResponse.of(user, oneTime)).tag(ETags.of(user.version())).cacheControl(noStore()).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteUser", summary = "Delete a user", description = "Needs security.user.edit and "
            + "If-Match. A soft delete with a reason: the email frees up, the tokens stop working. Not oneself, not "
            + "the last administrator (422).")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("security.user.edit")
    public Response delete(@PathParam("id") long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true,
                                   description = IF_MATCH_DESCRIPTION) String ifMatch,
                           @QueryParam("reason") @Parameter(required = true, description = "Why the user is deleted.")
                           String reason) {
        users.delete(id, ETags.requiredVersion(ifMatch, request.getLocale()), reason);
        return Response.noContent().build();
    }

    @POST
    @Path("/me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeOwnPassword", summary = "Change one's own password", description = "Any signed-in "
            + "user. The current password is required; the new one needs at least 10 characters, must not be the "
            + "email nor contain its local part, and must not be a common password. The caller's tokens (this one "
            + "included) stop working: ask for a new one.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PasswordChange.class)))
    @APIResponse(responseCode = "204", description = "Changed.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @PermitAll
    public Response changeOwnPassword(JsonObject body) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(request.getLocale(), "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, request.getLocale());
        String current = fields.string("currentPassword");
        String next = fields.string("newPassword");
        fields.refuseUnknown(Set.of("currentPassword", "newPassword"), Set.of());
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
        passwords.changeOwn(current, next);
        return Response.noContent().build();
    }

    private static Response withTag(UserView user) {
        return ETags.ok(UserResponse.of(user), user.version());
    }

    private static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return noStore;
    }

    /** The body of {@code POST /users/me/password}. */
    @Schema(name = "PasswordChange")
    public record PasswordChange(@Schema(required = true) String currentPassword,
                                 @Schema(required = true, minLength = 10) String newPassword) {
    }

    /** The schema of a page of users, for the OpenAPI document only. */
    @Schema(name = "UserPage", description = "One page of users; the Link header has next/prev/first/last.")
    public record UserPage(List<UserResponse> items, long total, int offset, int limit) {
    }
}
