package pe.colca.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Colca REST API, version 1: {@code /api/v1/...} (the EAR gives this WAR the context
 * {@code /api}). Authentication: {@code POST /api/v1/auth/token} with email and password gives a
 * bearer token (RS256 JWT) that WildFly verifies before any resource runs. The OpenAPI document is
 * served by the server at {@code /openapi}.
 */
@ApplicationPath("/v1")
@OpenAPIDefinition(
        info = @Info(title = "Colca API", version = "1.0",
                description = """
                        REST API of Colca, the back office of a Peruvian retail chain, for integrators.

                        * Authenticate with `POST /api/v1/auth/token` and send `Authorization: Bearer <access_token>`.
                        * Every error is `application/problem+json` (RFC 9457) with a stable `type` URI \
                        (`https://colca.pe/problems/<type>`); invalid input is a 400 listing the fields in `errors`.
                        * Lists take `offset`, `limit` (1-200, default 20), `sort`, `order` and answer \
                        `{"items","total","offset","limit"}` plus a `Link` header (next, prev, first, last).
                        * Records carry an `ETag` (their version); `PUT` and `DELETE` need `If-Match` \
                        (missing: 428; stale: 409 `stale-version`).
                        * Messages are in Spanish unless `Accept-Language` prefers English (`en`).""",
                contact = @Contact(name = "Colca"),
                license = @License(name = "Proprietary", identifier = "LicenseRef-Colca-Proprietary")),
        externalDocs = @ExternalDocumentation(description = "RFC 9457, Problem Details for HTTP APIs: the format "
                + "of every error (application/problem+json).", url = "https://www.rfc-editor.org/rfc/rfc9457"),
        tags = {
                @Tag(name = "Authentication", description = "Bearer tokens."),
                @Tag(name = "Locations", description = "Stores and warehouses (inventory).")
        },
        components = @Components(responses = {
                @APIResponse(name = "BadRequest", responseCode = "400",
                        description = "Invalid input, malformed JSON or a bad query parameter; `errors` names the fields.",
                        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = "Unauthorized", responseCode = "401",
                        description = "No token, or an invalid or expired one.",
                        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = "Forbidden", responseCode = "403",
                        description = "The user lacks the permission the operation needs.",
                        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = "NotFound", responseCode = "404",
                        description = "No such record (or it was deleted).",
                        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = "Conflict", responseCode = "409",
                        description = "`duplicate-key` (a unique value is taken) or `stale-version` (If-Match is not the current version).",
                        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = "PreconditionRequired", responseCode = "428",
                        description = "The If-Match header is missing.",
                        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class)))
        }))
@SecurityScheme(securitySchemeName = ColcaApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Access token from POST /api/v1/auth/token.")
public class ColcaApi extends Application {

    /** Name of the security scheme that protected operations refer to. */
    public static final String BEARER = "bearer";
}
