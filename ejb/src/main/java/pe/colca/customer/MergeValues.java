package pe.colca.customer;

import java.time.Instant;
import java.time.LocalDate;

/** The values of a customer a merge chooses between (see {@link MergeField}). */
public record MergeValues(IdentityDocumentType docType, String docNumber, String fullName, String email, String phone,
                          LocalDate birthDate, Gender gender, CustomerSegment segment, boolean marketingConsent,
                          ConsentChannel consentChannel, Instant consentAt, Long consentBy) {

    public static MergeValues of(Customer c) {
        return new MergeValues(c.getDocType(), c.getDocNumber(), c.getFullName(), c.getEmail(), c.getPhone(),
                c.getBirthDate(), c.getGender(), c.getSegment(), c.isMarketingConsent(),
                c.getMarketingConsentChannel(), c.getMarketingConsentAt(), c.getMarketingConsentBy());
    }

    /** The value of one field, for display (the document as "DNI 12345678"). */
    public String display(MergeField field) {
        return switch (field) {
            case DOCUMENT -> docType + " " + docNumber;
            case FULL_NAME -> fullName;
            case EMAIL -> email;
            case PHONE -> phone;
            case BIRTH_DATE -> birthDate == null ? null : birthDate.toString();
            case GENDER -> gender == null ? null : gender.name();
            case SEGMENT -> segment == null ? null : segment.name();
            case MARKETING_CONSENT -> marketingConsent ? "SI" + (consentChannel == null ? "" : " (" + consentChannel + ")")
                    : "NO";
        };
    }
}
