package pe.colca.customer.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.customer.AddressData;
import pe.colca.customer.CustomerData;
import pe.colca.customer.CustomerSegment;
import pe.colca.customer.IdentityDocuments;
import pe.colca.customer.PhoneNumbers;

/**
 * The field rules of customers and addresses: each returns the data normalized, or throws one
 * {@link InvalidInput} naming every field at fault (in the caller's language). No database access.
 */
final class CustomerRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final BigDecimal LAT = BigDecimal.valueOf(90);
    private static final BigDecimal LNG = BigDecimal.valueOf(180);
    private static final LocalDate OLDEST = LocalDate.of(1900, 1, 1);

    private CustomerRules() {
    }

    static CustomerData customer(CustomerData d, Collection<CustomerSegment> offered, LocalDate today, Locale locale) {
        if (d == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String number = IdentityDocuments.normalize(d.docNumber());
        IdentityDocuments.Refusal refusal = IdentityDocuments.refusal(d.docType(), number);
        if (refusal != null) {
            errors.put(d.docType() == null ? "docType" : "docNumber",
                    Messages.format(locale, refusal.messageKey(), refusal.args()));
        }
        String name = blankToNull(d.fullName());
        if (name == null) {
            errors.put("fullName", Messages.format(locale, "customer.name.required"));
        } else if (name.length() > 200) {
            errors.put("fullName", Messages.format(locale, "customer.name.size"));
        }
        String email = blankToNull(d.email());
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (email.length() > 254) {
                errors.put("email", Messages.format(locale, "customer.email.size"));
            } else if (!EMAIL.matcher(email).matches()) {
                errors.put("email", Messages.format(locale, "customer.email.invalid"));
            }
        }
        String phone = null;
        if (!PhoneNumbers.isBlank(d.phone())) {
            phone = PhoneNumbers.toE164(d.phone());
            if (phone == null) {
                errors.put("phone", Messages.format(locale, "customer.phone.invalid"));
            }
        }
        if (d.birthDate() != null && d.birthDate().isAfter(today)) {
            errors.put("birthDate", Messages.format(locale, "customer.birthDate.future"));
        } else if (d.birthDate() != null && d.birthDate().isBefore(OLDEST)) {
            errors.put("birthDate", Messages.format(locale, "customer.birthDate.tooOld"));
        }
        CustomerSegment segment = d.segment() == null ? CustomerSegment.REGULAR : d.segment();
        if (!offered.contains(segment)) {
            errors.put("segment", Messages.format(locale, "customer.segment.notOffered", segment.name()));
        }
        if (d.marketingConsent() && d.consentChannel() == null) {
            errors.put("consentChannel", Messages.format(locale, "customer.consent.channelRequired"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new CustomerData(d.docType(), number, name, email, phone, d.birthDate(), d.gender(), segment,
                d.active(), d.marketingConsent(), d.consentChannel());
    }

    /** The address normalized; {@code ubigeo} is checked against the list by the service. */
    static AddressData address(AddressData a, Locale locale) {
        if (a == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String line = blankToNull(a.addressLine());
        if (line == null) {
            errors.put("addressLine", Messages.format(locale, "customer.address.lineRequired"));
        } else if (line.length() > 255) {
            errors.put("addressLine", Messages.format(locale, "customer.address.lineSize"));
        }
        String label = blankToNull(a.label());
        if (label != null && label.length() > 60) {
            errors.put("label", Messages.format(locale, "customer.address.labelSize"));
        }
        String reference = blankToNull(a.reference());
        if (reference != null && reference.length() > 255) {
            errors.put("reference", Messages.format(locale, "customer.address.referenceSize"));
        }
        String ubigeo = blankToNull(a.ubigeo());
        String district = blankToNull(a.district());
        String city = blankToNull(a.city());
        if (ubigeo == null && city == null) {
            errors.put("city", Messages.format(locale, "customer.address.cityRequired"));
        }
        if (city != null && city.length() > 100) {
            errors.put("city", Messages.format(locale, "customer.address.citySize"));
        }
        if (district != null && district.length() > 100) {
            errors.put("district", Messages.format(locale, "customer.address.districtSize"));
        }
        BigDecimal lat = a.latitude();
        BigDecimal lng = a.longitude();
        if ((lat == null) != (lng == null)) {
            errors.put(lat == null ? "latitude" : "longitude",
                    Messages.format(locale, "customer.address.coordinatesPair"));
        } else if (lat != null) {
            if (lat.abs().compareTo(LAT) > 0) {
                errors.put("latitude", Messages.format(locale, "customer.address.latitude"));
            }
            if (lng.abs().compareTo(LNG) > 0) {
                errors.put("longitude", Messages.format(locale, "customer.address.longitude"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new AddressData(label, line, ubigeo, district, city, reference, lat, lng, a.makeDefault());
    }

    /** "lat,lng" with at most 7 decimals (about 1 cm), as {@code ck_customer_addresses_geo_coordinates} wants. */
    static String coordinates(BigDecimal lat, BigDecimal lng) {
        if (lat == null || lng == null) {
            return null;
        }
        return plain(lat) + "," + plain(lng);
    }

    private static String plain(BigDecimal value) {
        BigDecimal v = value.setScale(Math.min(Math.max(value.scale(), 0), 7), java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
