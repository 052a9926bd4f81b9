package pe.colca.customer.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Tuple;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RecordNotFound;
import pe.colca.common.RequestMetadata;
import pe.colca.common.SqlFailure;
import pe.colca.common.StaleVersion;
import pe.colca.common.Where;
import pe.colca.customer.AddressData;
import pe.colca.customer.Customer;
import pe.colca.customer.CustomerAddress;
import pe.colca.customer.CustomerData;
import pe.colca.customer.CustomerFilter;
import pe.colca.customer.CustomerLookup;
import pe.colca.customer.CustomerSegment;
import pe.colca.customer.CustomerService;
import pe.colca.customer.CustomerTaken;
import pe.colca.customer.CustomerDistrict;
import pe.colca.customer.IdentityDocumentType;
import pe.colca.customer.IdentityDocuments;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;
import pe.colca.settings.SettingMissing;
import pe.colca.settings.Settings;

/** {@link CustomerService} over JPA; see the interface for the contract. */
@Stateless
public class DefaultCustomerService implements CustomerService {

    private static final Logger LOG = Logger.getLogger(DefaultCustomerService.class.getName());
    static final String ENTITY = "entity.customer";
    private static final String ADDRESS = "entity.customerAddress";
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final String SEGMENTS = "customer.segments";
    private static final Set<String> SORTABLE = Set.of("fullName", "docNumber", "email", "segment", "createdAt", "active");

    /** The POS lookup: one row over uq_customers_doc_number (partial, live rows). */
    private static final String LOOKUP = "SELECT c.id, c.doc_type, c.doc_number, c.full_name, c.email, c.phone,"
            + " c.segment, c.is_active, c.marketing_consent, c.version FROM customers c"
            + " WHERE c.doc_number = ?1 AND c.doc_type = ?2 AND c.deleted_at IS NULL";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestMetadata request;

    @EJB
    private Caller caller;

    @EJB
    private AuditTrail audit;

    @EJB
    private Settings settings;

    @Override
    @RolesAllowed("customer.view")
    public Page<Customer> search(CustomerFilter filter, PageRequest page) {
        CustomerFilter f = filter == null ? CustomerFilter.all() : filter;
        Where where = new Where();
        if (f.text() != null && !f.text().isBlank()) {
            String text = f.text().strip();
            String digits = text.replaceAll("[^0-9]", "");
            // lower(...) around the user function types it as text for LIKE (as the catalog does); V19's trigram
            // index ix_customers_name_trgm is on the same expression, so it serves the query
            StringBuilder any = new StringBuilder("(lower(function('colca_unaccent', lower(c.fullName))) LIKE :name ESCAPE '!'"
                    + " OR lower(c.email) LIKE :text ESCAPE '!' OR c.docNumber LIKE :doc ESCAPE '!'");
            where.param("name", Where.containing(Texts.unaccent(text)))
                    .param("text", Where.containing(text))
                    .param("doc", Where.containing(text).toUpperCase(java.util.Locale.ROOT));
            if (digits.length() >= 3) {
                // the phone is stored +519XXXXXXXX: what was typed, without +51 or blanks, is a part of it
                String local = digits.startsWith("51") && digits.length() > 9 ? digits.substring(2) : digits;
                any.append(" OR c.phone LIKE :phone");
                where.param("phone", "%" + local + "%");
            }
            where.and(any.append(")").toString());
        }
        where.andIf(f.segment(), "c.segment = :segment", "segment").andIf(f.active(), "c.active = :active", "active");
        String sort = page.sortField() != null && SORTABLE.contains(page.sortField()) ? page.sortField() : "fullName";
        return where.page(em.createQuery("SELECT c FROM Customer c" + where
                        + " ORDER BY c." + sort + (page.ascending() ? " ASC" : " DESC") + ", c.id", Customer.class),
                em.createQuery("SELECT count(c) FROM Customer c" + where, Long.class), page);
    }

