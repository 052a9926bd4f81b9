package pe.colca.api.customer;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.customer.CustomerAddress;

/** An address of a customer as the API shows it. */
@JsonbPropertyOrder({"id", "label", "addressLine", "ubigeo", "district", "city", "reference", "latitude", "longitude",
        "isDefault"})
@Schema(name = "CustomerAddress", description = "An address of a customer; exactly one is the default.")
public record AddressView(long id, String label, String addressLine, String ubigeo, String district, String city,
                          String reference, BigDecimal latitude, BigDecimal longitude, boolean isDefault) {

    public static AddressView of(CustomerAddress a) {
        BigDecimal lat = null;
        BigDecimal lng = null;
        if (a.getGeoCoordinates() != null) {
            String[] parts = a.getGeoCoordinates().split(",", 2);
            if (parts.length == 2) {
                lat = new BigDecimal(parts[0]);
                lng = new BigDecimal(parts[1]);
            }
        }
        return new AddressView(a.getId(), a.getLabel(), a.getAddressLine(), a.getUbigeo(), a.getDistrict(), a.getCity(),
                a.getReference(), lat, lng, a.isDefaultAddress());
    }
}
