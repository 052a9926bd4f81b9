package pe.colca.customer;

import java.math.BigDecimal;

/**
 * What a user sets on a customer address. With a {@code ubigeo} from the district list, district and
 * city come from the list (what was typed is ignored); without it they are kept as typed. Latitude and
 * longitude go together (stored "lat,lng" with at most 7 decimals) or not at all.
 *
 * @param makeDefault the address becomes the customer's only default (the first address always is)
 */
public record AddressData(String label, String addressLine, String ubigeo, String district, String city,
                          String reference, BigDecimal latitude, BigDecimal longitude, boolean makeDefault) {
}
