package pe.colca.api.security;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code POST /auth/token}, shaped like an OAuth 2 token response (RFC 6749 §5.1). */
@JsonbPropertyOrder({"accessToken", "tokenType", "expiresIn"})
@Schema(name = "TokenResponse")
public record TokenResponse(
        @JsonbProperty("access_token") @Schema(name = "access_token", description = "RS256 JWT; send it as "
                + "Authorization: Bearer <access_token>.") String accessToken,
        @JsonbProperty("token_type") @Schema(name = "token_type", example = "Bearer") String tokenType,
        @JsonbProperty("expires_in") @Schema(name = "expires_in", description = "Seconds until it expires.",
                example = "3600") long expiresIn) {
}
