package pe.colca.web.catalog;

import java.io.Serializable;
import pe.colca.catalog.Category;
import pe.colca.catalog.CategoryData;

/**
 * What the editor panel edits. For an existing category it remembers the id and the version read
 * when it was selected; that version goes back to the service, so a change made by somebody else in
 * the meantime is refused as a conflict instead of being overwritten. The image is kept as it is
 * (it is set by the image upload, not typed here; {@link #imageChanged}).
 */
public class CategoryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer id;
    private long version;
    private String name;
    private String slug;
    private Integer parentId;
    private String imageUrl;
    private boolean active = true;

    /** A new category under {@code parentId} (null: a new root). */
    public static CategoryForm blank(Integer parentId) {
        CategoryForm form = new CategoryForm();
        form.parentId = parentId;
        return form;
    }

    public static CategoryForm of(Category c) {
        CategoryForm form = new CategoryForm();
        form.id = c.getId();
        form.version = c.getVersion();
        form.name = c.getName();
        form.slug = c.getSlug();
        form.parentId = c.getParent() == null ? null : c.getParent().getId();
        form.imageUrl = c.getImageUrl();
        form.active = c.isActive();
        return form;
    }

    public CategoryData toData() {
        return new CategoryData(name, slug, parentId, imageUrl, active);
    }

    /** The image was uploaded or removed: its URL and the version to send with the next save. */
    void imageChanged(String url, long newVersion) {
        this.imageUrl = url;
        this.version = newVersion;
    }

    public boolean isNew() {
        return id == null;
    }

    public Integer getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Integer getParentId() {
        return parentId;
    }

    public void setParentId(Integer parentId) {
        this.parentId = parentId;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
