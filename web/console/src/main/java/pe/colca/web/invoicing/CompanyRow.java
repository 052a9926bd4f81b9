package pe.colca.web.invoicing;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import pe.colca.common.PageRequest;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.CompanyService;
import pe.colca.web.AllPages;

/** A company as the companies screen lists it (never a secret: only whether it is set). */
public record CompanyRow(int id, String ruc, String legalName, String tradeName, String endpoint, boolean active,
                         String solUser, boolean solPasswordSet, String certificateSubject, String certificateSerial,
                         Instant certificateValidFrom, Instant certificateValidUntil, long version) implements Serializable {

    public static CompanyRow of(Company c) {
        return new CompanyRow(c.getId(), c.getRuc(), c.getRazonSocial(), c.getTradeName(), c.getSunatEndpoint().name(),
                c.isActive(), c.getSolUser(), c.getSolPass() != null, c.getCertificateSubject(), c.getCertificateSerial(),
                c.getCertificateValidFrom(), c.getCertificateValidUntil(), c.getVersion());
    }

    /** Every company (all pages of the list, by RUC): the choices of a company selector. */
    public static List<CompanyRow> all(CompanyService companies) {
        return AllPages.read(offset -> companies.search(null, new PageRequest(offset, PageRequest.MAX_LIMIT, "ruc", true)))
                .stream().map(CompanyRow::of).toList();
    }

    public int getId() {
        return id;
    }

    // Jakarta EL 5 (EE 10) reads JavaBean getters, not record accessors
    public String getRuc() {
        return ruc;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getTradeName() {
        return tradeName;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public boolean isActive() {
        return active;
    }

    public String getSolUser() {
        return solUser;
    }

    public boolean isSolPasswordSet() {
        return solPasswordSet;
    }

    public String getCertificateSubject() {
        return certificateSubject;
    }

    public String getCertificateSerial() {
        return certificateSerial;
    }

    public Instant getCertificateValidFrom() {
        return certificateValidFrom;
    }

    public Instant getCertificateValidUntil() {
        return certificateValidUntil;
    }

    public long getVersion() {
        return version;
    }

    public boolean isCertificateExpired() {
        return certificateValidUntil != null && certificateValidUntil.isBefore(Instant.now());
    }

    /** Expires within 30 days (the alert window's default): the screen shows it in amber. */
    public boolean isCertificateExpiring() {
        return certificateValidUntil != null && !isCertificateExpired()
                && certificateValidUntil.isBefore(Instant.now().plus(java.time.Duration.ofDays(30)));
    }
}
