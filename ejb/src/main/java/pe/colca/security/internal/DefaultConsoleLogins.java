package pe.colca.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import pe.colca.security.AuthenticatedUsers;
import pe.colca.security.AuthenticatedUsers.AuthenticatedUser;
import pe.colca.security.ConsoleLogins;

@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultConsoleLogins implements ConsoleLogins {

    @EJB
    private AuthenticatedUsers users;

    @EJB
    private LoginAudit audit;

    @Override
    public void succeeded(String email) {
        Long id = users.byEmail(email).map(AuthenticatedUser::id).orElse(null);
        audit.record(LoginAudit.LOGIN, id, email, null);
    }

    @Override
    public void failed(String email) {
        String login = email == null ? "" : email.strip();
        Long id = login.isEmpty() ? null : users.byEmail(login).map(AuthenticatedUser::id).orElse(null);
        audit.record(LoginAudit.LOGIN_FAILED, id, login, "password");
    }
}
