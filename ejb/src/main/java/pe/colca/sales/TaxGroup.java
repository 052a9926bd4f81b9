package pe.colca.sales;

import pe.colca.catalog.TaxAffectation;

/**
 * The tax totals of a SUNAT document ({@code cac:TaxSubtotal}, catalog 05) that the catalog 07 codes
 * of Colca's goods fall in. Gravado is charged IGV (scheme 1000); exonerado, inafecto and exportación
 * are charged goods without IGV; gratuito holds every free line (codes 11–16, 21, 31–37: value shown,
 * nothing charged), whose IGV, when the good is taxed, is stated but not part of the document's IGV.
 */
public enum TaxGroup {
    GRAVADO("1000", "IGV", "VAT", "S"),
    EXONERADO("9997", "EXO", "VAT", "E"),
    INAFECTO("9998", "INA", "FRE", "O"),
    EXPORTACION("9995", "EXP", "FRE", "G"),
    GRATUITO("9996", "GRA", "FRE", "Z");

    private final String schemeId;
    private final String schemeName;
    private final String taxTypeCode;
    private final String categoryId;

    TaxGroup(String schemeId, String schemeName, String taxTypeCode, String categoryId) {
        this.schemeId = schemeId;
        this.schemeName = schemeName;
        this.taxTypeCode = taxTypeCode;
        this.categoryId = categoryId;
    }

    /** {@code TaxScheme/cbc:ID}, e.g. {@code 1000}. */
    public String schemeId() {
        return schemeId;
    }

    /** {@code TaxScheme/cbc:Name}, e.g. {@code IGV}. */
    public String schemeName() {
        return schemeName;
    }

    /** {@code TaxScheme/cbc:TaxTypeCode}, e.g. {@code VAT}. */
    public String taxTypeCode() {
        return taxTypeCode;
    }

    /** {@code TaxCategory/cbc:ID} (UN/ECE 5305), e.g. {@code S}. */
    public String categoryId() {
        return categoryId;
    }

    /** The group of a catalog 07 code (IVAP, code 17, has none: Colca does not sell under IVAP). */
    public static TaxGroup of(TaxAffectation affectation) {
        if (isFree(affectation)) {
            return GRATUITO;
        }
        return switch (affectation) {
            case GRAVADO_ONEROSA -> GRAVADO;
            case EXONERADO_ONEROSA -> EXONERADO;
            case INAFECTO_ONEROSA -> INAFECTO;
            case EXPORTACION -> EXPORTACION;
            default -> throw new IllegalArgumentException("no tax group for catalog 07 code " + affectation.code());
        };
    }

    /** A free transfer (retiro, bonificación, premio, muestra...): codes 11–16, 21 and 31–37. */
    public static boolean isFree(TaxAffectation affectation) {
        return switch (affectation) {
            case GRAVADO_ONEROSA, GRAVADO_IVAP, EXONERADO_ONEROSA, INAFECTO_ONEROSA, EXPORTACION -> false;
            default -> true;
        };
    }

    /** IGV applies to the good (codes 10–16; charged when onerous, stated when free). */
    public static boolean isTaxed(TaxAffectation affectation) {
        return affectation.isGravado() && affectation != TaxAffectation.GRAVADO_IVAP;
    }
}
