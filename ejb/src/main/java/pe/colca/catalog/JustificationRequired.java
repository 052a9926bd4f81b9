package pe.colca.catalog;

import java.math.BigDecimal;
import pe.colca.common.BusinessException;

/** A price change above the configured threshold came without a justification (HTTP 422); nothing was written. */
public class JustificationRequired extends BusinessException {

    private static final long serialVersionUID = 1L;

    public JustificationRequired(BigDecimal changePct, BigDecimal thresholdPct) {
        super(Kind.RULE, "justification-required", "catalog.price.justificationRequired",
                changePct == null ? "∞" : changePct.toPlainString(), thresholdPct.stripTrailingZeros().toPlainString());
    }
}
