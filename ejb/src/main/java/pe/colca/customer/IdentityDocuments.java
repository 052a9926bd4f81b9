package pe.colca.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The formats of Peru's identity documents, as pure functions (no container): the customer service,
 * the console and the API all ask this class, so a number is judged the same everywhere.
 *
 * <ul>
 *   <li>DNI: exactly 8 digits.</li>
 *   <li>RUC: 11 digits, prefix 10 (person with business, embeds the DNI), 15, 16, 17 or 20
 *       (companies), and the SUNAT módulo 11 check digit: weights 5,4,3,2,7,6,5,4,3,2 on digits 1–10,
 *       {@code r = 11 − (Σ mod 11)}, digit = {@code r mod 10} (../shared/docs/sunat.md §9).</li>
 *   <li>Carné de extranjería: 9 to 12 letters or digits (Migraciones issues 9 digits; older cards
 *       and SUNAT's field allow up to 12 alphanumerics).</li>
 *   <li>Passport: 6 to 12 letters or digits (ICAO document numbers, SUNAT's field length).</li>
 * </ul>
 * Spaces, dots and hyphens typed inside a number are dropped and letters upper-cased first.
 */
public final class IdentityDocuments {

    private static final Pattern DNI = Pattern.compile("\\d{8}");
    private static final Pattern CE = Pattern.compile("[A-Z0-9]{9,12}");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{6,12}");

    /** Why a number is refused: a message key of the customer bundle and its arguments. */
    public record Refusal(String messageKey, Object... args) {
    }

    private IdentityDocuments() {
    }

    /** The number as stored: without blanks, dots and hyphens, upper case; null for a blank one. */
    public static String normalize(String number) {
        if (number == null) {
            return null;
        }
        String n = number.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        return n.isEmpty() ? null : n;
    }

    /** Null when {@code number} (already {@link #normalize normalized}) is a valid document of that type. */
    public static Refusal refusal(IdentityDocumentType type, String number) {
        if (type == null) {
            return new Refusal("customer.doc.typeRequired");
        }
        if (number == null || number.isBlank()) {
            return new Refusal("customer.doc.numberRequired");
        }
        return switch (type) {
            case DNI -> DNI.matcher(number).matches() ? null : new Refusal("customer.doc.dni");
            case RUC -> rucRefusal(number);
            case CE -> CE.matcher(number).matches() ? null : new Refusal("customer.doc.ce");
            case PASSPORT -> PASSPORT.matcher(number).matches() ? null : new Refusal("customer.doc.passport");
        };
    }

    public static boolean isValid(IdentityDocumentType type, String number) {
        return refusal(type, normalize(number)) == null;
    }

    /** The RUC rule is shared with invoicing: {@link pe.colca.common.Ruc}. */
    private static Refusal rucRefusal(String ruc) {
        pe.colca.common.Ruc.Problem problem = pe.colca.common.Ruc.problem(ruc);
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case LENGTH -> new Refusal("customer.doc.ruc.length");
            case PREFIX -> new Refusal("customer.doc.ruc.prefix", ruc.substring(0, 2));
            case CHECK_DIGIT -> new Refusal("customer.doc.ruc.checkDigit", ruc,
                    String.valueOf(rucCheckDigit(ruc.substring(0, 10))));
        };
    }

    /** The check digit of the first ten digits of a RUC ({@link pe.colca.common.Ruc#checkDigit}). */
    public static int rucCheckDigit(String firstTen) {
        return pe.colca.common.Ruc.checkDigit(firstTen);
    }
}
