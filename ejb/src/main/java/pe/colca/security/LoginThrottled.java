package pe.colca.security;

import java.util.Locale;
import pe.colca.common.BusinessException;
import pe.colca.common.Messages;

/**
 * Too many failed logins for this account or from this client address: the attempt is refused
 * without checking the password, even a right one, until {@link #retryAfterSeconds()} have passed.
 * The API answers 429 with {@code Retry-After}.
 */
public class LoginThrottled extends BusinessException {

    private static final long serialVersionUID = 1L;

    private static final String KEY = "security.login.throttled";
    private static final String TEXT_ES = "Demasiados intentos fallidos. Vuelva a intentarlo en {0} segundos.";
    private static final String TEXT_EN = "Too many failed attempts. Try again in {0} seconds.";

    private final long retryAfterSeconds;

    public LoginThrottled(long retryAfterSeconds) {
        super(Kind.RULE, "login-throttled", KEY, retryAfterSeconds);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Seconds until the next attempt can be checked. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public String getMessage() {
        return localizedMessage(Messages.DEFAULT_LOCALE);
    }

    @Override
    public String localizedMessage(Locale locale) {
        String text = Messages.format(locale, KEY, retryAfterSeconds);
        if (!KEY.equals(text)) {
            return text;
        }
        String pattern = locale != null && "en".equals(locale.getLanguage()) ? TEXT_EN : TEXT_ES;
        return pattern.replace("{0}", String.valueOf(retryAfterSeconds));
    }
}
