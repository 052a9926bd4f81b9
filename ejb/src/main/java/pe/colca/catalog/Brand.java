package pe.colca.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A brand that manufactures products; products refer to it by id. */
@Entity
@Table(name = "brands")
public class Brand {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "brands_seq")
    @SequenceGenerator(name = "brands_seq", sequenceName = "brands_seq", allocationSize = 50)
    @Column(name = "id")
    private Integer id;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "logo_url", length = 1000)
    private String logoUrl;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Brand() {
    }

    public Brand(String name, String logoUrl) {
        this.name = Product.requireText(name, "name");
        this.logoUrl = logoUrl;
    }

    public void rename(String name) {
        this.name = Product.requireText(name, "name");
    }

    public void changeLogo(String logoUrl) {
        this.logoUrl = logoUrl;
    }

    public long getVersion() {
        return version;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getLogoUrl() {
        return logoUrl;
    }
}
