package pe.colca.common;

/** A well-formed request that a business rule forbids (HTTP 422). */
public class RuleViolated extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RuleViolated(String type, String messageKey, Object... args) {
        super(Kind.RULE, type, messageKey, args);
    }
}
