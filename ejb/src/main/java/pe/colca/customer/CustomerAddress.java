package pe.colca.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A delivery or billing address of a {@link Customer}; managed through the customer. */
@Entity
@Table(name = "customer_addresses")
public class CustomerAddress {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_addresses_seq")
    @SequenceGenerator(name = "customer_addresses_seq", sequenceName = "customer_addresses_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "label", length = 60)
    private String label;

    @Column(name = "address_line", length = 255, nullable = false)
    private String addressLine;

    @Column(name = "district", length = 100)
    private String district;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "reference", length = 255)
    private String reference;

    /** "lat,lng" as captured by the map picker. */
    @Column(name = "geo_coordinates", length = 60)
    private String geoCoordinates;

    @Column(name = "is_default", nullable = false)
    private boolean defaultAddress;

    /** INEI district code (V19, {@code customer_ubigeo}); null for an address outside the list. */
    @Column(name = "ubigeo", length = 6)
    private String ubigeo;

    protected CustomerAddress() {
    }

    CustomerAddress(Customer customer, String label, String addressLine, String district, String city,
                    String reference, String geoCoordinates) {
        this.customer = customer;
        change(label, addressLine, district, city, reference, geoCoordinates);
    }

    public void change(String label, String addressLine, String district, String city, String reference,
                       String geoCoordinates) {
        if (addressLine == null || addressLine.isBlank()) {
            throw new IllegalArgumentException("addressLine is required");
        }
        this.label = label;
        this.addressLine = addressLine.strip();
        this.district = district;
        this.city = city;
        this.reference = reference;
        this.geoCoordinates = geoCoordinates;
    }

    /** Sets the district's ubigeo (null: not from the list); district and city are set by {@link #change}. */
    public void locate(String ubigeo) {
        this.ubigeo = ubigeo;
    }

    void setDefaultAddress(boolean defaultAddress) {
        this.defaultAddress = defaultAddress;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getLabel() {
        return label;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public String getDistrict() {
        return district;
    }

    public String getCity() {
        return city;
    }

    public String getReference() {
        return reference;
    }

    public String getGeoCoordinates() {
        return geoCoordinates;
    }

    public String getUbigeo() {
        return ubigeo;
    }

    public boolean isDefaultAddress() {
        return defaultAddress;
    }
}
