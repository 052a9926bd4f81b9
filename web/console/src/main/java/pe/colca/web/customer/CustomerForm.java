package pe.colca.web.customer;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import pe.colca.customer.ConsentChannel;
import pe.colca.customer.Customer;
import pe.colca.customer.CustomerData;
import pe.colca.customer.CustomerSegment;
import pe.colca.customer.Gender;
import pe.colca.customer.IdentityDocumentType;

/** The "Datos" tab's fields, with the id and version of the customer they were read from. */
public class CustomerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private IdentityDocumentType docType = IdentityDocumentType.DNI;
    private String docNumber;
    private String fullName;
    private String email;
    private String phone;
    private LocalDate birthDate;
    private Gender gender;
    private CustomerSegment segment = CustomerSegment.REGULAR;
    private boolean active = true;
    private boolean marketingConsent;
    private ConsentChannel consentChannel;
    private Instant consentAt;

    public static CustomerForm blank() {
        return new CustomerForm();
    }

    public static CustomerForm of(Customer c) {
        CustomerForm f = new CustomerForm();
        f.id = c.getId();
        f.version = c.getVersion();
        f.docType = c.getDocType();
        f.docNumber = c.getDocNumber();
        f.fullName = c.getFullName();
        f.email = c.getEmail();
        f.phone = c.getPhone();
        f.birthDate = c.getBirthDate();
        f.gender = c.getGender();
        f.segment = c.getSegment();
        f.active = c.isActive();
        f.marketingConsent = c.isMarketingConsent();
        f.consentChannel = c.getMarketingConsentChannel();
        f.consentAt = c.getMarketingConsentAt();
        return f;
    }

    public CustomerData toData() {
        return new CustomerData(docType, docNumber, fullName, email, phone, birthDate, gender, segment, active,
                marketingConsent, consentChannel);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public IdentityDocumentType getDocType() {
        return docType;
    }

    public void setDocType(IdentityDocumentType docType) {
        this.docType = docType;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public void setDocNumber(String docNumber) {
        this.docNumber = docNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public CustomerSegment getSegment() {
        return segment;
    }

    public void setSegment(CustomerSegment segment) {
        this.segment = segment;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isMarketingConsent() {
        return marketingConsent;
    }

    public void setMarketingConsent(boolean marketingConsent) {
        this.marketingConsent = marketingConsent;
    }

    public ConsentChannel getConsentChannel() {
        return consentChannel;
    }

    public void setConsentChannel(ConsentChannel consentChannel) {
        this.consentChannel = consentChannel;
    }

    public Instant getConsentAt() {
        return consentAt;
    }
}
