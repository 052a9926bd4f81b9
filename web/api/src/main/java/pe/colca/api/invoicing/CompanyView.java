package pe.colca.api.invoicing;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.invoicing.Company;

/** An issuing company as the API shows it: never a secret, only whether one is set. */
@JsonbPropertyOrder({"id", "ruc", "legalName", "tradeName", "address", "ubigeo", "endpoint", "simulatorUrl", "active",
        "solUser", "solPasswordSet", "certificate", "version", "createdAt", "updatedAt", "boletaDelivery"})
@Schema(name = "Company", description = "A company that issues electronic documents (SUNAT).")
public record CompanyView(
        @Schema(example = "1") int id,
        @Schema(description = "11 digits with a valid check digit; fixed once created.", example = "20000000001") String ruc,
        @Schema(description = "Razón social, upper case.", example = "EMPRESA DE PRUEBA COLCA S.A.C.") String legalName,
        @Schema(nullable = true, example = "COLCA") String tradeName,
        @Schema(nullable = true, description = "Fiscal address.", example = "AV. ARENALES 1234, LIMA") String address,
        @Schema(nullable = true, description = "INEI ubigeo of the fiscal address.", example = "150101") String ubigeo,
        @Schema(enumeration = {"SIMULATOR", "BETA", "PRODUCTION"}) String endpoint,
        @Schema(nullable = true, example = "http://127.0.0.1:8080/sunat-sim/billService") String simulatorUrl,
        boolean active,
        @Schema(nullable = true, description = "SOL secondary user (without the RUC).", example = "MODDATOS") String solUser,
        @Schema(description = "Whether a SOL password is stored (it is never returned).") boolean solPasswordSet,
        @Schema(nullable = true) CertificateView certificate,
        @Schema(description = "Optimistic lock version; the ETag is this number in quotes.", example = "0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(enumeration = {"BILL", "SUMMARY"}, description = "Boletas and their notes: sendBill one by one, or the "
                + "daily summary (RC). Changed with PUT /invoicing/companies/{id}/boleta-delivery.") String boletaDelivery) {

    public static CompanyView of(Company c) {
        CertificateView certificate = c.hasCertificate()
                ? new CertificateView(c.getCertificatePath(), c.getCertificateSubject(), c.getCertificateSerial(),
                c.getCertificateValidFrom(), c.getCertificateValidUntil(), c.getCertificateValidUntil().isBefore(Instant.now()))
                : null;
        return new CompanyView(c.getId(), c.getRuc(), c.getRazonSocial(), c.getTradeName(), c.getAddress(), c.getUbigeo(),
                c.getSunatEndpoint().name(), c.getSimulatorUrl(), c.isActive(), c.getSolUser(), c.getSolPass() != null,
                certificate, c.getVersion(), stored(c.getCreatedAt()), stored(c.getUpdatedAt()),
                c.getBoletaDelivery().name());
    }

    /** What the certificate says of itself (its key and password are never shown). */
    @Schema(name = "CompanyCertificate")
    public record CertificateView(
            @Schema(example = "certificado.p12") String fileName,
            @Schema(example = "CN=EMPRESA DE PRUEBA COLCA SAC,OU=20000000001,C=PE") String subject,
            @Schema(description = "Serial number in hex.", example = "5F3A9C21") String serial,
            Instant validFrom,
            Instant validUntil,
            @Schema(description = "Expired: nothing can be signed with it.") boolean expired) {
    }

    static Instant stored(Instant instant) {
        return instant == null ? null : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
