package pe.colca.api.inventory;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.inventory.Reservation;

/** Units held for a checkout session until {@code expiresAt}. */
@JsonbPropertyOrder({"id", "variantId", "locationId", "sessionId", "quantity", "expiresAt", "createdAt"})
@Schema(name = "Reservation")
public record ReservationView(long id, long variantId, long locationId, String sessionId, int quantity,
                              Instant expiresAt, Instant createdAt) {

    public static ReservationView of(Reservation r) {
        return new ReservationView(r.getId(), r.getVariantId(), r.getLocationId(), r.getSessionId(), r.getQuantity(),
                LocationView.stored(r.getExpiresAt()), LocationView.stored(r.getCreatedAt()));
    }
}
