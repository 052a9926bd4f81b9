package pe.colca.web.security;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import pe.colca.common.StaleVersion;
import pe.colca.inventory.location.LocationService;
import pe.colca.security.CreatedUser;
import pe.colca.security.RoleAdministration;
import pe.colca.security.UserAdministration;
import pe.colca.security.UserFilter;
import pe.colca.security.UserStatus;
import pe.colca.security.UserView;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;
import pe.colca.web.inventory.LocationOption;

/**
 * Screen {@code /backoffice/security/users.xhtml} (Seguridad → Usuarios): the paged user list with
 * search and role/status filters, the create/edit dialog (roles, store/warehouse scope, initial
 * password), lock/unlock, password reset (the one-time password is shown once) and delete with a
 * reason. Every read and write goes through {@link UserAdministration}; refusals (last administrator,
 * oneself, conflicts) become messages in the open dialog or the growl.
 */
@Named
@ViewScoped
public class UserList implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String EDIT_MESSAGES = "user-dialog";
    static final String DELETE_MESSAGES = "user-delete-dialog";
    private static final Map<String, String> EDIT_FIELDS = Map.of(
            "email", "user-form:user-email",
            "fullName", "user-form:user-name",
            "initialPassword", "user-form:user-password");
    private static final Map<String, String> DELETE_FIELDS = Map.of("reason", "user-delete-form:user-delete-reason");
    private static final String TABLE_CLIENT_ID = "users-form:users-table";

    @Inject
    private UserAdministration service;

    @Inject
    private RoleAdministration roles;

    @Inject
    private LocationService locations;

    @Inject
    private LocaleBean localeBean;

    private final ServicePagedModel<UserRow> rows = new ServicePagedModel<>(
            (request, counting) -> service.search(currentFilter(), request).map(UserRow::of), UserRow::getId, true);

    private String search;
    private Integer roleFilter;
    private UserStatus statusFilter;

    private UserForm form = UserForm.blank();
    private boolean conflict;
    private UserRow deleting;
    private String deleteReason;
    private String oneTimePassword;
    private String oneTimeFor;

    private List<SelectItem> roleOptions;
    private List<SelectItem> locationOptions;

    // ---- list ---------------------------------------------------------------------------------

    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":" + TABLE_CLIENT_ID);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    UserFilter currentFilter() {
        return new UserFilter(search == null || search.isBlank() ? null : search.strip(), roleFilter, statusFilter);
    }

    // ---- create / edit ------------------------------------------------------------------------

    public void newUser() {
        form = UserForm.blank();
        conflict = false;
    }

    public void edit(UserRow row) {
        conflict = false;
        try {
            form = UserForm.of(service.get(row.getId()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    public void save() {
        try {
            if (form.isNew()) {
                CreatedUser created = service.create(form.toData(), form.getInitialPassword());
                showOneTime(created.user(), created.oneTimePassword());
                info(null, Texts.get("user.created"), created.user().email());
            } else {
                UserView saved = service.update(form.getId(), form.getVersion(), form.toData());
                info(null, Texts.get("user.updated"), saved.email());
            }
            conflict = false;
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update(TABLE_CLIENT_ID);
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, locale(), EDIT_MESSAGES, EDIT_FIELDS)
                    .filter(StaleVersion.class::isInstance).isPresent();
        }
    }

    public void reload() {
        try {
            form = UserForm.of(service.get(form.getId()));
            conflict = false;
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), EDIT_MESSAGES);
        }
    }

    // ---- lock, unlock, reset ------------------------------------------------------------------

    public void lock(UserRow row) {
        try {
            UserView locked = service.lock(row.getId(), row.getVersion());
            info(null, Texts.get("user.locked"), locked.email());
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    public void unlock(UserRow row) {
        try {
            UserView active = service.unlock(row.getId(), row.getVersion());
            info(null, Texts.get("user.unlocked"), active.email());
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    public void resetPassword(UserRow row) {
        try {
            String password = service.resetPassword(row.getId(), row.getVersion());
            showOneTime(row.view(), password);
            info(null, Texts.get("user.reset"), row.getEmail());
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    private void showOneTime(UserView user, String password) {
        oneTimePassword = password;
        oneTimeFor = user.email();
        if (password != null) {
            PrimeFaces.current().ajax().update("one-time-form");
            PrimeFaces.current().executeScript("PF('oneTimeDialog').show()");
        }
    }

    /** The one-time password is shown once: closing the dialog forgets it. */
    public void forgetOneTime() {
        oneTimePassword = null;
        oneTimeFor = null;
    }

    // ---- delete -------------------------------------------------------------------------------

    public void confirmDelete(UserRow row) {
        deleteReason = null;
        try {
            deleting = UserRow.of(service.get(row.getId()));
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
            service.delete(deleting.getId(), deleting.getVersion(), deleteReason);
            info(null, Texts.get("user.deleted"), deleting.getEmail());
            PrimeFaces.current().ajax().addCallbackParam("deleted", true);
            PrimeFaces.current().ajax().update(TABLE_CLIENT_ID);
            deleting = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), DELETE_MESSAGES, DELETE_FIELDS);
        }
    }

    // ---- options ------------------------------------------------------------------------------

    public List<SelectItem> getRoleOptions() {
        if (roleOptions == null) {
            roleOptions = new ArrayList<>();
            roles.list().forEach(r -> roleOptions.add(new SelectItem(String.valueOf(r.id()), r.name())));
        }
        return roleOptions;
    }

    /** Stores and warehouses for the scope (empty when the administrator may not see locations). */
    public List<SelectItem> getLocationOptions() {
        if (locationOptions == null) {
            locationOptions = new ArrayList<>();
            try {
                LocationOption.all(locations).forEach(l -> locationOptions.add(
                        new SelectItem(String.valueOf(l.id()), l.getLabel())));
            } catch (RuntimeException e) {
                if (!FacesErrors.isAccessDenied(e)) {
                    throw e;
                }
            }
        }
        return locationOptions;
    }

    public String statusKey(UserRow row) {
        return "user.status." + row.getStatus();
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

    public LazyDataModel<UserRow> getRows() {
        return rows;
    }

    public UserStatus[] getStatuses() {
        return UserStatus.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Integer getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(Integer roleFilter) {
        this.roleFilter = roleFilter;
    }

    public UserStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(UserStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public UserForm getForm() {
        return form;
    }

    public boolean isConflict() {
        return conflict;
    }

    public UserRow getDeleting() {
        return deleting;
    }

    public String getDeleteReason() {
        return deleteReason;
    }

    public void setDeleteReason(String deleteReason) {
        this.deleteReason = deleteReason;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public String getOneTimeFor() {
        return oneTimeFor;
    }
}
