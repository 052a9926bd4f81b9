package pe.colca.inventory.location;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import pe.colca.common.SoftDeletion;

/**
 * A store or warehouse that holds stock. {@code allowsSales} decides whether the POS may sell from
 * it; an inactive location accepts no stock movements. Codes are unique among live locations (a
 * deleted location frees its code). Locations are soft-deleted, with a reason.
 */
@Entity
@Table(name = "locations")
@SQLRestriction("deleted_at IS NULL")
public class Location {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "locations_seq")
    @SequenceGenerator(name = "locations_seq", sequenceName = "locations_seq", allocationSize = 50)
    @Column(name = "id")
    private Integer id;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "code", length = 30, nullable = false)
    private String code;

    @Column(name = "address", length = 255)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 30, nullable = false)
    private LocationType type;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(name = "allows_sales", nullable = false)
    private boolean allowsSales;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Embedded
    private SoftDeletion deletion = new SoftDeletion();

    protected Location() {
    }

    public Location(String code, String name, LocationType type) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.active = true;
        this.allowsSales = type == LocationType.STORE;
    }

    /** Replaces the editable description of the location. */
    public void describe(String code, String name, String address, LocationType type, boolean active,
                         boolean allowsSales) {
        this.code = code;
        this.name = name;
        this.address = address;
        this.type = type;
        this.active = active;
        this.allowsSales = allowsSales;
    }

    public void delete(Long by, String reason) {
        // Hibernate loads an embeddable whose columns are all null as null: a live row has none
        if (deletion == null) {
            deletion = new SoftDeletion();
        }
        deletion.markDeleted(by, reason, Instant.now());
        this.active = false;
    }

    /** Only active locations that allow sales may be sold from. */
    public boolean canSell() {
        return active && allowsSales && (deletion == null || !deletion.isDeleted());
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public String getAddress() {
        return address;
    }

    public LocationType getType() {
        return type;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isAllowsSales() {
        return allowsSales;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The soft-delete facts; empty (never null) for a live location. */
    public SoftDeletion getDeletion() {
        return deletion == null ? new SoftDeletion() : deletion;
    }
}
