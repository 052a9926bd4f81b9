package pe.colca.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.event.TreeDragDropEvent;
import org.primefaces.model.TreeNode;
import pe.colca.catalog.media.CatalogMediaService;
import pe.colca.catalog.CategoryService;
import pe.colca.catalog.Category;
import pe.colca.catalog.CategoryData;
import pe.colca.catalog.CategoryPath;
import pe.colca.common.PageRequest;
import pe.colca.common.StaleVersion;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;
import pe.colca.web.AllPages;

/**
 * Screen {@code /backoffice/catalog/categories.xhtml}: the whole category tree (active and inactive)
 * and an editor for the selected node. A node moves with its subtree by drag and drop or by choosing
 * a new parent; the service refuses to make a category its own ancestor and its message is shown.
 * Every change sends the version the user saw, so a stale edit is a conflict with a reload button.
 * Deleting asks for confirmation; the service refuses a category still in use. The image of a saved
 * category is uploaded at once ({@link CatalogMediaService} checks size and format; a refusal changes
 * nothing) or removed after a confirmation (an edit with the version the editor read).
 */
@Named
@ViewScoped
public class CategoryEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Messages of the editor panel ({@code <p:messages for=... forType="key">}). */
    static final String MESSAGES = "category-editor";
    private static final Map<String, String> FIELDS = Map.of(
            "name", "editor-form:category-name",
            "slug", "editor-form:category-slug",
            "parentId", "editor-form:category-parent");

    @Inject
    private CategoryService catalog;

    @Inject
    private CatalogMediaService media;

    @Inject
    private LocaleBean localeBean;

    private CategoryForest forest = new CategoryForest(List.of());
    private TreeNode<CategoryItem> root;
    private TreeNode<CategoryItem> selectedNode;
    private CategoryForm form;
    private List<CategoryPath.Crumb> breadcrumbs = List.of();
    private boolean conflict;

    @PostConstruct
    void init() {
        loadTree(null);
    }

    // ---- tree ---------------------------------------------------------------------------------

    /** Reads every category (page by page) and rebuilds the tree, keeping {@code selectedId} selected. */
    void loadTree(Integer selectedId) {
        List<CategoryItem> items = new ArrayList<>();
        try {
            AllPages.read(offset -> catalog.searchCategories(null, null, false,
                    new PageRequest(offset, PageRequest.MAX_LIMIT, null, true))).forEach(c -> items.add(CategoryItem.of(c)));
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
        forest = new CategoryForest(items);
        root = forest.tree(selectedId);
        selectedNode = CategoryForest.find(root, selectedId);
    }

    public void onSelect(NodeSelectEvent event) {
        @SuppressWarnings("unchecked")
        CategoryItem item = ((TreeNode<CategoryItem>) event.getTreeNode()).getData();
        select(item.id());
    }

    /** Opens the category in the editor as it is now (fresh version and breadcrumbs). */
    void select(int id) {
        conflict = false;
        try {
            CategoryPath path = catalog.getCategory(id);
            form = CategoryForm.of(path.category());
            breadcrumbs = path.breadcrumbs();
        } catch (RuntimeException e) {
            form = null;
            breadcrumbs = List.of();
            FacesErrors.show(e, locale(), null);
            loadTree(null);
        }
    }

    /**
     * A node was dropped onto another (it becomes a child of it) or between nodes (a child of their
     * parent; at the top level a root). The version is the one the tree showed: a category changed
     * meanwhile is a conflict. Whatever the answer, the tree is rebuilt from the database.
     */
    public void onDragDrop(TreeDragDropEvent event) {
        @SuppressWarnings("unchecked")
        CategoryItem moved = ((TreeNode<CategoryItem>) event.getDragNode()).getData();
        @SuppressWarnings("unchecked")
        CategoryItem target = event.getDropNode() == null ? null
                : ((TreeNode<CategoryItem>) event.getDropNode()).getData();
        Integer newParent = target == null ? null : target.id();
        try {
            catalog.updateCategory(moved.id(), moved.version(),
                    new CategoryData(moved.name(), moved.slug(), newParent, moved.imageUrl(), moved.active()));
            ConsoleMessages.info(null, Texts.get("categories.moved", moved.name(),
                    target == null ? Texts.get("categories.rootLevel") : target.name()), null);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), MESSAGES);
        }
        loadTree(moved.id());
        select(moved.id());
    }

    // ---- editor -------------------------------------------------------------------------------

    public void newRoot() {
        startNew(null);
    }

    public void newChild() {
        if (form != null && !form.isNew()) {
            startNew(form.getId());
        }
    }

    private void startNew(Integer parentId) {
        conflict = false;
        form = CategoryForm.blank(parentId);
        breadcrumbs = parentId == null ? List.of() : crumbsOf(parentId);
        if (selectedNode != null) {
            selectedNode.setSelected(false);
            selectedNode = null;
        }
    }

    public void save() {
        if (form == null) {
            return;
        }
        try {
            CategoryPath saved = form.isNew() ? catalog.createCategory(form.toData())
                    : catalog.updateCategory(form.getId(), form.getVersion(), form.toData());
            ConsoleMessages.info(null, Texts.get(form.isNew() ? "categories.created" : "categories.updated"),
                    saved.category().getName());
            loadTree(saved.category().getId());
            form = CategoryForm.of(saved.category());
            breadcrumbs = saved.breadcrumbs();
            conflict = false;
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, locale(), MESSAGES, FIELDS).filter(StaleVersion.class::isInstance)
                    .isPresent();
        }
    }

    /** After a conflict: the editor shows the category as it is now, with its new version. */
    public void reload() {
        if (form == null || form.isNew()) {
            return;
        }
        Integer id = form.getId();
        loadTree(id);
        select(id);
        ConsoleMessages.info(MESSAGES, Texts.get("categories.reloaded"), null);
    }

    /**
     * Uploads the image of the category in the editor; it shows at once, the tree is read again (new
     * versions) and what is being typed stays. The editor keeps the new version only when this upload
     * was the category's only change, so a change by somebody else is still a conflict on save.
     */
    public void uploadImage(FileUploadEvent event) {
        if (form == null || form.isNew()) {
            return;
        }
        String fileName = event.getFile().getFileName();
        try {
            Category category = media.setCategoryImage(form.getId(), event.getFile().getContent());
            form.imageChanged(category.getImageUrl(),
                    CatalogImageUpload.versionAfter(form.getVersion(), category.getVersion()));
            ConsoleMessages.info(MESSAGES, Texts.get("categories.image.uploaded"), fileName);
            loadTree(form.getId());
        } catch (RuntimeException e) {
            CatalogImageUpload.refused(e, fileName, locale(), MESSAGES);
        }
    }

    /** Removes the image: the category as stored, without image, with the version the editor read. */
    public void removeImage() {
        if (form == null || form.isNew()) {
            return;
        }
        try {
            Category current = catalog.getCategory(form.getId()).category();
            CategoryPath saved = catalog.updateCategory(form.getId(), form.getVersion(), new CategoryData(
                    current.getName(), current.getSlug(), current.getParent() == null ? null
                            : current.getParent().getId(), null, current.isActive()));
            form.imageChanged(null, saved.category().getVersion());
            ConsoleMessages.info(MESSAGES, Texts.get("categories.image.removed"), null);
            loadTree(form.getId());
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, locale(), MESSAGES).filter(StaleVersion.class::isInstance).isPresent();
            if (conflict) {
                PrimeFaces.current().ajax().update("editor-form");
            }
        }
    }

    public void delete() {
        if (form == null || form.isNew()) {
            return;
        }
        try {
            catalog.deleteCategory(form.getId(), form.getVersion());
            ConsoleMessages.info(null, Texts.get("categories.deleted"), form.getName());
            form = null;
            breadcrumbs = List.of();
            conflict = false;
            loadTree(null);
            PrimeFaces.current().ajax().addCallbackParam("deleted", true);
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, locale(), MESSAGES).filter(StaleVersion.class::isInstance).isPresent();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private List<CategoryPath.Crumb> crumbsOf(int id) {
        return forest.path(id).stream().map(c -> new CategoryPath.Crumb(c.id(), c.name(), c.slug())).toList();
    }

    private Locale locale() {
        return localeBean.getLocale();
    }

    // ---- properties ---------------------------------------------------------------------------

    public TreeNode<CategoryItem> getRoot() {
        return root;
    }

    public TreeNode<CategoryItem> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<CategoryItem> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public CategoryForm getForm() {
        return form;
    }

    public List<CategoryPath.Crumb> getBreadcrumbs() {
        return breadcrumbs;
    }

    /** "Ropa › Hombre › Polos" (a new category ends with "(nueva)"). */
    public String getBreadcrumbText() {
        List<String> names = new ArrayList<>(breadcrumbs.stream().map(CategoryPath.Crumb::name).toList());
        if (form != null && form.isNew()) {
            names.add(Texts.get("categories.newLabel"));
        }
        return String.join(CategoryForest.SEPARATOR, names);
    }

    public List<CategoryForest.ParentOption> getParentOptions() {
        return forest.parentOptions();
    }

    public int getCount() {
        return forest.size();
    }

    public boolean isConflict() {
        return conflict;
    }
}
