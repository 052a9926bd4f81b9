package pe.colca.api.customer;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.api.JsonFields;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.customer.ConsentChannel;
import pe.colca.customer.CustomerData;
import pe.colca.customer.CustomerSegment;
import pe.colca.customer.Gender;
import pe.colca.customer.IdentityDocumentType;

/**
 * The body of POST and PUT on customers (PUT replaces: an absent member takes its default). Types are
 * checked here; the rules (document check digit, phone, unique document/email) by the service, which
 * names every field at fault in one answer.
 */
@Schema(name = "CustomerInput", description = "What a client sets on a customer. Read-only members of Customer "
        + "(id, version, createdAt, marketingConsentAt, marketingConsentBy, phoneDisplay) may be sent back and are "
        + "ignored; any other unknown member is a 400.")
public record CustomerInput(
        @Schema(required = true, enumeration = {"DNI", "RUC", "CE", "PASSPORT"}) String docType,
        @Schema(required = true, description = "DNI 8 digits; RUC 11 digits with prefix 10/15/16/17/20 and the "
                + "módulo 11 check digit; CE 9-12 and passport 6-12 letters or digits. Blanks, dots and hyphens "
                + "are dropped.", example = "20512333797") String docNumber,
        @Schema(required = true, maxLength = 200, description = "Full name, or the business name for a RUC.",
                example = "Comercial Andina S.A.C.") String fullName,
        @Schema(nullable = true, maxLength = 254, description = "Unique among active customers; stored lower case.",
                example = "compras@andina.pe") String email,
        @Schema(nullable = true, description = "Peruvian mobile (9 digits starting with 9), with or without +51; "
                + "stored E.164.", example = "+51 987 654 321") String phone,
        @Schema(nullable = true, format = "date", example = "1990-05-17") String birthDate,
        @Schema(nullable = true, enumeration = {"F", "M", "X"}) String gender,
        @Schema(enumeration = {"REGULAR", "FREQUENT", "VIP", "WHOLESALE", "CORPORATE"}, defaultValue = "REGULAR",
                description = "One of the segments offered by the setting customer.segments.") String segment,
        @Schema(defaultValue = "true") Boolean active,
        @Schema(defaultValue = "false", description = "Accepts marketing (Ley 29733); who and when are recorded.")
        Boolean marketingConsent,
        @Schema(nullable = true, enumeration = {"IN_STORE", "WEB", "PHONE", "EMAIL", "WHATSAPP"},
                description = "Required with marketingConsent true: where the consent was given.") String consentChannel) {

    private static final Set<String> MEMBERS = Set.of("docType", "docNumber", "fullName", "email", "phone", "birthDate",
            "gender", "segment", "active", "marketingConsent", "consentChannel");
    private static final Set<String> READ_ONLY = Set.of("id", "version", "createdAt", "marketingConsentAt",
            "marketingConsentBy", "phoneDisplay");

    public static CustomerData read(JsonObject body, Locale locale) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, locale);
        IdentityDocumentType type = fields.enumeration("docType", IdentityDocumentType.class);
        String number = fields.string("docNumber");
        String name = fields.string("fullName");
        String email = fields.string("email");
        String phone = fields.string("phone");
        LocalDate birth = date(fields, "birthDate", body, locale);
        Gender gender = fields.enumeration("gender", Gender.class);
        CustomerSegment segment = fields.enumeration("segment", CustomerSegment.class);
        boolean active = fields.bool("active", Boolean.TRUE);
        boolean consent = fields.bool("marketingConsent", Boolean.FALSE);
        ConsentChannel channel = fields.enumeration("consentChannel", ConsentChannel.class);
        fields.refuseUnknown(MEMBERS, READ_ONLY);
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
        return new CustomerData(type, number, name, email, phone, birth, gender, segment, active, consent, channel);
    }

    static LocalDate date(JsonFields fields, String name, JsonObject body, Locale locale) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            try {
                return LocalDate.parse(s.getString().strip());
            } catch (DateTimeParseException e) {
                // below
            }
        }
        fields.error(name, Messages.format(locale, "customer.api.date"));
        return null;
    }

    static BigDecimal number(JsonFields fields, String name, JsonObject body, Locale locale) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        fields.error(name, Messages.format(locale, "customer.api.number"));
        return null;
    }
}
