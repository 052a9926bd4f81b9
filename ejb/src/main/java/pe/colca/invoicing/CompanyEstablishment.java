package pe.colca.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The "código de establecimiento" SUNAT gave a store of a company (V27): what the store's documents
 * state in {@code RegistrationAddress/cbc:AddressTypeCode}; {@code 0000} is the fiscal address.
 */
@Entity
@Table(name = "company_establishments")
public class CompanyEstablishment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_establishments_seq")
    @SequenceGenerator(name = "company_establishments_seq", sequenceName = "company_establishments_seq", allocationSize = 50)
    @Column(name = "id")
    private Integer id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private Integer companyId;

    @Column(name = "location_id", nullable = false, updatable = false)
    private Integer locationId;

    @Column(name = "code", length = 4, nullable = false)
    private String code;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CompanyEstablishment() {
    }

    public CompanyEstablishment(Integer companyId, Integer locationId, String code) {
        this.companyId = companyId;
        this.locationId = locationId;
        recode(code);
    }

    public void recode(String code) {
        if (code == null || !code.matches("\\d{4}")) {
            throw new IllegalArgumentException("an establishment code has 4 digits: " + code);
        }
        this.code = code;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Integer getId() {
        return id;
    }

    public Integer getCompanyId() {
        return companyId;
    }

    public Integer getLocationId() {
        return locationId;
    }

    public String getCode() {
        return code;
    }
}
