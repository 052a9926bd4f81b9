package pe.colca.invoicing.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pe.colca.common.Checks;
import pe.colca.common.DuplicateKey;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RecordNotFound;
import pe.colca.common.RequestMetadata;
import pe.colca.common.Ruc;
import pe.colca.common.SqlFailure;
import pe.colca.common.StaleVersion;
import pe.colca.common.Where;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.CompanyData;
import pe.colca.invoicing.CompanyEstablishment;
import pe.colca.invoicing.CompanyService;
import pe.colca.invoicing.DocumentSequence;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.sunat.SigningCredentials;
import pe.colca.invoicing.sunat.SigningCredentials.CertificateInfo;
import pe.colca.security.AuditTrail;

/** See {@link CompanyService}. Audit rows never hold a secret, only that it changed. */
@Stateless
public class DefaultCompanyService implements CompanyService {

    static final String ENTITY = "entity.company";
    private static final Set<String> SORTABLE = Set.of("ruc", "razonSocial", "tradeName");
    /** A PKCS#12 of a signing certificate is a few KB; anything much larger is not one. */
    static final int MAX_CERTIFICATE_BYTES = 64 * 1024;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    @Inject
    private RequestMetadata request;

    @EJB
    private AuditTrail audit;

    @Override
    @RolesAllowed("sunat.company.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Company> search(String text, PageRequest page) {
        Where where = new Where();
        if (text != null && !text.isBlank()) {
            where.and("(c.ruc LIKE :text OR lower(c.razonSocial) LIKE :text OR lower(coalesce(c.tradeName, '')) LIKE :text)",
                    "text", "%" + text.strip().toLowerCase(Messages.DEFAULT_LOCALE) + "%");
        }
        String sort = page.sortField() != null && SORTABLE.contains(page.sortField()) ? page.sortField() : "ruc";
        return where.page(em.createQuery("SELECT c FROM Company c" + where
                        + " ORDER BY c." + sort + (page.ascending() ? " ASC" : " DESC") + ", c.id", Company.class),
                em.createQuery("SELECT count(c) FROM Company c" + where, Long.class), page);
    }

    @Override
    @RolesAllowed("sunat.company.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Company get(int id) {
        Company company = em.find(Company.class, id);
        if (company == null) {
            throw new RecordNotFound(ENTITY, id);
        }
        return company;
    }

    @Override
    @RolesAllowed("sunat.company.edit")
    public Company create(CompanyData data) {
        CompanyData d = valid(data);
        Long taken = em.createQuery("SELECT count(c) FROM Company c WHERE c.ruc = :ruc", Long.class)
                .setParameter("ruc", d.ruc()).getSingleResult();
        if (taken > 0) {
            throw new DuplicateKey("ruc", d.ruc());
        }
        Company company = new Company(d.ruc(), d.legalName());
        company.describe(d.legalName(), d.tradeName(), d.address(), d.ubigeo(), d.endpoint(), d.simulatorUrl(), d.active());
        em.persist(company);
        flush(company, "ruc", d.ruc());
        audit.record("CREATE", "companies", company.getId(), null, snapshot(company));
        return company;
    }

    @Override
    @RolesAllowed("sunat.company.edit")
    public Company update(int id, long expectedVersion, CompanyData data) {
        CompanyData d = valid(data);
        Company company = current(id, expectedVersion);
        if (!company.getRuc().equals(d.ruc())) {
            throw InvalidInput.of("ruc", Messages.format(request.getLocale(), "invoicing.company.ruc.fixed"));
        }
        Map<String, Object> before = snapshot(company);
        company.describe(d.legalName(), d.tradeName(), d.address(), d.ubigeo(), d.endpoint(), d.simulatorUrl(), d.active());
        flush(company, "ruc", d.ruc());
        audit.record("UPDATE", "companies", id, before, snapshot(company));
        return company;
    }

