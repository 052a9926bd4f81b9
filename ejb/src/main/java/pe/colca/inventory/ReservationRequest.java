package pe.colca.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Hold units for a checkout session. {@code ttlSeconds} is optional: absent, the reservation lasts
 * the system setting {@code inventory.reservation.ttl_minutes}; given, it may only be shorter (a
 * storefront with a quick checkout), never longer.
 */
public record ReservationRequest(
        @NotNull(message = "{inventory.variant.required}") @Positive(message = "{inventory.variant.required}")
        Long variantId,
        @NotNull(message = "{inventory.location.required}") @Positive(message = "{inventory.location.required}")
        Integer locationId,
        @NotNull(message = "{inventory.quantity.required}") @Min(value = 1, message = "{inventory.quantity.positive}")
        @Max(value = 1_000_000, message = "{inventory.quantity.max}")
        Integer quantity,
        @NotBlank(message = "{inventory.session.required}") @Size(max = 100, message = "{inventory.session.size}")
        String sessionId,
        @Min(value = 1, message = "{inventory.ttl.range}") @Max(value = 86_400, message = "{inventory.ttl.range}")
        Integer ttlSeconds) {

    public ReservationRequest normalized() {
        return new ReservationRequest(variantId, locationId, quantity, sessionId == null ? null : sessionId.strip(),
                ttlSeconds);
    }
}
