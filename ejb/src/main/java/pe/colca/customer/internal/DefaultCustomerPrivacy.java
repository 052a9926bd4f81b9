package pe.colca.customer.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.RecordNotFound;
import pe.colca.common.RequestMetadata;
import pe.colca.common.StaleVersion;
import pe.colca.customer.Customer;
import pe.colca.customer.CustomerPrivacy;
import pe.colca.customer.CustomerPrivacyRequest;
import pe.colca.customer.CustomerWallet;
import pe.colca.customer.LoyaltyAccount;
import pe.colca.customer.LoyaltyMovement;
import pe.colca.customer.PersonalDataExport;
import pe.colca.customer.WalletTransaction;
import pe.colca.notification.CustomerNotifications;
import pe.colca.sales.CustomerOrders;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;

/**
 * {@link CustomerPrivacy} over JPA: the customer area's own tables directly, orders and notifications through
 * their areas' read ports ({@link CustomerOrders}, {@link CustomerNotifications}). The anonymisation's audit row
 * holds no old personal value (the audit trail is append-only: it must not keep what was erased).
 */
@Stateless
public class DefaultCustomerPrivacy implements CustomerPrivacy {

    private static final int MAX_REASON = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestMetadata request;

    @EJB
    private Caller caller;

    @EJB
    private AuditTrail audit;

    @EJB
    private CustomerOrders orders;

    @EJB
    private CustomerNotifications notifications;

    @Override
    @RolesAllowed("customer.privacy")
    public PersonalDataExport export(long customerId) {
        return exported(customerId, "JSON");
    }

    @Override
    @RolesAllowed("customer.privacy")
    public byte[] exportPdf(long customerId) {
        return PersonalDataPdf.render(exported(customerId, "PDF"));
    }

    @Override
    @RolesAllowed("customer.privacy")
    public Anonymised anonymise(long customerId, Long expectedVersion, String reason) {
        String why = reason == null ? null : reason.strip();
        if (why == null || why.isEmpty()) {
            throw InvalidInput.of("reason", Messages.format(request.getLocale(), "customer.privacy.reasonRequired"));
        }
        if (why.length() > MAX_REASON) {
            throw InvalidInput.of("reason", Messages.format(request.getLocale(), "customer.privacy.reasonSize"));
        }
        Customer customer = customer(customerId);
        if (expectedVersion != null && customer.getVersion() != expectedVersion) {
            throw new StaleVersion(DefaultCustomerService.ENTITY, customer.getDocNumber());
        }
        boolean keepDocument = orders.hasPaidOrders(customerId);
        Long by = caller.userId().orElse(null);
        customer.anonymise(keepDocument);
        customer.markDeleted(by, "Anonimizado a pedido del titular (Ley 29733): " + why, Instant.now());
        CustomerPrivacyRequest logged = CustomerPrivacyRequest.anonymisation(customerId, why, keepDocument, by);
        em.persist(logged);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(DefaultCustomerService.ENTITY, customerId);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("requestId", logged.getId());
        after.put("documentKept", keepDocument);
        after.put("reason", why);
        audit.record("ANONYMISE", "customers", customerId, null, after);
        return new Anonymised(customerId, logged.getId(), keepDocument);
    }

    /** Gathers the export and logs the request, with its audit row. */
    private PersonalDataExport exported(long customerId, String format) {
        Customer c = customer(customerId);
        CustomerPrivacyRequest logged = CustomerPrivacyRequest.export(customerId, format, caller.userId().orElse(null));
        em.persist(logged);
        em.flush();
        audit.record("EXPORT", "customers", customerId, null, Map.of("requestId", logged.getId(), "format", format));

        PersonalDataExport.Subject subject = new PersonalDataExport.Subject(c.getId(), c.getDocType(), c.getDocNumber(),
                c.getFullName(), c.getEmail(), c.getPhone(), c.getBirthDate(), c.getGender(), c.getSegment(),
                c.isActive(), c.getCreatedAt(), new PersonalDataExport.Consent(c.isMarketingConsent(),
                c.getMarketingConsentChannel(), c.getMarketingConsentAt(), c.getMarketingConsentBy()));
        List<PersonalDataExport.Address> addresses = c.getAddresses().stream()
                .map(a -> new PersonalDataExport.Address(a.getId(), a.getLabel(), a.getAddressLine(), a.getUbigeo(),
                        a.getDistrict(), a.getCity(), a.getReference(), a.getGeoCoordinates(), a.isDefaultAddress()))
                .toList();

        LoyaltyAccount account = one(em.createQuery("SELECT a FROM LoyaltyAccount a WHERE a.customerId = :c",
                LoyaltyAccount.class).setParameter("c", customerId).getResultList());
        PersonalDataExport.Loyalty loyalty = new PersonalDataExport.Loyalty(
                account == null ? 0 : account.getPointsBalance(), account == null ? 0 : account.getLifetimePoints(),
                LedgerRows.all(em, LedgerRows.Ledger.LOYALTY, account == null ? null : account.getId(),
                        LoyaltyMovement.class, LedgerRows::view));
        CustomerWallet wallet = one(em.createQuery("SELECT w FROM CustomerWallet w WHERE w.customerId = :c",
                CustomerWallet.class).setParameter("c", customerId).getResultList());
        PersonalDataExport.Wallet money = new PersonalDataExport.Wallet(
                wallet == null ? java.math.BigDecimal.ZERO.setScale(2) : wallet.getBalance(),
                LedgerRows.all(em, LedgerRows.Ledger.WALLET, wallet == null ? null : wallet.getId(),
                        WalletTransaction.class, LedgerRows::view));

        List<PersonalDataExport.PrivacyRequest> requests = em.createQuery("SELECT r FROM CustomerPrivacyRequest r"
                        + " WHERE r.customerId = :c ORDER BY r.requestedAt DESC, r.id DESC", CustomerPrivacyRequest.class)
                .setParameter("c", customerId).getResultStream()
                .map(r -> new PersonalDataExport.PrivacyRequest(r.getId(), r.getKind(), r.getFormat(), r.getReason(),
                        r.getDocumentKept(), r.getRequestedBy(), r.getRequestedAt()))
                .toList();
        return new PersonalDataExport(Instant.now(), subject, addresses, loyalty, money, orders.allOrders(customerId),
                notifications.allNotifications(customerId), requests);
    }

    private Customer customer(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new RecordNotFound(DefaultCustomerService.ENTITY, customerId);
        }
        return customer;
    }

    private static <T> T one(List<T> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }
}
