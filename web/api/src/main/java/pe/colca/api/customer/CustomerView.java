package pe.colca.api.customer;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.customer.Customer;

/** A customer as the API shows it. */
@JsonbPropertyOrder({"id", "docType", "docNumber", "fullName", "email", "phone", "birthDate", "gender", "segment",
        "active", "marketingConsent", "consentChannel", "marketingConsentAt", "marketingConsentBy", "version",
        "createdAt"})
@Schema(name = "Customer", description = "A customer identified by a document (DNI, RUC, CE, passport).")
public record CustomerView(
        @Schema(example = "4051") long id,
        @Schema(enumeration = {"DNI", "RUC", "CE", "PASSPORT"}) String docType,
        @Schema(description = "Unique among active customers.", example = "20512333797") String docNumber,
        @Schema(example = "Comercial Andina S.A.C.") String fullName,
        @Schema(nullable = true) String email,
        @Schema(nullable = true, description = "E.164.", example = "+51987654321") String phone,
        @Schema(nullable = true) LocalDate birthDate,
        @Schema(nullable = true, enumeration = {"F", "M", "X"}) String gender,
        String segment,
        boolean active,
        boolean marketingConsent,
        @Schema(nullable = true) String consentChannel,
        @Schema(nullable = true, description = "When the current answer was recorded.") Instant marketingConsentAt,
        @Schema(nullable = true, description = "User id who recorded it.") Long marketingConsentBy,
        @Schema(description = "Optimistic lock version; the ETag is this number in quotes. Address changes raise it.")
        long version,
        Instant createdAt) {

    public static CustomerView of(Customer c) {
        return new CustomerView(c.getId(), c.getDocType().name(), c.getDocNumber(), c.getFullName(), c.getEmail(),
                c.getPhone(), c.getBirthDate(), c.getGender() == null ? null : c.getGender().name(),
                c.getSegment().name(), c.isActive(), c.isMarketingConsent(),
                c.getMarketingConsentChannel() == null ? null : c.getMarketingConsentChannel().name(),
                stored(c.getMarketingConsentAt()), c.getMarketingConsentBy(), c.getVersion(), stored(c.getCreatedAt()));
    }

    /** The instant as PostgreSQL keeps it (microseconds), so a POST answer equals a later GET. */
    static Instant stored(Instant instant) {
        return instant == null ? null : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
