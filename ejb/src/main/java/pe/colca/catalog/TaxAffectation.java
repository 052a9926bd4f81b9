package pe.colca.catalog;

import java.util.Arrays;

/**
 * How IGV applies to a product: SUNAT catalog 07 ("tipo de afectación del IGV"), stored in
 * {@code products.tax_code} as its two-digit code.
 */
public enum TaxAffectation {
    GRAVADO_ONEROSA("10"),
    GRAVADO_RETIRO_PREMIO("11"),
    GRAVADO_RETIRO_DONACION("12"),
    GRAVADO_RETIRO("13"),
    GRAVADO_RETIRO_PUBLICIDAD("14"),
    GRAVADO_BONIFICACION("15"),
    GRAVADO_RETIRO_TRABAJADORES("16"),
    GRAVADO_IVAP("17"),
    EXONERADO_ONEROSA("20"),
    EXONERADO_GRATUITA("21"),
    INAFECTO_ONEROSA("30"),
    INAFECTO_RETIRO_BONIFICACION("31"),
    INAFECTO_RETIRO("32"),
    INAFECTO_RETIRO_MUESTRAS_MEDICAS("33"),
    INAFECTO_RETIRO_CONVENIO_COLECTIVO("34"),
    INAFECTO_RETIRO_PREMIO("35"),
    INAFECTO_RETIRO_PUBLICIDAD("36"),
    INAFECTO_GRATUITA("37"),
    EXPORTACION("40");

    private final String code;

    TaxAffectation(String code) {
        this.code = code;
    }

    /** The SUNAT code as stored in the database, e.g. {@code "10"}. */
    public String code() {
        return code;
    }

    /** IGV is charged (codes 10–17). */
    public boolean isGravado() {
        return code.charAt(0) == '1';
    }

    public static TaxAffectation fromCode(String code) {
        return Arrays.stream(values())
                .filter(t -> t.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown SUNAT tax code: " + code));
    }
}