    @Override
    @RolesAllowed("sunat.company.edit")
    public Company changeSolCredentials(int id, long expectedVersion, String solUser, String solPassword) {
        String user = solUser == null ? "" : solUser.strip().toUpperCase(java.util.Locale.ROOT);
        if (!user.matches("[A-Z0-9]{3,60}")) {
            throw InvalidInput.of("solUser", Messages.format(request.getLocale(), "invoicing.company.solUser.format"));
        }
        Company company = current(id, expectedVersion);
        boolean newPassword = solPassword != null && !solPassword.isEmpty();
        if (!newPassword && company.getSolPass() == null) {
            throw InvalidInput.of("solPassword", Messages.format(request.getLocale(), "invoicing.company.solPassword.required"));
        }
        if (newPassword && solPassword.length() > 100) {
            throw InvalidInput.of("solPassword", Messages.format(request.getLocale(), "invoicing.company.solPassword.length"));
        }
        String before = company.getSolUser();
        company.changeSolCredentials(user, newPassword
                ? CompanySecrets.current().encrypt(company.getRuc(), "sol_pass", solPassword) : company.getSolPass());
        flush(company, "ruc", company.getRuc());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("solUser", user);
        after.put("solPasswordChanged", newPassword);
        after.put("version", company.getVersion());
        audit.record("UPDATE", "companies", id, Map.of("solUser", before == null ? "" : before), after);
        return company;
    }

    @Override
    @RolesAllowed("sunat.company.edit")
    public Company uploadCertificate(int id, long expectedVersion, String fileName, byte[] pkcs12, String password) {
        if (pkcs12 == null || pkcs12.length == 0 || pkcs12.length > MAX_CERTIFICATE_BYTES) {
            throw InvalidInput.of("certificate", Messages.format(request.getLocale(), "invoicing.company.certificate.size",
                    MAX_CERTIFICATE_BYTES / 1024));
        }
        char[] secret = password == null ? new char[0] : password.toCharArray();
        SigningCredentials credentials = SigningCredentials.fromPkcs12(pkcs12, secret);
        credentials.requireValidAt(Instant.now());
        Company company = current(id, expectedVersion);
        CertificateInfo info = credentials.info();
        CompanySecrets secrets = CompanySecrets.current();
        Map<String, Object> before = certificateSnapshot(company);
        String name = fileName == null || fileName.isBlank() ? "certificado.p12"
                : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        company.installCertificate(name.length() > 200 ? name.substring(0, 200) : name,
                secrets.encrypt(company.getRuc(), "certificate_data", Base64.getEncoder().encode(pkcs12)),
                secrets.encrypt(company.getRuc(), "certificate_password", password == null ? "" : password),
                truncate(info.subject(), 500), truncate(info.serialHex(), 100), info.notBefore(), info.notAfter());
        flush(company, "ruc", company.getRuc());
        audit.record("UPDATE", "companies", id, before, certificateSnapshot(company));
        return company;
    }

    @Override
    @RolesAllowed("sunat.company.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CompanyEstablishment> establishments(int companyId) {
        get(companyId);
        return em.createQuery("SELECT e FROM CompanyEstablishment e WHERE e.companyId = :company ORDER BY e.code, e.id",
                CompanyEstablishment.class).setParameter("company", companyId).getResultList();
    }

