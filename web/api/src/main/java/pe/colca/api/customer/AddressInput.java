package pe.colca.api.customer;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.api.JsonFields;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.customer.AddressData;

/** The body of POST and PUT on a customer's addresses. */
@Schema(name = "CustomerAddressInput", description = "An address of a customer. With a ubigeo from "
        + "GET /customers/districts, district and city come from the list.")
public record AddressInput(
        @Schema(nullable = true, maxLength = 60, example = "Casa") String label,
        @Schema(required = true, maxLength = 255, example = "Av. Larco 345, dpto. 502") String addressLine,
        @Schema(nullable = true, pattern = "[0-9]{6}", example = "150122") String ubigeo,
        @Schema(nullable = true, maxLength = 100, description = "Ignored when ubigeo is given.") String district,
        @Schema(nullable = true, maxLength = 100, description = "Required without ubigeo.") String city,
        @Schema(nullable = true, maxLength = 255, example = "Frente al parque Kennedy") String reference,
        @Schema(nullable = true, minimum = "-90", maximum = "90", example = "-12.1211") BigDecimal latitude,
        @Schema(nullable = true, minimum = "-180", maximum = "180", example = "-77.0297") BigDecimal longitude,
        @Schema(defaultValue = "false", description = "Make it the only default address (the first one always is).")
        Boolean isDefault) {

    private static final Set<String> MEMBERS = Set.of("label", "addressLine", "ubigeo", "district", "city", "reference",
            "latitude", "longitude", "isDefault");
    private static final Set<String> READ_ONLY = Set.of("id", "customerId");

    public static AddressData read(JsonObject body, Locale locale) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, locale);
        String label = fields.string("label");
        String line = fields.string("addressLine");
        String ubigeo = fields.string("ubigeo");
        String district = fields.string("district");
        String city = fields.string("city");
        String reference = fields.string("reference");
        BigDecimal lat = CustomerInput.number(fields, "latitude", body, locale);
        BigDecimal lng = CustomerInput.number(fields, "longitude", body, locale);
        boolean makeDefault = fields.bool("isDefault", Boolean.FALSE);
        fields.refuseUnknown(MEMBERS, READ_ONLY);
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
        return new AddressData(label, line, ubigeo, district, city, reference, lat, lng, makeDefault);
    }
}
