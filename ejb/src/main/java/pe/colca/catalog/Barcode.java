package pe.colca.catalog;

/**
 * Barcode rules of a variant. GS1 symbologies are recognised by their length and must carry a valid
 * check digit: EAN-13 (13 digits), EAN-8 (8) and UPC-A (12). Any other code (Code 128, internal
 * labels) is accepted only when the setting {@code catalog.barcode.allow_other} is true, and then only
 * printable ASCII without spaces (up to 60 characters, the column width).
 */
public final class Barcode {

    private Barcode() {
    }

    /** The symbology a code looks like. */
    public enum Symbology { EAN_13, EAN_8, UPC_A, OTHER }

    public static Symbology symbologyOf(String code) {
        if (code != null && code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            switch (code.length()) {
                case 13: return Symbology.EAN_13;
                case 12: return Symbology.UPC_A;
                case 8: return Symbology.EAN_8;
                default: break;
            }
        }
        return Symbology.OTHER;
    }

    /**
     * True if the last digit is the GS1 check digit of the others (weights 3 and 1 from the right,
     * the same algorithm for EAN-13, EAN-8 and UPC-A).
     */
    public static boolean hasValidCheckDigit(String digits) {
        if (digits == null || digits.length() < 2 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        int n = digits.length() - 1;
        for (int i = 0; i < n; i++) {
            int digit = digits.charAt(n - 1 - i) - '0';
            sum += (i % 2 == 0) ? digit * 3 : digit;
        }
        int check = (10 - sum % 10) % 10;
        return check == digits.charAt(n) - '0';
    }

    /**
     * The stored form of a barcode (trimmed; null when blank), or {@link InvalidBarcode}.
     *
     * @param allowOther whether codes that are not EAN-13/EAN-8/UPC-A are accepted
     */
    public static String normalize(String code, boolean allowOther) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip();
        Symbology symbology = symbologyOf(c);
        if (symbology != Symbology.OTHER) {
            if (!hasValidCheckDigit(c)) {
                throw new InvalidBarcode(c, "catalog.barcode.checkDigit");
            }
            return c;
        }
        if (!allowOther) {
            throw new InvalidBarcode(c, "catalog.barcode.symbology");
        }
        if (c.length() > 60 || !c.chars().allMatch(ch -> ch > 32 && ch < 127)) {
            throw new InvalidBarcode(c, "catalog.barcode.characters");
        }
        return c;
    }
}
