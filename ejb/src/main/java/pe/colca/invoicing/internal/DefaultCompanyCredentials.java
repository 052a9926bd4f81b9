package pe.colca.invoicing.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import pe.colca.common.RecordNotFound;
import pe.colca.common.RuleViolated;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.CompanyCredentials;
import pe.colca.invoicing.sunat.SignatureAlgorithm;
import pe.colca.invoicing.sunat.SigningCredentials;
import pe.colca.settings.Settings;

/** See {@link CompanyCredentials}: local only (no remote view, not reachable from the screens or the API). */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultCompanyCredentials implements CompanyCredentials {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Settings settings;

    @Override
    public SigningCredentials signing(int companyId) {
        Company company = company(companyId);
        if (!company.hasCertificate()) {
            throw new RuleViolated("certificate-missing", "invoicing.certificate.missing", company.getRuc());
        }
        CompanySecrets secrets = CompanySecrets.current();
        byte[] pkcs12 = Base64.getDecoder().decode(
                secrets.decrypt(company.getRuc(), "certificate_data", company.getCertificateData()));
        char[] password = new String(secrets.decrypt(company.getRuc(), "certificate_password",
                company.getCertificatePassword()), StandardCharsets.UTF_8).toCharArray();
        return SigningCredentials.fromPkcs12(pkcs12, password);
    }

    @Override
    public SolLogin sol(int companyId) {
        Company company = company(companyId);
        if (company.getSolUser() == null || company.getSolPass() == null) {
            return null;
        }
        String password = new String(CompanySecrets.current().decrypt(company.getRuc(), "sol_pass", company.getSolPass()),
                StandardCharsets.UTF_8);
        return new SolLogin(company.getRuc() + company.getSolUser(), password);
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return SignatureAlgorithm.fromSetting(settings.text(SignatureAlgorithm.SETTING));
    }

    private Company company(int id) {
        Company company = em.find(Company.class, id);
        if (company == null) {
            throw new RecordNotFound(DefaultCompanyService.ENTITY, id);
        }
        return company;
    }
}
