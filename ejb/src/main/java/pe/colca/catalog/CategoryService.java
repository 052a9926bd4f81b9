package pe.colca.catalog;

import jakarta.ejb.Local;
import java.util.List;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * The category tree. Reads need {@code catalog.product.view}, changes {@code catalog.category.edit};
 * one transaction a method, changes audited.
 */
@Local
public interface CategoryService {

    /** Categories (all, or the children of {@code parentId}; text matches the name), by name. */
    Page<Category> searchCategories(String text, Integer parentId, boolean rootsOnly, PageRequest page);

    CategoryPath getCategory(int id);

    CategoryPath createCategory(CategoryData data);

    /**
     * Edits the category; a new parent moves the subtree.
     *
     * @throws CategoryCycle when the new parent is the category or one of its descendants
     * @throws CatalogStaleVersion when the category changed since {@code expectedVersion}
     */
    CategoryPath updateCategory(int id, long expectedVersion, CategoryData data);

    /**
     * Removes a category without sub-categories or products.
     *
     * @throws StillInUse while it has sub-categories or products
     * @throws CatalogStaleVersion when the category changed since {@code expectedVersion}
     */
    void deleteCategory(int id, long expectedVersion);

    /** The breadcrumbs of a category (root first). */
    List<CategoryPath.Crumb> breadcrumbs(int categoryId);
}
