package pe.colca.invoicing.internal.summary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import pe.colca.common.RecordNotFound;
import pe.colca.common.StaleVersion;
import pe.colca.invoicing.BoletaDelivery;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.ElectronicDocument;
import pe.colca.invoicing.SummaryDelivery;
import pe.colca.security.AuditTrail;

/** See {@link SummaryDelivery}. */
@Stateless
@PermitAll
public class DefaultSummaryDelivery implements SummaryDelivery {

    static final String COMPANY = "entity.company";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean bySummary(long companyId) {
        List<String> mode = em.createQuery("SELECT c.boletaDelivery FROM Company c WHERE c.id = :id", BoletaDelivery.class)
                .setParameter("id", (int) companyId).getResultStream().map(Enum::name).toList();
        return !mode.isEmpty() && BoletaDelivery.SUMMARY.name().equals(mode.get(0));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean bySummary(ElectronicDocument document) {
        return document.isSummarizable() && bySummary(document.getCompanyId());
    }

    @Override
    @RolesAllowed("sunat.company.edit")
    public Company change(int companyId, long expectedVersion, BoletaDelivery delivery) {
        Company company = em.find(Company.class, companyId);
        if (company == null) {
            throw new RecordNotFound(COMPANY, companyId);
        }
        if (company.getVersion() != expectedVersion) {
            throw new StaleVersion(COMPANY, company.getRuc());
        }
        BoletaDelivery before = company.getBoletaDelivery();
        BoletaDelivery after = delivery == null ? BoletaDelivery.BILL : delivery;
        if (before != after) {
            company.deliverBoletas(after);
            em.flush();
            audit.record("UPDATE", "companies", companyId, Map.of("boletaDelivery", before.name()),
                    Map.of("boletaDelivery", after.name()));
        }
        return company;
    }
}