    @Override
    @RolesAllowed("sunat.company.edit")
    public CompanyEstablishment setEstablishment(int companyId, int locationId, String code) {
        get(companyId);
        List<CompanyEstablishment> existing = em.createQuery("SELECT e FROM CompanyEstablishment e"
                        + " WHERE e.companyId = :company AND e.locationId = :location", CompanyEstablishment.class)
                .setParameter("company", companyId).setParameter("location", locationId).getResultList();
        String c = code == null ? null : code.strip();
        if (c != null && !c.matches("\\d{4}")) {
            throw InvalidInput.of("code", Messages.format(request.getLocale(), "invoicing.company.establishment.format"));
        }
        CompanyEstablishment row = existing.isEmpty() ? null : existing.get(0);
        Map<String, Object> before = row == null ? null : Map.of("locationId", locationId, "code", row.getCode());
        if (c == null) {
            if (row != null) {
                em.remove(row);
                audit.record("DELETE", "company_establishments", row.getId(), before, null);
            }
            return null;
        }
        if (row == null) {
            row = new CompanyEstablishment(companyId, locationId, c);
            em.persist(row);
        } else {
            row.recode(c);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlFailure.is(e, SqlFailure.UNIQUE_VIOLATION)) {
                throw new DuplicateKey("code", c);
            }
            if (SqlFailure.is(e, SqlFailure.FOREIGN_KEY_VIOLATION)) {
                throw new RecordNotFound("entity.location", locationId);
            }
            throw e;
        }
        audit.record(before == null ? "CREATE" : "UPDATE", "company_establishments", row.getId(), before,
                Map.of("companyId", companyId, "locationId", locationId, "code", c));
        return row;
    }

    @Override
    @RolesAllowed("sunat.company.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<DocumentSequence> series(int companyId) {
        get(companyId);
        return em.createQuery("SELECT s FROM DocumentSequence s WHERE s.companyId = :company"
                        + " ORDER BY s.documentType, s.series", DocumentSequence.class)
                .setParameter("company", (long) companyId).getResultList();
    }

    @Override
    @RolesAllowed("sunat.company.edit")
    public DocumentSequence addSeries(int companyId, DocumentType type, String series, Integer locationId) {
        get(companyId);
        if (type == null) {
            throw InvalidInput.of("documentType", Messages.format(request.getLocale(), "invoicing.series.type.required"));
        }
        String s = series == null ? "" : series.strip().toUpperCase(java.util.Locale.ROOT);
        String pattern = switch (type) {
            case FACTURA -> "F[A-Z0-9]{3}";
            case BOLETA -> "B[A-Z0-9]{3}";
            case NOTA_CREDITO, NOTA_DEBITO -> "[FB][A-Z0-9]{3}";
        };
        if (!s.matches(pattern)) {
            throw InvalidInput.of("series", Messages.format(request.getLocale(), "invoicing.series.format", type.code()));
        }
        DocumentSequence sequence = new DocumentSequence((long) companyId, type, s, locationId);
        em.persist(sequence);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlFailure.is(e, SqlFailure.UNIQUE_VIOLATION)) {
                throw new DuplicateKey("series", s);
            }
            if (SqlFailure.is(e, SqlFailure.FOREIGN_KEY_VIOLATION)) {
                throw new RecordNotFound("entity.location", locationId);
            }
            throw e;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("companyId", companyId);
        after.put("documentType", type.code());
        after.put("series", s);
        after.put("locationId", locationId);
        audit.record("CREATE", "document_sequences", sequence.getId(), null, after);
        return sequence;
    }

    private CompanyData valid(CompanyData data) {
        CompanyData d = Checks.valid(validator, data, request.getLocale()).normalized();
        Ruc.Problem problem = Ruc.problem(d.ruc());
        if (problem != null) {
            throw InvalidInput.of("ruc", Messages.format(request.getLocale(), switch (problem) {
                case LENGTH -> "invoicing.company.ruc.format";
                case PREFIX -> "invoicing.company.ruc.prefix";
                case CHECK_DIGIT -> "invoicing.company.ruc.checkDigit";
            }, d.ruc()));
        }
        return d;
    }

    private Company current(int id, long expectedVersion) {
        Company company = get(id);
        if (company.getVersion() != expectedVersion) {
            throw new StaleVersion(ENTITY, company.getRuc());
        }
        return company;
    }

    private void flush(Company company, String field, String value) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(ENTITY, company.getRuc());
        } catch (PersistenceException e) {
            if (SqlFailure.is(e, SqlFailure.UNIQUE_VIOLATION)) {
                throw new DuplicateKey(field, value);
            }
            throw e;
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static Map<String, Object> snapshot(Company c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ruc", c.getRuc());
        values.put("legalName", c.getRazonSocial());
        values.put("tradeName", c.getTradeName());
        values.put("address", c.getAddress());
        values.put("ubigeo", c.getUbigeo());
        values.put("endpoint", c.getSunatEndpoint().name());
        values.put("simulatorUrl", c.getSimulatorUrl());
        values.put("active", c.isActive());
        values.put("version", c.getVersion());
        return values;
    }

    private static Map<String, Object> certificateSnapshot(Company c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("certificateFile", c.getCertificatePath());
        values.put("certificateSubject", c.getCertificateSubject());
        values.put("certificateSerial", c.getCertificateSerial());
        values.put("certificateValidUntil", c.getCertificateValidUntil() == null ? null : c.getCertificateValidUntil().toString());
        values.put("version", c.getVersion());
        return values;
    }
}
