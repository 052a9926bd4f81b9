package pe.colca.catalog;

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
import jakarta.persistence.Version;

/** A node of the category tree ("Ropa &gt; Hombre &gt; Polos"); a root has no parent. The tree has no cycles. */
@Entity
@Table(name = "categories")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "categories_seq")
    @SequenceGenerator(name = "categories_seq", sequenceName = "categories_seq", allocationSize = 50)
    @Column(name = "id")
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Category parent;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "slug", length = 200, nullable = false)
    private String slug;

    @Column(name = "image_url", length = 1000)
    private String imageUrl;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Category() {
    }

    public Category(String name, String slug, Category parent) {
        this.name = Product.requireText(name, "name");
        this.slug = Product.requireText(slug, "slug");
        this.active = true;
        moveUnder(parent);
    }

    /** Re-parents the category ({@code null}: becomes a root); refuses to create a cycle. */
    public void moveUnder(Category newParent) {
        for (Category c = newParent; c != null; c = c.getParent()) {
            if (c == this || (id != null && id.equals(c.getId()))) {
                throw new CategoryCycle(id, newParent.getId());
            }
        }
        this.parent = newParent;
    }

    public void changeActive(boolean active) {
        this.active = active;
    }

    public void rename(String name, String slug) {
        this.name = Product.requireText(name, "name");
        this.slug = Product.requireText(slug, "slug");
    }

    public void changeImage(String imageUrl) {
        this.imageUrl = imageUrl;
    }

    public void activate() {
        this.active = true;
    }

    public void deactivate() {
        this.active = false;
    }

    public boolean isRoot() {
        return parent == null;
    }

    public long getVersion() {
        return version;
    }

    public Integer getId() {
        return id;
    }

    public Category getParent() {
        return parent;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public boolean isActive() {
        return active;
    }
}
