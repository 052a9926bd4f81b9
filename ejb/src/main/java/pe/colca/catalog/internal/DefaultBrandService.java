package pe.colca.catalog.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import pe.colca.catalog.Brand;
import pe.colca.catalog.BrandData;
import pe.colca.catalog.BrandService;
import pe.colca.catalog.CatalogRecordNotFound;
import pe.colca.catalog.CatalogStaleVersion;
import pe.colca.catalog.StillInUse;
import pe.colca.common.Checks;
import pe.colca.common.DuplicateKey;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.security.AuditTrail;

/** Brands' transactions: validation, version check, the change, flush, audit. */
@Stateless
public class DefaultBrandService implements BrandService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    @Inject
    private RequestMetadata request;

    @EJB
    private AuditTrail audit;

    @Override
    @RolesAllowed("catalog.product.view")
    public Page<Brand> searchBrands(String text, PageRequest page) {
        String where = text == null || text.isBlank() ? ""
                : " WHERE lower(function('colca_unaccent', lower(b.name))) LIKE :text ESCAPE '!'";
        TypedQuery<Brand> query = em.createQuery("SELECT b FROM Brand b" + where + " ORDER BY b.name"
                + (page.ascending() ? " ASC" : " DESC") + ", b.id", Brand.class);
        TypedQuery<Long> count = em.createQuery("SELECT count(b) FROM Brand b" + where, Long.class);
        if (!where.isEmpty()) {
            String pattern = "%" + CatalogSql.likeEscape(CatalogSql.plain(text.strip())) + "%";
            query.setParameter("text", pattern);
            count.setParameter("text", pattern);
        }
        List<Brand> items = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public Brand getBrand(int id) {
        Brand brand = em.find(Brand.class, id);
        if (brand == null) {
            throw new CatalogRecordNotFound(CatalogEntities.BRAND, id);
        }
        return brand;
    }

    @Override
    @RolesAllowed("catalog.brand.edit")
    public Brand createBrand(BrandData data) {
        BrandData d = Checks.valid(validator, data, request.getLocale()).normalized();
        refuseTakenName(d.name(), null);
        Brand brand = new Brand(d.name(), d.logoUrl());
        em.persist(brand);
        Flushes.flush(em, CatalogEntities.BRAND, brand::getName);
        audit.record("CREATE", "brands", brand.getId(), null, Snapshots.of(brand));
        return brand;
    }

    @Override
    @RolesAllowed("catalog.brand.edit")
    public Brand updateBrand(int id, long expectedVersion, BrandData data) {
        BrandData d = Checks.valid(validator, data, request.getLocale()).normalized();
        Brand brand = currentBrand(id, expectedVersion);
        refuseTakenName(d.name(), id);
        Map<String, Object> before = Snapshots.of(brand);
        brand.rename(d.name());
        brand.changeLogo(d.logoUrl());
        Flushes.flush(em, CatalogEntities.BRAND, brand::getName);
        audit.record("UPDATE", "brands", id, before, Snapshots.of(brand));
        return brand;
    }

    @Override
    @RolesAllowed("catalog.brand.edit")
    public void deleteBrand(int id, long expectedVersion) {
        Brand brand = currentBrand(id, expectedVersion);
        long products = ((Number) em.createNativeQuery("SELECT count(*) FROM products WHERE brand_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (products > 0) {
            throw new StillInUse(CatalogEntities.BRAND, id);
        }
        Map<String, Object> before = Snapshots.of(brand);
        em.remove(brand);
        Flushes.flush(em, CatalogEntities.BRAND, () -> String.valueOf(id));
        audit.record("DELETE", "brands", id, before, null);
    }

    private Brand currentBrand(int id, long expectedVersion) {
        Brand brand = getBrand(id);
        if (brand.getVersion() != expectedVersion) {
            throw new CatalogStaleVersion(CatalogEntities.BRAND, id);
        }
        return brand;
    }

    private void refuseTakenName(String name, Integer exceptId) {
        long taken = em.createQuery("SELECT count(b) FROM Brand b WHERE lower(b.name) = lower(:name) AND b.id <> :id",
                        Long.class)
                .setParameter("name", name)
                .setParameter("id", exceptId == null ? -1 : exceptId)
                .getSingleResult();
        if (taken > 0) {
            throw new DuplicateKey("name", name);
        }
    }
}
