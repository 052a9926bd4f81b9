package pe.colca.security;

import java.util.Locale;
import pe.colca.common.BusinessException;
import pe.colca.common.Messages;

/**
 * The email and password do not identify an active user. Deliberately vague: an unknown email, a
 * wrong password and a locked or disabled user give the same answer, so a caller cannot probe
 * which accounts exist. The API answers 401.
 */
public class InvalidCredentials extends BusinessException {

    private static final long serialVersionUID = 1L;

    private static final String KEY = "security.credentials.invalid";
    private static final String TEXT_ES = "El correo o la contraseña no son correctos, o el usuario no está activo.";
    private static final String TEXT_EN = "The email or password is not correct, or the user is not active.";

    public InvalidCredentials() {
        super(Kind.RULE, "invalid-credentials", KEY);
    }

    @Override
    public String getMessage() {
        return localizedMessage(Messages.DEFAULT_LOCALE);
    }

    /** The text of the messages bundle when it has {@value #KEY}, else a built-in one. */
    @Override
    public String localizedMessage(Locale locale) {
        String text = Messages.format(locale, KEY);
        if (!KEY.equals(text)) {
            return text;
        }
        return locale != null && "en".equals(locale.getLanguage()) ? TEXT_EN : TEXT_ES;
    }
}
