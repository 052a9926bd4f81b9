package pe.colca.customer;

import java.time.LocalDate;

/**
 * What a user sets on a customer (create or edit; an edit replaces everything). The service
 * normalizes (document without separators, email lower case, phone to E.164) and validates with
 * {@link IdentityDocuments} and {@link PhoneNumbers}; every field at fault is named in one answer.
 *
 * @param active           null keeps the current state (true for a new customer)
 * @param segment          null: REGULAR
 * @param consentChannel   required when {@code marketingConsent} is true
 */
public record CustomerData(IdentityDocumentType docType, String docNumber, String fullName, String email,
                           String phone, LocalDate birthDate, Gender gender, CustomerSegment segment,
                           Boolean active, boolean marketingConsent, ConsentChannel consentChannel) {
}
