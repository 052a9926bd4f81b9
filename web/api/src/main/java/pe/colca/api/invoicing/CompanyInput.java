package pe.colca.api.invoicing;

import jakarta.json.JsonObject;
import jakarta.validation.Validator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.api.JsonFields;
import pe.colca.common.Checks;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.invoicing.CompanyData;
import pe.colca.invoicing.SunatEndpoint;

/** The body of POST and PUT on companies (PUT replaces; an absent flag takes its default). */
@Schema(name = "CompanyInput", description = "What a client sets on a company. Read-only members of Company may be "
        + "sent back and are ignored; any other unknown member is a 400. Secrets have their own operations.")
public record CompanyInput(
        @Schema(required = true, pattern = "\\d{11}", example = "20000000001") String ruc,
        @Schema(required = true, maxLength = 200, example = "Empresa de Prueba Colca S.A.C.") String legalName,
        @Schema(maxLength = 200, nullable = true, example = "Colca") String tradeName,
        @Schema(maxLength = 255, nullable = true, example = "Av. Arenales 1234, Lima") String address,
        @Schema(pattern = "\\d{6}", nullable = true, example = "150101") String ubigeo,
        @Schema(enumeration = {"SIMULATOR", "BETA", "PRODUCTION"}, defaultValue = "SIMULATOR") String endpoint,
        @Schema(maxLength = 1000, nullable = true) String simulatorUrl,
        @Schema(defaultValue = "true") Boolean active) {

    private static final Set<String> MEMBERS = Set.of("ruc", "legalName", "tradeName", "address", "ubigeo", "endpoint",
            "simulatorUrl", "active");
    private static final Set<String> READ_ONLY = Set.of("id", "version", "createdAt", "updatedAt", "boletaDelivery", "solUser",
            "solPasswordSet", "certificate");

    static CompanyData read(JsonObject body, Validator validator, Locale locale) {
        JsonFields fields = fields(body, locale);
        SunatEndpoint endpoint = body.containsKey("endpoint") ? fields.enumeration("endpoint", SunatEndpoint.class)
                : SunatEndpoint.SIMULATOR;
        CompanyData data = new CompanyData(fields.string("ruc"), fields.string("legalName"), fields.string("tradeName"),
                fields.string("address"), fields.string("ubigeo"), endpoint, fields.string("simulatorUrl"),
                fields.bool("active", Boolean.TRUE));
        fields.refuseUnknown(MEMBERS, READ_ONLY);
        return checked(fields, () -> Checks.valid(validator, data, locale), data);
    }

    /** {@code {"solUser": "...", "solPassword": "..."}} (the password may be left out to keep the stored one). */
    @Schema(name = "SolCredentialsInput")
    public record SolCredentials(@Schema(required = true, example = "MODDATOS") String solUser,
                                 @Schema(writeOnly = true, example = "moddatos") String solPassword) {
        static SolCredentials read(JsonObject body, Locale locale) {
            JsonFields fields = fields(body, locale);
            SolCredentials c = new SolCredentials(fields.string("solUser"), fields.string("solPassword"));
            fields.refuseUnknown(Set.of("solUser", "solPassword"), Set.of());
            return checked(fields, null, c);
        }
    }

    /** {@code {"fileName": "cert.p12", "pkcs12": "<base64>", "password": "..."}}. */
    @Schema(name = "CertificateInput")
    public record Certificate(@Schema(example = "certificado.p12") String fileName,
                              @Schema(required = true, description = "The PKCS#12 file, base64.", format = "byte") String pkcs12,
                              @Schema(writeOnly = true) String password) {
        static Certificate read(JsonObject body, Locale locale) {
            JsonFields fields = fields(body, locale);
            Certificate c = new Certificate(fields.string("fileName"), fields.string("pkcs12"), fields.string("password"));
            fields.refuseUnknown(Set.of("fileName", "pkcs12", "password"), Set.of());
            if (c.pkcs12() == null || c.pkcs12().isBlank()) {
                fields.error("pkcs12", Messages.format(locale, "invoicing.company.certificate.size", 64));
            }
            return checked(fields, null, c);
        }

        byte[] bytes(Locale locale) {
            try {
                return Base64.getMimeDecoder().decode(pkcs12);
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("pkcs12", Messages.format(locale, "invoicing.company.certificate.size", 64));
            }
        }
    }

    /** {@code {"documentType": "01", "series": "F001", "locationId": 3}}. */
    @Schema(name = "SeriesInput")
    public record Series(@Schema(required = true, enumeration = {"01", "03", "07", "08"}) String documentType,
                         @Schema(required = true, example = "F001") String series,
                         @Schema(nullable = true, description = "The store that issues from it.") Integer locationId) {
        static Series read(JsonObject body, Locale locale) {
            JsonFields fields = fields(body, locale);
            Integer location = null;
            if (body.containsKey("locationId") && !body.isNull("locationId")) {
                if (body.get("locationId") instanceof jakarta.json.JsonNumber n && n.isIntegral()) {
                    location = n.intValue();
                } else {
                    fields.error("locationId", pe.colca.api.ApiTexts.text(locale, "field.integer"));
                }
            }
            Series s = new Series(fields.string("documentType"), fields.string("series"), location);
            fields.refuseUnknown(Set.of("documentType", "series", "locationId"), Set.of());
            return checked(fields, null, s);
        }
    }

    /** {@code {"code": "0001"}}: a store's establishment code. */
    @Schema(name = "EstablishmentInput")
    public record Establishment(@Schema(required = true, pattern = "\\d{4}", example = "0001") String code) {
        static Establishment read(JsonObject body, Locale locale) {
            JsonFields fields = fields(body, locale);
            Establishment e = new Establishment(fields.string("code"));
            fields.refuseUnknown(Set.of("code"), Set.of());
            return checked(fields, null, e);
        }
    }

    private static JsonFields fields(JsonObject body, Locale locale) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        return new JsonFields(body, locale);
    }

    /** Throws every field error at once (wrong types first, then the record's own rules). */
    private static <T> T checked(JsonFields fields, Runnable rules, T value) {
        if (fields.hasErrors()) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (rules != null) {
                try {
                    rules.run();
                } catch (InvalidInput e) {
                    errors.putAll(e.fieldErrors());
                }
            }
            errors.putAll(fields.errors());
            throw new InvalidInput(errors);
        }
        return value;
    }
}
