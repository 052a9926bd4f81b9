package pe.colca.invoicing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the companies screen and API set on a company (the secrets and the certificate have their own
 * operations, write-only). The RUC is fixed once created; {@link CompanyService} checks its digit.
 *
 * @param simulatorUrl the simulator's billService URL, used when {@code endpoint} is SIMULATOR
 */
public record CompanyData(
        @NotBlank @Pattern(regexp = "\\d{11}", message = "{invoicing.company.ruc.format}") String ruc,
        @NotBlank @Size(max = 200) String legalName,
        @Size(max = 200) String tradeName,
        @Size(max = 255) String address,
        @Pattern(regexp = "\\d{6}", message = "{invoicing.company.ubigeo.format}") String ubigeo,
        @NotNull SunatEndpoint endpoint,
        @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "{invoicing.company.url.format}") String simulatorUrl,
        boolean active) {

    /** Trimmed, blanks as null, the names upper-cased as SUNAT registers them. */
    public CompanyData normalized() {
        return new CompanyData(strip(ruc), upper(legalName), upper(tradeName), strip(address), strip(ubigeo),
                endpoint, strip(simulatorUrl), active);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        String v = strip(s);
        return v == null ? null : v.toUpperCase(java.util.Locale.forLanguageTag("es-PE"));
    }
}