    @Override
    @RolesAllowed("customer.view")
    public Customer get(long id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null) {
            throw new RecordNotFound(ENTITY, id);
        }
        return customer;
    }

    @Override
    @RolesAllowed("customer.view")
    public CustomerLookup lookup(long id) {
        Customer c = get(id);
        return new CustomerLookup(c.getId(), c.getDocType(), c.getDocNumber(), c.getFullName(), c.getEmail(), c.getPhone(),
                c.getSegment(), c.isActive(), c.isMarketingConsent(), c.getVersion());
    }

    /**
     * SUPPORTS: at the till this runs on every sale, so it skips the cost of a container transaction;
     * inside a caller's transaction (a sale) it joins it.
     */
    @Override
    @RolesAllowed("customer.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CustomerLookup lookupByDocument(IdentityDocumentType type, String number) {
        if (type == null) {
            throw InvalidInput.of("type", Messages.format(request.getLocale(), "customer.lookup.typeRequired"));
        }
        String n = IdentityDocuments.normalize(number);
        IdentityDocuments.Refusal refusal = IdentityDocuments.refusal(type, n);
        if (refusal != null) {
            throw InvalidInput.of("number", Messages.format(request.getLocale(), refusal.messageKey(), refusal.args()));
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(LOOKUP, Tuple.class).setParameter(1, n).setParameter(2, type.name())
                .getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFound(ENTITY, type.name() + " " + n);
        }
        Tuple r = rows.get(0);
        return new CustomerLookup(((Number) r.get("id")).longValue(),
                IdentityDocumentType.valueOf(r.get("doc_type", String.class)), r.get("doc_number", String.class),
                r.get("full_name", String.class), r.get("email", String.class), r.get("phone", String.class),
                CustomerSegment.valueOf(r.get("segment", String.class)), r.get("is_active", Boolean.class),
                r.get("marketing_consent", Boolean.class), ((Number) r.get("version")).longValue());
    }

    @Override
    @RolesAllowed("customer.create")
    public Customer create(CustomerData data) {
        CustomerData d = CustomerRules.customer(data, segments(), LocalDate.now(LIMA), request.getLocale());
        refuseTaken(d, null);
        Customer customer = new Customer(d.docType(), d.docNumber(), d.fullName());
        describe(customer, d);
        if (Boolean.FALSE.equals(d.active())) {
            customer.deactivate();
        }
        em.persist(customer);
        flush(d);
        audit.record("CREATE", "customers", customer.getId(), null, CustomerSnapshots.of(customer));
        return customer;
    }

    @Override
    @RolesAllowed("customer.edit")
    public Customer update(long id, long expectedVersion, CustomerData data) {
        CustomerData d = CustomerRules.customer(data, segments(), LocalDate.now(LIMA), request.getLocale());
        Customer customer = current(id, expectedVersion);
        refuseTaken(d, id);
        Map<String, Object> before = CustomerSnapshots.of(customer);
        customer.identify(d.docType(), d.docNumber());
        customer.rename(d.fullName());
        describe(customer, d);
        if (d.active() != null) {
            if (d.active()) {
                customer.activate();
            } else {
                customer.deactivate();
            }
        }
        flush(d);
        audit.record("UPDATE", "customers", id, before, CustomerSnapshots.of(customer));
        return customer;
    }

    @Override
    @RolesAllowed("customer.delete")
    public void delete(long id, long expectedVersion, String reason) {
        String r = CustomerRules.blankToNull(reason);
        if (r == null) {
            throw InvalidInput.of("reason", Messages.format(request.getLocale(), "customer.reason.required"));
        }
        if (r.length() > 1000) {
            throw InvalidInput.of("reason", Messages.format(request.getLocale(), "customer.reason.size"));
        }
        Customer customer = current(id, expectedVersion);
        Map<String, Object> before = CustomerSnapshots.of(customer);
        customer.markDeleted(caller.userId().orElse(null), r, Instant.now());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(ENTITY, customer.getDocNumber());
        }
        Map<String, Object> after = CustomerSnapshots.of(customer);
        after.put("deletionReason", r);
        audit.record("DELETE", "customers", id, before, after);
    }

    // ---- addresses ----------------------------------------------------------------------------

    @Override
    @RolesAllowed("customer.view")
    public List<CustomerAddress> addresses(long customerId) {
        get(customerId);
        return em.createQuery("SELECT a FROM CustomerAddress a WHERE a.customer.id = :customer"
                + " ORDER BY a.defaultAddress DESC, a.id", CustomerAddress.class)
                .setParameter("customer", customerId).getResultList();
    }

    @Override
    @RolesAllowed("customer.edit")
    public CustomerAddress addAddress(long customerId, AddressData data) {
        AddressData a = CustomerRules.address(data, request.getLocale());
        CustomerDistrict district = district(a.ubigeo());
        Customer customer = locked(customerId);
        CustomerAddress address = customer.addAddress(a.label(), a.addressLine(),
                district != null ? district.getName() : a.district(), district != null ? district.getProvince() : a.city(),
                a.reference(), CustomerRules.coordinates(a.latitude(), a.longitude()), a.makeDefault());
        address.locate(district == null ? null : district.getUbigeo());
        em.flush();
        audit.record("CREATE", "customer_addresses", address.getId(), null, CustomerSnapshots.of(address));
        return address;
    }

    @Override
    @RolesAllowed("customer.edit")
    public CustomerAddress updateAddress(long customerId, long addressId, AddressData data) {
        AddressData a = CustomerRules.address(data, request.getLocale());
        CustomerDistrict district = district(a.ubigeo());
        Customer customer = locked(customerId);
        CustomerAddress address = addressOf(customer, addressId);
        Map<String, Object> before = CustomerSnapshots.of(address);
        address.change(a.label(), a.addressLine(), district != null ? district.getName() : a.district(),
                district != null ? district.getProvince() : a.city(), a.reference(),
                CustomerRules.coordinates(a.latitude(), a.longitude()));
        address.locate(district == null ? null : district.getUbigeo());
        if (a.makeDefault()) {
            customer.makeDefault(address);
        }
        em.flush();
        audit.record("UPDATE", "customer_addresses", addressId, before, CustomerSnapshots.of(address));
        return address;
    }

    @Override
    @RolesAllowed("customer.edit")
    public void removeAddress(long customerId, long addressId) {
        Customer customer = locked(customerId);
        CustomerAddress address = addressOf(customer, addressId);
        Map<String, Object> before = CustomerSnapshots.of(address);
        customer.removeAddress(address);
        em.flush();
        audit.record("DELETE", "customer_addresses", addressId, before, null);
    }

    // ---- reference lists ----------------------------------------------------------------------

    @Override
    @RolesAllowed({"customer.view", "customer.create", "customer.edit"})
    public List<CustomerSegment> segments() {
        String json;
        try {
            json = settings.text(SEGMENTS);
        } catch (SettingMissing e) {
            return List.of(CustomerSegment.values());
        }
        EnumSet<CustomerSegment> offered = EnumSet.noneOf(CustomerSegment.class);
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            for (JsonValue v : array) {
                if (v instanceof JsonString s) {
                    try {
                        offered.add(CustomerSegment.valueOf(s.getString().strip()));
                    } catch (IllegalArgumentException unknown) {
                        LOG.warning(() -> SEGMENTS + " names an unknown segment: " + s.getString());
                    }
                }
            }
        } catch (JsonException | IllegalStateException e) {
            LOG.warning(() -> SEGMENTS + " is not a JSON list of segments; offering all: " + e.getMessage());
            return List.of(CustomerSegment.values());
        }
        return offered.isEmpty() ? List.of(CustomerSegment.REGULAR) : new ArrayList<>(offered);
    }

    @Override
    @RolesAllowed({"customer.view", "customer.create", "customer.edit"})
    public List<CustomerDistrict> districts() {
        return em.createQuery("SELECT d FROM CustomerDistrict d ORDER BY d.department, d.province, d.name", CustomerDistrict.class)
                .getResultList();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void describe(Customer customer, CustomerData d) {
        customer.changeContact(d.email(), d.phone());
        customer.changePersonalData(d.birthDate(), d.gender());
        customer.moveToSegment(d.segment());
        customer.recordMarketingConsent(d.marketingConsent(), d.consentChannel(), caller.userId().orElse(null),
                Instant.now());
    }

    private Customer current(long id, long expectedVersion) {
        Customer customer = get(id);
        if (customer.getVersion() != expectedVersion) {
            throw new StaleVersion(ENTITY, customer.getDocNumber());
        }
        return customer;
    }

    /** The customer, locked for an address change (one default at a time) and its version raised. */
    private Customer locked(long customerId) {
        Customer customer = get(customerId);
        em.lock(customer, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return customer;
    }

    private static CustomerAddress addressOf(Customer customer, long addressId) {
        return customer.getAddresses().stream().filter(a -> a.getId() == addressId).findFirst()
                .orElseThrow(() -> new RecordNotFound(ADDRESS, customer.getId() + "/" + addressId));
    }

    private CustomerDistrict district(String ubigeo) {
        if (ubigeo == null) {
            return null;
        }
        CustomerDistrict district = em.find(CustomerDistrict.class, ubigeo);
        if (district == null) {
            throw InvalidInput.of("ubigeo", Messages.format(request.getLocale(), "customer.address.ubigeoUnknown", ubigeo));
        }
        return district;
    }

    private void refuseTaken(CustomerData d, Long exceptId) {
        long id = exceptId == null ? -1 : exceptId;
        Long docs = em.createQuery("SELECT count(c) FROM Customer c WHERE c.docNumber = :number AND c.id <> :id",
                Long.class).setParameter("number", d.docNumber()).setParameter("id", id).getSingleResult();
        if (docs > 0) {
            throw CustomerTaken.document(d.docNumber());
        }
        if (d.email() != null) {
            Long emails = em.createQuery("SELECT count(c) FROM Customer c WHERE lower(c.email) = :email AND c.id <> :id",
                    Long.class).setParameter("email", d.email()).setParameter("id", id).getSingleResult();
            if (emails > 0) {
                throw CustomerTaken.email(d.email());
            }
        }
    }

    /** Writes now, so a concurrent edit or a number taken in the meantime becomes a clear refusal. */
    private void flush(CustomerData d) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(ENTITY, d.docNumber());
        } catch (PersistenceException e) {
            var unique = SqlFailure.find(e, SqlFailure.UNIQUE_VIOLATION);
            if (unique.isPresent()) {
                String message = String.valueOf(unique.get().getMessage());
                throw message.contains("email") ? CustomerTaken.email(d.email()) : CustomerTaken.document(d.docNumber());
            }
            throw e;
        }
    }

    /** Accent folding for the search text (the column side folds with colca_unaccent in SQL). */
    static final class Texts {
        private Texts() {
        }

        static String unaccent(String text) {
            return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
    }
}
