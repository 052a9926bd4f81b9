package pe.colca.customer.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import pe.colca.customer.Customer;
import pe.colca.customer.CustomerAddress;

/** The values of a customer or address as the audit trail keeps them (old/new JSON). */
final class CustomerSnapshots {

    private CustomerSnapshots() {
    }

    static Map<String, Object> of(Customer c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("docType", c.getDocType() == null ? null : c.getDocType().name());
        v.put("docNumber", c.getDocNumber());
        v.put("fullName", c.getFullName());
        v.put("email", c.getEmail());
        v.put("phone", c.getPhone());
        v.put("birthDate", c.getBirthDate() == null ? null : c.getBirthDate().toString());
        v.put("gender", c.getGender() == null ? null : c.getGender().name());
        v.put("segment", c.getSegment() == null ? null : c.getSegment().name());
        v.put("active", c.isActive());
        v.put("marketingConsent", c.isMarketingConsent());
        v.put("marketingConsentChannel", c.getMarketingConsentChannel() == null ? null
                : c.getMarketingConsentChannel().name());
        v.put("marketingConsentAt", c.getMarketingConsentAt() == null ? null : c.getMarketingConsentAt().toString());
        v.put("marketingConsentBy", c.getMarketingConsentBy());
        v.put("version", c.getVersion());
        return v;
    }

    static Map<String, Object> of(CustomerAddress a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("customerId", a.getCustomer() == null ? null : a.getCustomer().getId());
        v.put("label", a.getLabel());
        v.put("addressLine", a.getAddressLine());
        v.put("ubigeo", a.getUbigeo());
        v.put("district", a.getDistrict());
        v.put("city", a.getCity());
        v.put("reference", a.getReference());
        v.put("geoCoordinates", a.getGeoCoordinates());
        v.put("default", a.isDefaultAddress());
        return v;
    }
}
