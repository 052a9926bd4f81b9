package pe.colca.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.LinkedHashMap;
import java.util.Map;
import pe.colca.security.AuditTrail;

/**
 * Audit rows of logins in a transaction of their own, so that a refused login, whose request rolls
 * back, still leaves its row ({@code audit_logs}, entity {@code users}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginAudit {

    /** Actions written to {@code audit_logs.action}. */
    static final String TOKEN_ISSUED = "TOKEN_ISSUED";
    static final String TOKEN_LOGIN_FAILED = "TOKEN_LOGIN_FAILED";
    static final String LOGIN = "LOGIN";
    static final String LOGIN_FAILED = "LOGIN_FAILED";

    @EJB
    private AuditTrail audit;

    public void record(String action, Long userId, String email, String reason) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (email != null) {
            values.put("email", email.length() > 254 ? email.substring(0, 254) : email);
        }
        if (reason != null) {
            values.put("reason", reason);
        }
        audit.recordAs(userId, action, "users", userId, null, values);
    }
}
