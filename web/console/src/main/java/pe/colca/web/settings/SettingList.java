package pe.colca.web.settings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import pe.colca.common.Page;
import pe.colca.common.StaleVersion;
import pe.colca.settings.SettingEntry;
import pe.colca.settings.SettingFilter;
import pe.colca.settings.SettingsService;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/settings/parameters.xhtml} (Configuración → Parámetros): the settings in
 * key order, so each group (catalog, inventory, security, ...) is together and named on its first
 * row; search and a group filter; the edit dialog with the input that fits the type, who changed
 * the setting last and when, and the conflict message with a reload when somebody saved first.
 * Reading needs {@code settings.view}, saving {@code settings.edit} (the service checks both).
 */
@Named
@ViewScoped
public class SettingList implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String EDIT_MESSAGES = "setting-dialog";
    private static final String TABLE_CLIENT_ID = "settings-form:settings-table";

    @Inject
    private SettingsService service;

    @Inject
    private LocaleBean localeBean;

    private final ServicePagedModel<SettingRow> rows = new ServicePagedModel<>(
            (request, counting) -> rowsOf(service.search(currentFilter(), request)),
            SettingRow::getKey, true);

    private String search;
    private String groupFilter;
    private List<String> groups;

    private SettingForm form = SettingForm.blank();
    private boolean conflict;

    // ---- list ---------------------------------------------------------------------------------

    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":" + TABLE_CLIENT_ID);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clearFilters() {
        search = null;
        groupFilter = null;
        filter();
    }

    SettingFilter currentFilter() {
        return new SettingFilter(search == null || search.isBlank() ? null : search.strip(),
                groupFilter == null || groupFilter.isBlank() ? null : groupFilter);
    }

    /** Rows of a page; the first row of each group (on this page) shows the group's name. */
    static Page<SettingRow> rowsOf(Page<SettingEntry> page) {
        List<SettingRow> out = new ArrayList<>();
        String previous = null;
        for (SettingEntry e : page.items()) {
            out.add(new SettingRow(e, !e.group().equals(previous)));
            previous = e.group();
        }
        return new Page<>(out, page.total(), page.offset(), page.limit());
    }

    /** The groups for the filter (read once per view). */
    public List<String> getGroups() {
        if (groups == null) {
            try {
                groups = service.groups();
            } catch (RuntimeException e) {
                groups = List.of();
                FacesErrors.show(e, locale(), null);
            }
        }
        return groups;
    }

    /** The name of a group in the user's language, or the group itself when the bundle has none. */
    public String groupLabel(String group) {
        String key = "settings.group." + group;
        String label = Texts.get(key);
        return label.equals(key) ? group : label;
    }

    // ---- edit ---------------------------------------------------------------------------------

    public void edit(SettingRow row) {
        conflict = false;
        try {
            form = SettingForm.of(service.get(row.getKey()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    public void save() {
        if (!form.isLoaded()) {
            return;
        }
        try {
            SettingEntry saved = service.update(form.getKey(), form.getVersion(), form.value());
            conflict = false;
            form = SettingForm.of(saved);
            info(null, Texts.get("settings.updated"), saved.key());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update(TABLE_CLIENT_ID);
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, locale(), EDIT_MESSAGES)
                    .filter(StaleVersion.class::isInstance).isPresent();
        }
    }

    /** After a conflict: the dialog shows the setting as it is now, with its new version. */
    public void reload() {
        try {
            form = SettingForm.of(service.get(form.getKey()));
            conflict = false;
            info(EDIT_MESSAGES, Texts.get("settings.reloaded"), null);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), EDIT_MESSAGES);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Locale locale() {
        return localeBean.getLocale();
    }

    private static void info(String clientId, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail == null ? summary : detail));
    }

    // ---- properties ---------------------------------------------------------------------------

    public LazyDataModel<SettingRow> getRows() {
        return rows;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getGroupFilter() {
        return groupFilter;
    }

    public void setGroupFilter(String groupFilter) {
        this.groupFilter = groupFilter;
    }

    public SettingForm getForm() {
        return form;
    }

    public boolean isConflict() {
        return conflict;
    }

    public boolean isCanEdit() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("settings.edit");
    }
}
