package pe.colca.inventory.location.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pe.colca.common.Where;
import pe.colca.common.Checks;
import pe.colca.common.DuplicateKey;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RecordNotFound;
import pe.colca.common.RequestMetadata;
import pe.colca.common.SqlFailure;
import pe.colca.common.StaleVersion;
import pe.colca.inventory.location.Location;
import pe.colca.inventory.location.LocationData;
import pe.colca.inventory.location.LocationFilter;
import pe.colca.inventory.location.LocationService;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;
import pe.colca.security.StoreScope;

@Stateless
public class DefaultLocationService implements LocationService {

    private static final String ENTITY = "entity.location";
    private static final Set<String> SORTABLE = Set.of("code", "name", "type", "active", "allowsSales");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    @Inject
    private RequestMetadata request;

    @EJB
    private Caller caller;

    @EJB
    private AuditTrail audit;

    /** Store scope: lists show, and edits reach, only the caller's locations (docs/conventions.md). */
    @EJB
    private StoreScope scope;

    @Override
    @RolesAllowed("inventory.location.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Location> search(LocationFilter filter, PageRequest page) {
        LocationFilter f = filter == null ? LocationFilter.all() : filter;
        Where where = new Where();
        if (f.text() != null && !f.text().isBlank()) {
            where.and("(lower(function('unaccent', l.code)) LIKE :text"
                    + " OR lower(function('unaccent', l.name)) LIKE :text"
                    + " OR lower(function('unaccent', coalesce(l.address, ''))) LIKE :text)", "text",
                    "%" + stripAccents(f.text().strip().toLowerCase(Messages.DEFAULT_LOCALE)) + "%");
        }
        where.andIf(f.type(), "l.type = :type", "type").andIf(f.active(), "l.active = :active", "active");
        if (!scope.everywhere()) {
            List<Integer> mine = scope.locations().stream().map(Long::intValue).toList();
            where.and(mine.isEmpty() ? "1 = 0" : "l.id IN (:scopeLocations)");
            if (!mine.isEmpty()) {
                where.param("scopeLocations", mine);
            }
        }
        String sort = page.sortField() != null && SORTABLE.contains(page.sortField()) ? page.sortField() : "code";
        return where.page(em.createQuery("SELECT l FROM Location l" + where
                        + " ORDER BY l." + sort + (page.ascending() ? " ASC" : " DESC") + ", l.id", Location.class),
                em.createQuery("SELECT count(l) FROM Location l" + where, Long.class), page);
    }

    @Override
    @RolesAllowed("inventory.location.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Location get(int id) {
        Location location = em.find(Location.class, id);
        if (location == null) {
            throw new RecordNotFound(ENTITY, id);
        }
        scope.require(id);
        return location;
    }

    @Override
    @RolesAllowed("inventory.location.view")
    public List<Location> transferDestinations() {
        return em.createQuery("SELECT l FROM Location l WHERE l.active = true ORDER BY l.code, l.id", Location.class)
                .getResultList();
    }

    @Override
    @RolesAllowed("inventory.location.edit")
    public Location create(LocationData data) {
        LocationData d = Checks.valid(validator, data, request.getLocale()).normalized();
        refuseTakenCode(d.code(), null);
        Location location = new Location(d.code(), d.name(), d.type());
        location.describe(d.code(), d.name(), d.address(), d.type(), d.active(), d.allowsSales());
        em.persist(location);
        flush(d.code());
        audit.record("CREATE", "locations", location.getId(), null, snapshot(location));
        return location;
    }

    @Override
    @RolesAllowed("inventory.location.edit")
    public Location update(int id, long expectedVersion, LocationData data) {
        LocationData d = Checks.valid(validator, data, request.getLocale()).normalized();
        Location location = current(id, expectedVersion);
        refuseTakenCode(d.code(), id);
        Map<String, Object> before = snapshot(location);
        location.describe(d.code(), d.name(), d.address(), d.type(), d.active(), d.allowsSales());
        flush(d.code());
        audit.record("UPDATE", "locations", id, before, snapshot(location));
        return location;
    }

    @Override
    @RolesAllowed("inventory.location.delete")
    public void delete(int id, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", Messages.format(request.getLocale(), "location.reason.required"));
        }
        Location location = current(id, expectedVersion);
        Map<String, Object> before = snapshot(location);
        location.delete(caller.userId().orElse(null), reason);
        flush(location.getCode());
        Map<String, Object> after = snapshot(location);
        after.put("deletionReason", reason.strip());
        audit.record("DELETE", "locations", id, before, after);
    }

    @Override
    @RolesAllowed("inventory.location.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countActive() {
        return em.createQuery("SELECT count(l) FROM Location l WHERE l.active = true", Long.class)
                .getSingleResult();
    }

    private Location current(int id, long expectedVersion) {
        Location location = get(id);
        if (location.getVersion() != expectedVersion) {
            throw new StaleVersion(ENTITY, location.getCode());
        }
        return location;
    }

    private void refuseTakenCode(String code, Integer exceptId) {
        TypedQuery<Long> query = em.createQuery("SELECT count(l) FROM Location l WHERE l.code = :code"
                + " AND l.id <> :id", Long.class);
        Long taken = query.setParameter("code", code)
                .setParameter("id", exceptId == null ? -1 : exceptId)
                .getSingleResult();
        if (taken > 0) {
            throw new DuplicateKey("code", code);
        }
    }

    /** Writes now so a concurrent edit or a code taken in the meantime becomes a clear refusal. */
    private void flush(String code) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(ENTITY, code);
        } catch (PersistenceException e) {
            if (SqlFailure.is(e, SqlFailure.UNIQUE_VIOLATION)) {
                throw new DuplicateKey("code", code);
            }
            throw e;
        }
    }

    private static Map<String, Object> snapshot(Location l) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", l.getCode());
        values.put("name", l.getName());
        values.put("address", l.getAddress());
        values.put("type", l.getType() == null ? null : l.getType().name());
        values.put("active", l.isActive());
        values.put("allowsSales", l.isAllowsSales());
        values.put("version", l.getVersion());
        return values;
    }

    private static String stripAccents(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
