package pe.colca.common;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A business rule said no. Every subclass is named as a fact ({@code RecordNotFound},
 * {@code StaleVersion}) and rolls the transaction back. The {@link Kind} tells the boundaries how to
 * answer (the API maps it to an HTTP status, the console to a message severity); {@link #type()} is
 * the stable problem type integrators can rely on; the text comes from the {@code messages} bundle
 * so the console and the API can speak Spanish or English.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How a boundary should treat the refusal. */
    public enum Kind {
        /** Input is malformed or incomplete (HTTP 400). */
        INVALID,
        /** The thing asked for does not exist (HTTP 404). */
        NOT_FOUND,
        /** The request clashes with the current state: stale version, duplicate key (HTTP 409). */
        CONFLICT,
        /** Well-formed, but a business rule forbids it (HTTP 422). */
        RULE,
        /** The caller may not act on this thing: outside his stores, someone else's (HTTP 403). */
        FORBIDDEN
    }

    private final Kind kind;
    private final String type;
    private final String messageKey;
    private final Object[] args;
    private final Map<String, String> fieldErrors;

    protected BusinessException(Kind kind, String type, String messageKey, Object... args) {
        this(kind, type, Map.of(), messageKey, args);
    }

    protected BusinessException(Kind kind, String type, Map<String, String> fieldErrors,
                                String messageKey, Object... args) {
        super(Messages.format(Messages.DEFAULT_LOCALE, messageKey, args));
        this.kind = kind;
        this.type = type;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public Kind kind() {
        return kind;
    }

    /** Stable, URL-safe identifier of the problem, e.g. {@code stale-version}. */
    public String type() {
        return type;
    }

    /** Field name → message, for input errors; empty otherwise. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The message in the user's language. */
    public String localizedMessage(Locale locale) {
        return Messages.format(locale, messageKey, args);
    }
}
