package pe.colca.api;

import java.util.Locale;

/**
 * A refusal decided by the HTTP layer itself rather than by a service, e.g. a missing
 * {@code If-Match} (428). Mapped to problem+json like every other error.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String detail;

    public ApiProblem(int status, String type, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.detail = detail;
    }

    /** 428: a conditional request is required (PUT/DELETE need {@code If-Match}). */
    public static ApiProblem preconditionRequired(Locale locale) {
        return new ApiProblem(428, "precondition-required", ApiTexts.text(locale, "detail.preconditionRequired"));
    }

    /** 400: {@code If-Match} is not the ETag of a version. */
    public static ApiProblem invalidIfMatch(Locale locale) {
        return new ApiProblem(400, "invalid-if-match", ApiTexts.text(locale, "detail.invalidIfMatch"));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String detail() {
        return detail;
    }
}
