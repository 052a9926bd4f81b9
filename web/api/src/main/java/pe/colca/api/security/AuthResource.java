package pe.colca.api.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ProblemDetail;
import pe.colca.common.RequestMetadata;
import pe.colca.security.TokenService;

/**
 * {@code /api/v1/auth}: the only part of the API open to anonymous callers ({@code web.xml} leaves
 * {@code /v1/auth/*} without an auth-constraint).
 */
@Path("/auth")
@RequestScoped
@Tag(name = "Authentication")
public class AuthResource {

    @EJB
    private TokenService tokens;

    @Inject
    private RequestMetadata request;

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createToken", summary = "Get a bearer token",
            description = "Checks the email and password of an active user holding api.access and returns an RS256 "
                    + "JWT: sub is the user's id, email his login, groups his permissions, stamp his security stamp "
                    + "(the token is refused once it rotates: lock, delete, password change). Its lifetime is the "
                    + "system setting security.token.ttl_minutes (default 60), capped by "
                    + "security.token.max_ttl_minutes (default 720). Failed attempts are throttled per account "
                    + "and per client address (429 with Retry-After, even for the right password, until the "
                    + "lock ends; docs/security.md).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TokenRequest.class)))
    @APIResponse(responseCode = "200", description = "The token.",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", description = "Unknown email, wrong password or a user that is not active "
            + "(one answer for all three: invalid-credentials).",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", description = "Right credentials, but no role of the user grants api.access "
            + "(api-access-denied).",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "429", description = "Too many failed attempts for this account or from this "
            + "address (login-throttled); Retry-After says when to try again.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @PermitAll
    public Response token(JsonObject body) {
        TokenRequest credentials = TokenRequest.read(body, request.getLocale());
        TokenService.AccessToken token = tokens.issue(credentials.email(), credentials.password());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new TokenResponse(token.value(), "Bearer", token.expiresInSeconds()))
                .cacheControl(noStore)
                .header("Pragma", "no-cache")
                .build();
    }
}
