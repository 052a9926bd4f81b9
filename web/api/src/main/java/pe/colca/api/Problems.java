package pe.colca.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.spi.Failure;
import org.jboss.resteasy.spi.ReaderException;
import pe.colca.common.BusinessException;
import pe.colca.common.Messages;
import pe.colca.security.InvalidCredentials;

/**
 * Turns any exception into a problem+json response. The one place that decides statuses, so every
 * exception mapper gives the same answer for the same cause however deeply it is wrapped
 * (EJBException, EJBTransactionRolledbackException, RESTEasy's ReaderException, ProcessingException,
 * PersistenceException). Only what nothing explains becomes a 500, logged with a correlation id;
 * the body never carries a stack trace.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());
    private static final Pattern YASSON_PROPERTY = Pattern.compile("property '([^']+)'");
    private static final String REALM = "colca-api";

    private final Locale locale;
    private final String instance;
    private final String method;

    public Problems(Locale locale, String instance, String method) {
        this.locale = locale == null ? Messages.DEFAULT_LOCALE : locale;
        this.instance = instance;
        this.method = method;
    }

    /** For an exception mapper: language, path and method of the current JAX-RS request. */
    public static Problems of(HttpHeaders headers, UriInfo uri, Request request) {
        Locale locale = Messages.DEFAULT_LOCALE;
        String path = null;
        String method = null;
        try {
            locale = ApiTexts.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (RuntimeException noRequest) {
            // keep the default
        }
        try {
            path = uri.getRequestUri().getRawPath();
        } catch (RuntimeException noRequest) {
            // no instance
        }
        try {
            method = request.getMethod();
        } catch (RuntimeException noRequest) {
            // unknown
        }
        return new Problems(locale, path, method);
    }

    public Locale locale() {
        return locale;
    }

    public Response toResponse(Throwable error) {
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        ProblemDetail clientFault = null; // what a wrapper tells if no cause is more precise
        for (Throwable t = error; t != null && seen.add(t); t = causeOf(t)) {
            if (t instanceof ApiProblem p) {
                return respond(problem(p.status(), p.type(), p.detail(), Map.of()));
            }
            if (t instanceof InvalidCredentials c) {
                return Response.fromResponse(respond(problem(401, c.type(), c.localizedMessage(locale), Map.of())))
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"")
                        .build();
            }
            if (t instanceof BusinessException b) {
                return respond(problem(statusOf(b.kind()), b.type(), b.localizedMessage(locale), b.fieldErrors()));
            }
            if (t instanceof EJBAccessException denied) {
                LOG.fine(() -> "403 on " + (method == null ? "" : method + " ") + instance + ": " + denied.getMessage());
                return respond(problem(403, "forbidden", Messages.format(locale, "error.forbidden"), Map.of()));
            }
            if (t instanceof ConstraintViolationException v) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (ConstraintViolation<?> violation : v.getConstraintViolations()) {
                    fields.putIfAbsent(fieldName(violation.getPropertyPath()), message(violation));
                }
                return respond(problem(400, "invalid-input",
                        Messages.format(locale, "error.invalidInput", fields.size()), fields));
            }
            if (t instanceof OptimisticLockException || isOptimisticLockFailure(t)) {
                return respond(problem(409, "stale-version", ApiTexts.text(locale, "detail.staleVersion"), Map.of()));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                ProblemDetail p = fromSqlState(sql.getSQLState());
                if (p != null) {
                    return respond(p);
                }
            }
            if (t instanceof WebApplicationException w) {
                return fromWebApplicationException(w);
            }
            if (t instanceof JsonParsingException parsing) {
                return respond(malformed(parsing.getLocation()));
            }
            if (t instanceof JsonbException jsonb) {
                clientFault = clientFault != null && !clientFault.errors().isEmpty() ? clientFault : fromJsonb(jsonb);
                continue;
            }
            if (isJacksonProcessingException(t)) {
                clientFault = clientFault != null ? clientFault : malformed(null);
                continue;
            }
            if (t instanceof JsonException) {
                clientFault = clientFault != null ? clientFault : malformed(null);
                continue;
            }
            if (t instanceof ReaderException || t instanceof ProcessingException) {
                clientFault = clientFault != null ? clientFault : problem(400, "bad-request",
                        ApiTexts.text(locale, "body.unreadable"), Map.of());
                continue;
            }
            if (t instanceof Failure f) { // RESTEasy's own failures carry their status
                int status = f.getResponse() != null ? f.getResponse().getStatus() : f.getErrorCode();
                if (f.getResponse() != null && status < 400) {
                    return f.getResponse(); // e.g. the default answer to OPTIONS
                }
                if (status >= 400 && status < 500) {
                    return respond(forStatus(status, null));
                }
            }
        }
        if (clientFault != null) {
            return respond(clientFault);
        }
        return internalError(error);
    }

    /** 500 with a correlation id; the stack trace goes to the log only. */
    public Response internalError(Throwable error) {
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + id + " on " + (method == null ? "" : method + " ")
                + (instance == null ? "?" : instance), error);
        ProblemDetail p = new ProblemDetail(ProblemDetail.TYPE_BASE + "internal-error", title("internal-error", 500),
                500, ApiTexts.text(locale, "detail.internal", id), instance, List.of(), id);
        return Response.fromResponse(respond(p)).header("X-Correlation-Id", id).build();
    }

    public ProblemDetail problem(int status, String type, String detail, Map<String, String> fieldErrors) {
        return new ProblemDetail(ProblemDetail.TYPE_BASE + type, title(type, status), status, detail, instance,
                ProblemDetail.fieldErrors(fieldErrors == null ? Map.of() : fieldErrors), null);
    }

    public static Response respond(ProblemDetail problem) {
        return Response.status(problem.status()).type(ProblemDetail.PROBLEM_JSON).entity(problem.toBytes()).build();
    }

    /** The answer for an HTTP status with no further explanation (used for container errors too). */
    public ProblemDetail forStatus(int status, String allow) {
        return switch (status) {
            case 400 -> problem(400, "bad-request", ApiTexts.text(locale, "detail.badRequest"), Map.of());
            case 401 -> problem(401, "unauthorized", ApiTexts.text(locale, "detail.unauthorized"), Map.of());
            case 403 -> problem(403, "forbidden", Messages.format(locale, "error.forbidden"), Map.of());
            case 404 -> problem(404, "not-found", ApiTexts.text(locale, "detail.notFound",
                    instance == null ? "" : instance), Map.of());
            case 405 -> problem(405, "method-not-allowed", ApiTexts.text(locale, "detail.methodNotAllowed",
                    method == null ? "?" : method, instance == null ? "" : instance, allow == null ? "" : allow), Map.of());
            case 406 -> problem(406, "not-acceptable", ApiTexts.text(locale, "detail.notAcceptable"), Map.of());
            case 415 -> problem(415, "unsupported-media-type", ApiTexts.text(locale, "detail.unsupportedMediaType"), Map.of());
            case 428 -> problem(428, "precondition-required", ApiTexts.text(locale, "detail.preconditionRequired"), Map.of());
            default -> problem(status, "http-" + status, ApiTexts.text(locale, "detail.http", String.valueOf(status)), Map.of());
        };
    }

    private Response fromWebApplicationException(WebApplicationException w) {
        Response original = w.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return internalError(w);
        }
        if (status < 400) {
            return original; // redirects and the like are not errors
        }
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        Response.ResponseBuilder builder = Response.fromResponse(respond(forStatus(status, allow)));
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER)) {
            List<Object> values = original.getHeaders().get(header);
            if (values != null) {
                values.forEach(v -> builder.header(header, v));
            }
        }
        if (status == 401 && original.getHeaderString(HttpHeaders.WWW_AUTHENTICATE) == null) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
        }
        return builder.build();
    }

    private ProblemDetail malformed(JsonLocation location) {
        String message;
        if (location != null && location.getStreamOffset() < 0) {
            message = ApiTexts.text(locale, "body.empty");
        } else if (location != null && location.getLineNumber() > 0) {
            message = ApiTexts.text(locale, "body.malformedAt", location.getLineNumber(), location.getColumnNumber());
        } else {
            message = ApiTexts.text(locale, "body.malformed");
        }
        return problem(400, "malformed-json", message, Map.of("body", message));
    }

    private ProblemDetail fromJsonb(JsonbException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParsingException parsing) {
                return malformed(parsing.getLocation());
            }
        }
        Matcher property = YASSON_PROPERTY.matcher(String.valueOf(e.getMessage()));
        if (property.find()) {
            String field = property.group(1);
            String message = ApiTexts.text(locale, "body.property", field);
            return problem(400, "malformed-json", message, Map.of(field, message));
        }
        return malformed(null);
    }

    private ProblemDetail fromSqlState(String state) {
        if (state.equals("23505")) {
            return problem(409, "duplicate-key", ApiTexts.text(locale, "detail.conflict"), Map.of());
        }
        if (state.equals("23503") || state.equals("40001")) {
            return problem(409, "conflict", ApiTexts.text(locale, "detail.conflict"), Map.of());
        }
        if (state.startsWith("22") || state.startsWith("23")) {
            return problem(400, "invalid-input", ApiTexts.text(locale, "detail.dataInvalid"), Map.of());
        }
        return null;
    }

    private static boolean isOptimisticLockFailure(Throwable t) {
        // Hibernate's own StaleStateException family, without compiling against Hibernate
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("org.hibernate.StaleStateException")) {
                return true;
            }
        }
        return false;
    }

    /** Jackson's parse and binding errors, should RESTEasy's Jackson provider ever read a body. */
    private static boolean isJacksonProcessingException(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("com.fasterxml.jackson.core.JacksonException")
                    || c.getName().equals("com.fasterxml.jackson.core.JsonProcessingException")) {
                return true;
            }
        }
        return false;
    }

    private static int statusOf(BusinessException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case RULE -> 422;
            case FORBIDDEN -> 403;
        };
    }

    private String title(String type, int status) {
        String title = ApiTexts.optionalText(locale, "problem." + type);
        if (title != null) {
            return title;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    /** Our constraint messages are keys of the domain bundle ("{location.code.required}"), in the client's language. */
    private String message(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            String text = Messages.format(locale, key);
            if (!text.equals(key)) {
                return text;
            }
        }
        return violation.getMessage();
    }

    private static String fieldName(Path path) {
        String name = null;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name == null ? "body" : name;
    }

    private static Throwable causeOf(Throwable t) {
        if (t instanceof EJBException ejb && ejb.getCause() == null) {
            return ejb.getCausedByException();
        }
        return t.getCause();
    }
}
