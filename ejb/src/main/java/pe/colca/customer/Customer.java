package pe.colca.customer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import pe.colca.common.SoftDeletion;

/**
 * A customer, identified by an identity document (unique document number), the aggregate root of
 * its {@link CustomerAddress}es (at most one is the default). Loyalty account and wallet are separate
 * aggregates that refer to the customer by id. Deleting is soft, with a reason.
 */
@Entity
@Table(name = "customers")
@SQLRestriction("deleted_at IS NULL")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customers_seq")
    @SequenceGenerator(name = "customers_seq", sequenceName = "customers_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", length = 30, nullable = false)
    private IdentityDocumentType docType;

    @Column(name = "doc_number", length = 20, nullable = false)
    private String docNumber;

    @Column(name = "full_name", length = 200, nullable = false)
    private String fullName;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    /** Single-letter constants: without the explicit VARCHAR Hibernate would expect {@code char(1)}. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "gender", length = 1)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "segment", length = 30, nullable = false)
    private CustomerSegment segment;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private SoftDeletion deletion = new SoftDeletion();

    /** Optimistic lock (V19): the API's ETag; address changes raise it too (the customer is the aggregate). */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** Marketing consent (V19, Ley 29733): whether, through which channel, when and who recorded it. */
    @Column(name = "marketing_consent", nullable = false)
    private boolean marketingConsent;

    @Enumerated(EnumType.STRING)
    @Column(name = "marketing_consent_channel", length = 30)
    private ConsentChannel marketingConsentChannel;

    @Column(name = "marketing_consent_at")
    private Instant marketingConsentAt;

    @Column(name = "marketing_consent_by")
    private Long marketingConsentBy;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CustomerAddress> addresses = new ArrayList<>();

    protected Customer() {
    }

    public Customer(IdentityDocumentType docType, String docNumber, String fullName) {
        identify(docType, docNumber);
        rename(fullName);
        this.segment = CustomerSegment.REGULAR;
        this.active = true;
    }

    /** Corrects the identity document; the number must have the document's format (upper-cased). */
    public void identify(IdentityDocumentType docType, String docNumber) {
        Objects.requireNonNull(docType, "docType");
        String number = docNumber == null ? null : docNumber.strip().toUpperCase(Locale.ROOT);
        if (!docType.accepts(number)) {
            throw new IllegalArgumentException("invalid " + docType + " number: " + docNumber);
        }
        this.docType = docType;
        this.docNumber = number;
    }

    public void rename(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("fullName is required");
        }
        this.fullName = fullName.strip();
    }

    public void changeContact(String email, String phone) {
        this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    public void changePersonalData(LocalDate birthDate, Gender gender) {
        this.birthDate = birthDate;
        this.gender = gender;
    }

    /**
     * Records the customer's answer to marketing: a change of the answer or of the channel is stamped
     * with who recorded it and when; the same answer again keeps the original stamp.
     */
    public void recordMarketingConsent(boolean consent, ConsentChannel channel, Long recordedBy, Instant at) {
        if (consent && channel == null) {
            throw new IllegalArgumentException("a consent needs its channel");
        }
        ConsentChannel effective = consent ? channel : marketingConsentChannel;
        boolean changed = consent != marketingConsent || (consent && channel != marketingConsentChannel);
        if (!changed) {
            return;
        }
        this.marketingConsent = consent;
        this.marketingConsentChannel = effective;
        this.marketingConsentAt = at == null ? Instant.now() : at;
        this.marketingConsentBy = recordedBy;
    }

    public void moveToSegment(CustomerSegment segment) {
        this.segment = Objects.requireNonNull(segment, "segment");
    }

    public void activate() {
        this.active = true;
    }

    public void deactivate() {
        this.active = false;
    }

    /** Adds an address; the first one, or one asked to be the default, becomes the only default. */
    public CustomerAddress addAddress(String label, String addressLine, String district, String city,
                                      String reference, String geoCoordinates, boolean makeDefault) {
        CustomerAddress address = new CustomerAddress(this, label, addressLine, district, city, reference,
                geoCoordinates);
        addresses.add(address);
        if (makeDefault || addresses.size() == 1) {
            makeDefault(address);
        }
        return address;
    }

    /** Makes {@code address} the default one; the others stop being default. */
    public void makeDefault(CustomerAddress address) {
        if (!addresses.contains(address)) {
            throw new IllegalArgumentException("address does not belong to customer " + id);
        }
        addresses.forEach(a -> a.setDefaultAddress(a == address));
    }

    public void removeAddress(CustomerAddress address) {
        boolean wasDefault = address.isDefaultAddress();
        if (addresses.remove(address) && wasDefault && !addresses.isEmpty()) {
            addresses.get(0).setDefaultAddress(true);
        }
    }

    public void markDeleted(Long by, String reason, Instant at) {
        if (deletion == null) {
            deletion = new SoftDeletion();
        }
        deletion.markDeleted(by, reason, at);
        this.active = false;
    }

    /**
     * Replaces the personal data on the customer's request (Ley 29733), irreversibly: name, email, phone,
     * birth date, gender, addresses and the marketing consent. The document stays only when tax documents
     * need it ({@code keepDocument}); otherwise it becomes {@code PASSPORT ANON<id>}, which no person holds.
     * The caller then soft-deletes the customer, so neither search nor the POS lookup finds him.
     */
    public void anonymise(boolean keepDocument) {
        this.fullName = "Cliente anonimizado " + id;
        this.email = null;
        this.phone = null;
        this.birthDate = null;
        this.gender = null;
        this.marketingConsent = false;
        this.marketingConsentChannel = null;
        this.marketingConsentAt = null;
        this.marketingConsentBy = null;
        this.active = false;
        if (!keepDocument) {
            this.docType = IdentityDocumentType.PASSPORT;
            this.docNumber = "ANON" + id;
        }
        addresses.clear();
    }

    public boolean isDeleted() {
        return deletion != null && deletion.isDeleted();
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public IdentityDocumentType getDocType() {
        return docType;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public CustomerSegment getSegment() {
        return segment;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public SoftDeletion getDeletion() {
        return deletion;
    }

    public long getVersion() {
        return version;
    }

    public boolean isMarketingConsent() {
        return marketingConsent;
    }

    public ConsentChannel getMarketingConsentChannel() {
        return marketingConsentChannel;
    }

    public Instant getMarketingConsentAt() {
        return marketingConsentAt;
    }

    public Long getMarketingConsentBy() {
        return marketingConsentBy;
    }

    public List<CustomerAddress> getAddresses() {
        return Collections.unmodifiableList(addresses);
    }
}
