package pe.colca.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A district of the ubigeo list (INEI code) an address may name; reference data of V19, read only. */
@Entity
@Immutable
@Table(name = "customer_ubigeo")
public class CustomerDistrict {

    @Id
    @Column(name = "ubigeo", length = 6)
    private String ubigeo;

    @Column(name = "department", length = 100, nullable = false)
    private String department;

    @Column(name = "province", length = 100, nullable = false)
    private String province;

    @Column(name = "district", length = 100, nullable = false)
    private String name;

    protected CustomerDistrict() {
    }

    public String getUbigeo() {
        return ubigeo;
    }

    public String getDepartment() {
        return department;
    }

    public String getProvince() {
        return province;
    }

    public String getName() {
        return name;
    }

    /** "Miraflores (Lima)", for pickers. */
    public String getLabel() {
        return name + " (" + province + ")";
    }
}
