package pe.colca.api.inventory;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.inventory.location.Location;

/** A location as the API shows it. */
@JsonbPropertyOrder({"id", "code", "name", "address", "type", "active", "allowsSales", "version", "createdAt",
        "updatedAt"})
@Schema(name = "Location", description = "A store or warehouse.")
public record LocationView(
        @Schema(example = "12") int id,
        @Schema(description = "Unique among live locations; upper case.", example = "LIM-01") String code,
        @Schema(example = "Tienda Miraflores") String name,
        @Schema(nullable = true, example = "Av. Larco 345, Miraflores") String address,
        @Schema(enumeration = {"STORE", "WAREHOUSE"}) String type,
        @Schema(description = "An inactive location accepts no stock movements.") boolean active,
        @Schema(description = "Whether the POS may sell from it.") boolean allowsSales,
        @Schema(description = "Optimistic lock version; the ETag is this number in quotes.", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    public static LocationView of(Location l) {
        return new LocationView(l.getId(), l.getCode(), l.getName(), l.getAddress(),
                l.getType() == null ? null : l.getType().name(), l.isActive(), l.isAllowsSales(), l.getVersion(),
                stored(l.getCreatedAt()), stored(l.getUpdatedAt()));
    }

    /**
     * The instant as PostgreSQL keeps it (microseconds, rounded half up by the JDBC driver), so the
     * answer to a POST or PUT shows the same timestamps as a later GET.
     */
    static Instant stored(Instant instant) {
        return instant == null ? null : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
