package pe.colca.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pe.colca.common.BusinessException;
import pe.colca.common.DuplicateKey;
import pe.colca.common.Messages;

/**
 * Turns what a service refused into messages a user can act on. A {@link BusinessException} with
 * field errors puts each message next to its field; any other refusal (stale version, not found,
 * rule) becomes one message under {@code messagesKey} (shown by {@code <p:messages for=KEY
 * forType="key">}, or the growl when the key is null). EJB containers may wrap the exception in an
 * {@code EJBException}: the cause chain is searched. {@link EJBAccessException} becomes "No tiene
 * permiso" (and an {@code ACCESS_DENIED} audit row, {@link DeniedActions}). Anything else is a bug
 * and is re-thrown, never swallowed.
 */
public final class FacesErrors {

    private FacesErrors() {
    }

    /**
     * Shows {@code error} as messages and marks the request as failed validation (so
     * {@code args.validationFailed} keeps dialogs open).
     *
     * @param fields field name used by the service ({@code code}, {@code name}) → client id of the input
     * @return the business exception found, empty for an access refusal
     */
    public static Optional<BusinessException> show(RuntimeException error, Locale locale, String messagesKey,
                                                   Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<BusinessException> business = businessCause(error);
        if (business.isPresent()) {
            add(faces, business.get(), locale, messagesKey, fields);
        } else if (isAccessDenied(error)) {
            DeniedActions.recordFromFaces(error);
            faces.addMessage(messagesKey, message(Messages.format(locale, "error.forbidden")));
        } else {
            throw error;
        }
        faces.validationFailed();
        return business;
    }

    /** Like {@link #show(RuntimeException, Locale, String, Map)} for operations without input fields. */
    public static Optional<BusinessException> show(RuntimeException error, Locale locale, String messagesKey) {
        return show(error, locale, messagesKey, Map.of());
    }

    /** The business exception behind {@code error}, unwrapping {@code EJBException} and friends. */
    public static Optional<BusinessException> businessCause(Throwable error) {
        for (Throwable t = error; t != null; t = next(t)) {
            if (t instanceof BusinessException b) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Whether the container refused the call for lack of a permission. */
    public static boolean isAccessDenied(Throwable error) {
        for (Throwable t = error; t != null; t = next(t)) {
            if (t instanceof EJBAccessException || t instanceof SecurityException) {
                return true;
            }
        }
        return false;
    }

    private static void add(FacesContext faces, BusinessException e, Locale locale, String messagesKey,
                            Map<String, String> fields) {
        if (e.fieldErrors().isEmpty()) {
            faces.addMessage(messagesKey, message(e.localizedMessage(locale)));
            return;
        }
        for (Map.Entry<String, String> field : e.fieldErrors().entrySet()) {
            // a field text built from the exception's own message in the default language (DuplicateKey,
            // CustomerTaken, ...) is shown in the user's language: the localized message says the same
            String text = e instanceof DuplicateKey || field.getValue().equals(e.getMessage())
                    ? e.localizedMessage(locale) : field.getValue();
            String clientId = fields.get(field.getKey());
            if (clientId != null) {
                faces.addMessage(clientId, message(text));
            } else {
                faces.addMessage(messagesKey, message(text));
            }
        }
    }

    private static FacesMessage message(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }

    private static Throwable next(Throwable t) {
        Throwable cause = t.getCause();
        return cause == t ? null : cause;
    }
}
