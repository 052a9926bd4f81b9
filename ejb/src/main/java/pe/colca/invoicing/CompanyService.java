package pe.colca.invoicing;

import jakarta.ejb.Local;
import java.util.List;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * The issuing companies, their signing certificate, SOL credentials, establishment codes and document
 * series (Facturación → Empresas / Series; {@code /api/v1/invoicing/companies}). Every method is one
 * transaction; {@code sunat.company.view} reads, {@code sunat.company.edit} changes. Secrets are
 * write-only: stored encrypted (AES-256-GCM), never returned.
 */
@Local
public interface CompanyService {

    /** A page of companies whose RUC, legal or trade name contains {@code text} (null: all). */
    Page<Company> search(String text, PageRequest page);

    /** @throws pe.colca.common.RecordNotFound */
    Company get(int id);

    /** @throws pe.colca.common.InvalidInput (a RUC with a wrong prefix or check digit too), pe.colca.common.DuplicateKey */
    Company create(CompanyData data);

    /** @throws pe.colca.common.StaleVersion when the company changed since {@code expectedVersion} */
    Company update(int id, long expectedVersion, CompanyData data);

    /** Sets the SOL secondary user and password (the password stored encrypted; a blank one keeps the old). */
    Company changeSolCredentials(int id, long expectedVersion, String solUser, String solPassword);

    /**
     * Installs a PKCS#12 signing certificate: opened with its password (else {@link CertificateUnreadable}),
     * refused when already expired ({@link CertificateExpired}); stored encrypted with its password.
     */
    Company uploadCertificate(int id, long expectedVersion, String fileName, byte[] pkcs12, String password);

    /** The establishment codes of the company's stores. */
    List<CompanyEstablishment> establishments(int companyId);

    /** Sets (or changes) the code of a store; {@code code} null removes it. */
    CompanyEstablishment setEstablishment(int companyId, int locationId, String code);

    /** The company's series, by type and series. */
    List<DocumentSequence> series(int companyId);

    /**
     * A new series of a document type, optionally bound to the store that issues from it (one per type and
     * first letter per store, V22).
     *
     * @throws pe.colca.common.InvalidInput a series that does not fit the type (F… facturas, B… boletas, notes either)
     * @throws pe.colca.common.DuplicateKey the series exists, or the store already has one of that type and letter
     */
    DocumentSequence addSeries(int companyId, DocumentType type, String series, Integer locationId);
}
