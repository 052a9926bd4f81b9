package pe.colca.api.customer;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.EntityTag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.customer.CustomerLookup;

/** The answer to a document lookup at the POS: only what a sale needs. */
@JsonbPropertyOrder({"id", "docType", "docNumber", "fullName", "email", "phone", "segment", "active",
        "marketingConsent"})
@Schema(name = "CustomerLookup", description = "The live customer a document names, for the POS.")
public record CustomerLookupView(long id, String docType, String docNumber, String fullName, String email,
                                 String phone, String segment, boolean active, boolean marketingConsent) {

    public static CustomerLookupView of(CustomerLookup l) {
        return new CustomerLookupView(l.id(), l.docType().name(), l.docNumber(), l.fullName(), l.email(), l.phone(),
                l.segment().name(), l.active(), l.marketingConsent());
    }

    /** Strong tag: the customer's id and version (every edit, address changes too, raises the version). */
    public static EntityTag etag(CustomerLookup l) {
        return new EntityTag(l.id() + "." + l.version());
    }

    public static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String quoted = "\"" + tag.getValue() + "\"";
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(quoted)) {
                return true;
            }
        }
        return false;
    }
}
