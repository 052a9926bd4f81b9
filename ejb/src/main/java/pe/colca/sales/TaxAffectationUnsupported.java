package pe.colca.sales;

import pe.colca.common.BusinessException;

/**
 * A line whose product has a catalog 07 code Colca does not sell under: 17 (IVAP, the rice tax), which
 * needs its own tax scheme and rate (HTTP 422). Nothing was priced.
 */
public class TaxAffectationUnsupported extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TaxAffectationUnsupported(int lineNumber, String taxCode) {
        super(Kind.RULE, "tax-affectation-unsupported", "sales.pricing.taxCodeUnsupported", lineNumber, taxCode);
    }
}
