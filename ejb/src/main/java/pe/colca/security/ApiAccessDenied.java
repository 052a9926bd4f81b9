package pe.colca.security;

import java.util.Locale;
import pe.colca.common.BusinessException;
import pe.colca.common.Messages;

/**
 * The credentials are right but none of the user's roles grants {@code api.access}: no token. The
 * API answers 403.
 */
public class ApiAccessDenied extends BusinessException {

    private static final long serialVersionUID = 1L;

    private static final String KEY = "security.api.access.denied";
    private static final String TEXT_ES = "El usuario no tiene el permiso api.access: no puede usar la API.";
    private static final String TEXT_EN = "The user does not hold the permission api.access: no API access.";

    public ApiAccessDenied() {
        super(Kind.RULE, "api-access-denied", KEY);
    }

    @Override
    public String getMessage() {
        return localizedMessage(Messages.DEFAULT_LOCALE);
    }

    @Override
    public String localizedMessage(Locale locale) {
        String text = Messages.format(locale, KEY);
        if (!KEY.equals(text)) {
            return text;
        }
        return locale != null && "en".equals(locale.getLanguage()) ? TEXT_EN : TEXT_ES;
    }
}
