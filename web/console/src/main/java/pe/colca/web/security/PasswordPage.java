package pe.colca.web.security;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import pe.colca.security.AuthenticatedUsers;
import pe.colca.security.Passwords;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.SessionGuardFilter;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/security/password.xhtml}: the signed-in user changes his own password
 * (reachable from the user menu; the only page a user with a one-time password may open, see
 * {@link PasswordChangeFilter}). On success he lands on the home page.
 */
@Named
@ViewScoped
public class PasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "currentPassword", "password-form:current-password",
            "newPassword", "password-form:new-password");

    @Inject
    private Passwords passwords;

    @Inject
    private LocaleBean localeBean;

    @Inject
    private AuthenticatedUsers users;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    /** Whether the user is here because he must change a one-time password. */
    public boolean isForced() {
        return Boolean.TRUE.equals(FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .get(PasswordChangeFilter.SESSION_KEY));
    }

    public void change() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (newPassword == null || !newPassword.equals(confirmation)) {
            String text = Texts.get("password.mismatch");
            faces.addMessage("password-form:confirm-password", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return;
        }
        try {
            passwords.changeOwn(currentPassword, newPassword);
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null, FIELDS);
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.getSessionMap().put(PasswordChangeFilter.SESSION_KEY, Boolean.FALSE);
        // the change rotated his security stamp (his tokens and other sessions end): this session,
        // where he just proved his password, goes on with the new stamp
        users.byEmail(external.getRemoteUser()).ifPresent(user -> SessionGuardFilter.renew(external, user.stamp()));
        external.getFlash().setKeepMessages(true);
        String text = Texts.get("password.changed");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
        faces.responseComplete();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
