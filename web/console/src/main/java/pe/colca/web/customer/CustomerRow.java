package pe.colca.web.customer;

import java.io.Serializable;
import pe.colca.customer.Customer;
import pe.colca.customer.PhoneNumbers;

/** A line of the customer list. */
public final class CustomerRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String docType;
    private final String docNumber;
    private final String fullName;
    private final String email;
    private final String phone;
    private final String segment;
    private final boolean active;

    private CustomerRow(Customer c) {
        this.id = c.getId();
        this.docType = c.getDocType().name();
        this.docNumber = c.getDocNumber();
        this.fullName = c.getFullName();
        this.email = c.getEmail();
        this.phone = PhoneNumbers.display(c.getPhone());
        this.segment = c.getSegment().name();
        this.active = c.isActive();
    }

    public static CustomerRow of(Customer c) {
        return new CustomerRow(c);
    }

    public long getId() {
        return id;
    }

    public String getDocType() {
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

    public String getSegment() {
        return segment;
    }

    public boolean isActive() {
        return active;
    }
}
