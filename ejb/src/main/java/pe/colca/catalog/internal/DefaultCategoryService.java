package pe.colca.catalog.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import pe.colca.catalog.CatalogRecordNotFound;
import pe.colca.catalog.CatalogStaleVersion;
import pe.colca.catalog.Category;
import pe.colca.catalog.CategoryData;
import pe.colca.catalog.CategoryPath;
import pe.colca.catalog.CategoryService;
import pe.colca.catalog.CategoryTree;
import pe.colca.catalog.Slugs;
import pe.colca.catalog.StillInUse;
import pe.colca.common.Checks;
import pe.colca.common.DuplicateKey;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.common.Where;
import pe.colca.security.AuditTrail;

/** The category tree's transactions: validation, version check, the change, flush, audit. */
@Stateless
public class DefaultCategoryService implements CategoryService {

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
    public Page<Category> searchCategories(String text, Integer parentId, boolean rootsOnly, PageRequest page) {
        Where where = new Where();
        if (text != null && !text.isBlank()) {
            where.and("lower(function('colca_unaccent', lower(c.name))) LIKE :text ESCAPE '!'", "text",
                    "%" + CatalogSql.likeEscape(CatalogSql.plain(text.strip())) + "%");
        }
        if (parentId != null) {
            where.and("c.parent.id = :parent", "parent", parentId);
        } else if (rootsOnly) {
            where.and("c.parent IS NULL");
        }
        return where.page(em.createQuery("SELECT c FROM Category c" + where
                        + " ORDER BY c.name" + (page.ascending() ? " ASC" : " DESC") + ", c.id", Category.class),
                em.createQuery("SELECT count(c) FROM Category c" + where, Long.class), page);
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public CategoryPath getCategory(int id) {
        return new CategoryPath(findCategory(id), breadcrumbs(id));
    }

    @Override
    @RolesAllowed("catalog.category.edit")
    public CategoryPath createCategory(CategoryData data) {
        CategoryData d = Checks.valid(validator, data, request.getLocale()).normalized();
        Category parent = d.parentId() == null ? null : parentCategory(d.parentId());
        String slug = d.slug() != null ? requireFreeSlug(d.slug(), null)
                : Slugs.unique(Slugs.of(d.name()), s -> slugTaken(s, null));
        Category category = new Category(d.name(), slug, parent);
        category.changeImage(d.imageUrl());
        category.changeActive(d.active());
        em.persist(category);
        Flushes.flush(em, CatalogEntities.CATEGORY, category::getSlug);
        audit.record("CREATE", "categories", category.getId(), null, Snapshots.of(category));
        return new CategoryPath(category, breadcrumbs(category.getId()));
    }

    @Override
    @RolesAllowed("catalog.category.edit")
    public CategoryPath updateCategory(int id, long expectedVersion, CategoryData data) {
        CategoryData d = Checks.valid(validator, data, request.getLocale()).normalized();
        Category category = currentCategory(id, expectedVersion);
        Map<String, Object> before = Snapshots.of(category);
        Integer currentParent = category.getParent() == null ? null : category.getParent().getId();
        if (!Objects.equals(currentParent, d.parentId())) {
            // one tree move at a time: two concurrent moves could otherwise build a cycle together
            em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('colca.catalog.categories'))) l")
                    .getSingleResult();
            Category parent = null;
            if (d.parentId() != null) {
                parent = parentCategory(d.parentId());
                CategoryTree.refuseCycle(id, breadcrumbs(d.parentId()).stream().map(CategoryPath.Crumb::id).toList());
            }
            category.moveUnder(parent);
        }
        String slug = d.slug() == null || d.slug().equals(category.getSlug()) ? category.getSlug()
                : requireFreeSlug(d.slug(), id);
        category.rename(d.name(), slug);
        category.changeImage(d.imageUrl());
        category.changeActive(d.active());
        Flushes.flush(em, CatalogEntities.CATEGORY, () -> String.valueOf(id));
        audit.record("UPDATE", "categories", id, before, Snapshots.of(category));
        return new CategoryPath(category, breadcrumbs(id));
    }

    @Override
    @RolesAllowed("catalog.category.edit")
    public void deleteCategory(int id, long expectedVersion) {
        Category category = currentCategory(id, expectedVersion);
        long children = em.createQuery("SELECT count(c) FROM Category c WHERE c.parent.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        long products = ((Number) em.createNativeQuery("SELECT count(*) FROM products WHERE category_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (children > 0 || products > 0) {
            throw new StillInUse(CatalogEntities.CATEGORY, id);
        }
        Map<String, Object> before = Snapshots.of(category);
        em.remove(category);
        Flushes.flush(em, CatalogEntities.CATEGORY, () -> String.valueOf(id));
        audit.record("DELETE", "categories", id, before, null);
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public List<CategoryPath.Crumb> breadcrumbs(int categoryId) {
        List<?> rows = em.createNativeQuery("WITH RECURSIVE up (id, parent_id, name, slug, depth) AS ("
                        + " SELECT id, parent_id, name, slug, 0 FROM categories WHERE id = ?1"
                        + " UNION ALL SELECT c.id, c.parent_id, c.name, c.slug, up.depth + 1"
                        + " FROM categories c JOIN up ON c.id = up.parent_id WHERE up.depth < 100)"
                        + " SELECT id, name, slug FROM up ORDER BY depth DESC", Tuple.class)
                .setParameter(1, categoryId).getResultList();
        List<CategoryPath.Crumb> crumbs = new ArrayList<>();
        for (Object r : rows) {
            Tuple row = (Tuple) r;
            crumbs.add(new CategoryPath.Crumb(((Number) row.get("id")).intValue(), row.get("name", String.class),
                    row.get("slug", String.class)));
        }
        return crumbs;
    }

    private Category findCategory(int id) {
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw new CatalogRecordNotFound(CatalogEntities.CATEGORY, id);
        }
        return category;
    }

    private Category currentCategory(int id, long expectedVersion) {
        Category category = findCategory(id);
        if (category.getVersion() != expectedVersion) {
            throw new CatalogStaleVersion(CatalogEntities.CATEGORY, id);
        }
        return category;
    }

    private Category parentCategory(int id) {
        Category parent = em.find(Category.class, id);
        if (parent == null) {
            throw InvalidInput.of("parentId", Messages.format(request.getLocale(), "catalog.product.category.unknown", id));
        }
        return parent;
    }

    private String requireFreeSlug(String slug, Integer exceptId) {
        if (!Slugs.isWellFormed(slug)) {
            throw InvalidInput.of("slug", Messages.format(request.getLocale(), "catalog.product.slug.pattern"));
        }
        if (slugTaken(slug, exceptId)) {
            throw new DuplicateKey("slug", slug);
        }
        return slug;
    }

    private boolean slugTaken(String slug, Integer exceptId) {
        return em.createQuery("SELECT count(c) FROM Category c WHERE c.slug = :slug AND c.id <> :id", Long.class)
                .setParameter("slug", slug)
                .setParameter("id", exceptId == null ? -1 : exceptId)
                .getSingleResult() > 0;
    }
}
