package pe.colca.inventory.location;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user may set on a location (create or edit). */
public record LocationData(
        @NotBlank(message = "{location.code.required}")
        @Size(max = 30, message = "{location.code.size}")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "{location.code.pattern}")
        String code,
        @NotBlank(message = "{location.name.required}")
        @Size(max = 200, message = "{location.name.size}")
        String name,
        @Size(max = 255, message = "{location.address.size}")
        String address,
        @NotNull(message = "{location.type.required}")
        LocationType type,
        boolean active,
        boolean allowsSales) {

    /** Trims text and upper-cases the code, so "  lim-01 " and "LIM-01" are the same code. */
    public LocationData normalized() {
        return new LocationData(code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT),
                name == null ? null : name.strip(),
                address == null || address.isBlank() ? null : address.strip(),
                type, active, allowsSales);
    }
}
