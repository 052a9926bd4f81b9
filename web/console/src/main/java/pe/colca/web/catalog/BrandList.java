package pe.colca.web.catalog;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.LazyDataModel;
import pe.colca.catalog.Brand;
import pe.colca.catalog.BrandData;
import pe.colca.catalog.media.CatalogMediaService;
import pe.colca.catalog.BrandService;
import pe.colca.common.StaleVersion;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/catalog/brands.xhtml}: the paged brand list with its search, the
 * create/edit dialog and the delete confirmation, which the service refuses while products use the
 * brand. Edits and deletes send the version read when the dialog opened: a change made meanwhile is a
 * conflict. In the dialog of a saved brand the logo is uploaded at once ({@link CatalogMediaService},
 * which checks size and format; a refusal changes nothing) or removed (an edit with that version).
 */
@Named
@ViewScoped
public class BrandList implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String EDIT_MESSAGES = "brand-dialog";
    static final String DELETE_MESSAGES = "brand-delete-dialog";
    private static final Map<String, String> EDIT_FIELDS = Map.of("name", "brand-form:brand-name");
    private static final String TABLE_CLIENT_ID = "brands-form:brands-table";

    @Inject
    private BrandService catalog;

    @Inject
    private CatalogMediaService media;

    @Inject
    private LocaleBean localeBean;

    private final ServicePagedModel<BrandRow> rows = new ServicePagedModel<>(
            (request, counting) -> catalog.searchBrands(searchText(), request).map(BrandRow::of),
            BrandRow::id, true);

    private String search;

    private Integer editingId;
    private long editingVersion;
    private String name;
    private String logoUrl;
    private boolean conflict;

    private BrandRow deleting;
    private boolean deleteConflict;

    /** The search changed: back to the first page. */
    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":" + TABLE_CLIENT_ID);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    String searchText() {
        return search == null || search.isBlank() ? null : search.strip();
    }

    // ---- create / edit ------------------------------------------------------------------------

    public void newBrand() {
        editingId = null;
        editingVersion = 0;
        name = null;
        logoUrl = null;
        conflict = false;
    }

    public void edit(BrandRow row) {
        conflict = false;
        try {
            fill(catalog.getBrand(row.id()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    private void fill(Brand brand) {
        editingId = brand.getId();
        editingVersion = brand.getVersion();
        name = brand.getName();
        logoUrl = brand.getLogoUrl();
    }

    public void save() {
        try {
            BrandData data = new BrandData(name, logoUrl);
            Brand saved = editingId == null ? catalog.createBrand(data)
                    : catalog.updateBrand(editingId, editingVersion, data);
            ConsoleMessages.info(null, Texts.get(editingId == null ? "brands.created" : "brands.updated"),
                    saved.getName());
            conflict = false;
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update(TABLE_CLIENT_ID);
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, locale(), EDIT_MESSAGES, EDIT_FIELDS).filter(StaleVersion.class::isInstance)
                    .isPresent();
        }
    }

    /** After a conflict: the dialog shows the brand as it is now, with its new version. */
    public void reload() {
        try {
            fill(catalog.getBrand(editingId));
            conflict = false;
            ConsoleMessages.info(EDIT_MESSAGES, Texts.get("brands.reloaded"), null);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), EDIT_MESSAGES);
        }
    }

    // ---- logo ---------------------------------------------------------------------------------

    /**
     * Uploads the logo of the brand being edited; the dialog shows it at once. The name being typed
     * is not sent. The dialog keeps the new version only when this upload was the brand's only change.
     */
    public void uploadLogo(FileUploadEvent event) {
        if (editingId == null) {
            return;
        }
        String fileName = event.getFile().getFileName();
        try {
            Brand brand = media.setBrandLogo(editingId, event.getFile().getContent());
            logoUrl = brand.getLogoUrl();
            editingVersion = CatalogImageUpload.versionAfter(editingVersion, brand.getVersion());
            ConsoleMessages.info(EDIT_MESSAGES, Texts.get("brands.logo.uploaded"), fileName);
            PrimeFaces.current().ajax().update(TABLE_CLIENT_ID);
        } catch (RuntimeException e) {
            CatalogImageUpload.refused(e, fileName, locale(), EDIT_MESSAGES);
        }
    }

    /** Removes the logo: the brand as stored, without logo, with the version the dialog read. */
    public void removeLogo() {
        if (editingId == null) {
            return;
        }
        try {
            Brand current = catalog.getBrand(editingId);
            Brand saved = catalog.updateBrand(editingId, editingVersion, new BrandData(current.getName(), null));
            logoUrl = null;
            editingVersion = saved.getVersion();
            ConsoleMessages.info(EDIT_MESSAGES, Texts.get("brands.logo.removed"), null);
            PrimeFaces.current().ajax().update(TABLE_CLIENT_ID);
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, locale(), EDIT_MESSAGES).filter(StaleVersion.class::isInstance).isPresent();
            if (conflict) {
                PrimeFaces.current().ajax().update("brand-form");
            }
        }
    }

    // ---- delete -------------------------------------------------------------------------------

    public void confirmDelete(BrandRow row) {
        deleteConflict = false;
        try {
            deleting = BrandRow.of(catalog.getBrand(row.id()));
        } catch (RuntimeException e) {
            deleting = null;
            FacesErrors.show(e, locale(), null);
        }
    }

    public void delete() {
        if (deleting == null) {
            return;
        }
        try {
            catalog.deleteBrand(deleting.id(), deleting.version());
            ConsoleMessages.info(null, Texts.get("brands.deleted"), deleting.name());
            PrimeFaces.current().ajax().addCallbackParam("deleted", true);
            PrimeFaces.current().ajax().update(TABLE_CLIENT_ID);
            deleting = null;
            deleteConflict = false;
        } catch (RuntimeException e) {
            deleteConflict = FacesErrors.show(e, locale(), DELETE_MESSAGES).filter(StaleVersion.class::isInstance)
                    .isPresent();
        }
    }

    public void reloadDeleting() {
        try {
            deleting = BrandRow.of(catalog.getBrand(deleting.id()));
            deleteConflict = false;
            ConsoleMessages.info(DELETE_MESSAGES, Texts.get("brands.reloaded"), null);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), DELETE_MESSAGES);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Locale locale() {
        return localeBean.getLocale();
    }

    // ---- properties ---------------------------------------------------------------------------

    public LazyDataModel<BrandRow> getRows() {
        return rows;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isNew() {
        return editingId == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public boolean isConflict() {
        return conflict;
    }

    public BrandRow getDeleting() {
        return deleting;
    }

    public boolean isDeleteConflict() {
        return deleteConflict;
    }
}
