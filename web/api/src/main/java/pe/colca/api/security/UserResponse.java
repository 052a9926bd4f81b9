package pe.colca.api.security;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.security.UserView;

/** A user as the API shows him: never a password hash; a one-time password only in the answer that created it. */
@JsonbPropertyOrder({"id", "email", "fullName", "status", "roles", "locationIds", "mustChangePassword", "lastLogin",
        "passwordChangedAt", "version", "oneTimePassword"})
@Schema(name = "User", description = "A back-office user.")
public record UserResponse(
        long id,
        String email,
        String fullName,
        @Schema(enumeration = {"ACTIVE", "LOCKED", "DISABLED"}) String status,
        List<RoleRef> roles,
        List<Long> locationIds,
        @Schema(description = "True after a reset or creation: the user must choose his own password at the next "
                + "login (no API token until then).") boolean mustChangePassword,
        Instant lastLogin,
        Instant passwordChangedAt,
        @Schema(description = "Optimistic lock version; the ETag is this number in quotes.") long version,
        @Schema(description = "Only in the answer of a create without initialPassword or of a reset: the one-time "
                + "password, shown once.", nullable = true) String oneTimePassword) {

    /** A role held. */
    @Schema(name = "UserRole")
    public record RoleRef(int id, String name) {
    }

    static UserResponse of(UserView u, String oneTimePassword) {
        return new UserResponse(u.id(), u.email(), u.fullName(), u.status().name(),
                u.roles().stream().map(r -> new RoleRef(r.id(), r.name())).toList(), u.locationIds(),
                u.mustChangePassword(), micros(u.lastLogin()), micros(u.passwordChangedAt()), u.version(),
                oneTimePassword);
    }

    static UserResponse of(UserView u) {
        return of(u, null);
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
