package pe.colca.web.security;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import pe.colca.common.StaleVersion;
import pe.colca.security.PermissionView;
import pe.colca.security.RoleAdministration;
import pe.colca.security.RoleData;
import pe.colca.security.RoleView;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/security/roles.xhtml} (Seguridad → Roles): the roles with how many users
 * hold each, the editor over the permission catalogue grouped by area (each permission with its
 * description), and deleting a role nobody holds. Writes go through {@link RoleAdministration}.
 */
@Named
@ViewScoped
public class RoleEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String EDIT_MESSAGES = "role-dialog";
    private static final Map<String, String> EDIT_FIELDS = Map.of("name", "role-form:role-name",
            "description", "role-form:role-description");

    /** One area of the catalogue and its permissions (a class: EL 5 does not read record components). */
    public static final class Group implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String area;
        private final List<RoleRow.PermissionRow> permissions;

        Group(String area, List<PermissionView> permissions) {
            this.area = area;
            this.permissions = permissions.stream().map(RoleRow.PermissionRow::new).toList();
        }

        public String getArea() {
            return area;
        }

        public List<RoleRow.PermissionRow> getPermissions() {
            return permissions;
        }
    }

    @Inject
    private RoleAdministration service;

    @Inject
    private LocaleBean localeBean;

    private List<RoleRow> roles;
    private List<Group> groups;

    private Integer id;
    private long version;
    private String name;
    private String description;
    private Map<String, Boolean> granted = new HashMap<>();
    private boolean conflict;

    public List<RoleRow> getRoles() {
        if (roles == null) {
            roles = service.list().stream().map(RoleRow::of).toList();
        }
        return roles;
    }

    public List<Group> getGroups() {
        if (groups == null) {
            Map<String, List<PermissionView>> byArea = new LinkedHashMap<>();
            for (PermissionView p : service.permissions()) {
                byArea.computeIfAbsent(p.area(), a -> new ArrayList<>()).add(p);
            }
            groups = byArea.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
        }
        return groups;
    }

    public void newRole() {
        id = null;
        version = 0;
        name = null;
        description = null;
        granted = new HashMap<>();
        conflict = false;
    }

    public void edit(RoleRow row) {
        try {
            fill(service.get(row.getId()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    private void fill(RoleView role) {
        id = role.id();
        version = role.version();
        name = role.name();
        description = role.description();
        granted = new HashMap<>();
        role.permissions().forEach(slug -> granted.put(slug, Boolean.TRUE));
        conflict = false;
    }

    public void save() {
        List<String> slugs = granted.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        try {
            RoleData data = new RoleData(name, description, slugs);
            RoleView saved = id == null ? service.create(data) : service.update(id, version, data);
            info(Texts.get(id == null ? "role.created" : "role.updated"), saved.name());
            roles = null;
            conflict = false;
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update("roles-form");
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, locale(), EDIT_MESSAGES, EDIT_FIELDS)
                    .filter(StaleVersion.class::isInstance).isPresent();
        }
    }

    public void reload() {
        try {
            fill(service.get(id));
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), EDIT_MESSAGES);
        }
    }

    public void delete(RoleRow row) {
        try {
            service.delete(row.getId(), row.getVersion());
            info(Texts.get("role.deleted"), row.getName());
            roles = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    private Locale locale() {
        return localeBean.getLocale();
    }

    private static void info(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
    }

    public boolean isNew() {
        return id == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Map<String, Boolean> getGranted() {
        return granted;
    }

    public boolean isConflict() {
        return conflict;
    }
}
