package pe.colca.web.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import pe.colca.security.UserData;
import pe.colca.security.UserView;

/** The create/edit dialog of a user: what the administrator types, and the version read. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String email;
    private String fullName;
    private List<String> roleIds = new ArrayList<>();
    private List<String> locationIds = new ArrayList<>();
    /** Create only: blank = a generated one-time password. */
    private String initialPassword;

    static UserForm blank() {
        return new UserForm();
    }

    static UserForm of(UserView u) {
        UserForm form = new UserForm();
        form.id = u.id();
        form.version = u.version();
        form.email = u.email();
        form.fullName = u.fullName();
        form.roleIds = new ArrayList<>(u.roleIds().stream().map(String::valueOf).toList());
        form.locationIds = new ArrayList<>(u.locationIds().stream().map(String::valueOf).toList());
        return form;
    }

    UserData toData() {
        return new UserData(email, fullName, roleIds.stream().map(Integer::valueOf).toList(),
                locationIds.stream().map(Long::valueOf).toList());
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public List<String> getRoleIds() {
        return roleIds;
    }

    public void setRoleIds(List<String> roleIds) {
        this.roleIds = roleIds == null ? new ArrayList<>() : new ArrayList<>(roleIds);
    }

    public List<String> getLocationIds() {
        return locationIds;
    }

    public void setLocationIds(List<String> locationIds) {
        this.locationIds = locationIds == null ? new ArrayList<>() : new ArrayList<>(locationIds);
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
