package pe.colca.common;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The RUC (Registro Único de Contribuyentes) rule, shared by every area that judges one (customers,
 * invoicing companies): 11 digits, prefix 10 (person with business), 15, 16, 17 or 20 (companies), and
 * SUNAT's módulo 11 check digit: weights 5,4,3,2,7,6,5,4,3,2 on digits 1–10, {@code r = 11 − (Σ mod 11)},
 * digit = {@code r mod 10} (../shared/docs/sunat.md §9). Pure functions.
 */
public final class Ruc {

    private static final Pattern DIGITS = Pattern.compile("\\d{11}");
    private static final int[] WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    public static final Set<String> PREFIXES = Set.of("10", "15", "16", "17", "20");

    /** What is wrong with a RUC. */
    public enum Problem {
        /** Not 11 digits. */
        LENGTH,
        /** Not one of {@link #PREFIXES}. */
        PREFIX,
        /** The last digit is not the check digit. */
        CHECK_DIGIT
    }

    private Ruc() {
    }

    /** Null when {@code ruc} is valid, else the first rule it breaks. */
    public static Problem problem(String ruc) {
        if (ruc == null || !DIGITS.matcher(ruc).matches()) {
            return Problem.LENGTH;
        }
        if (!PREFIXES.contains(ruc.substring(0, 2))) {
            return Problem.PREFIX;
        }
        return ruc.charAt(10) - '0' == checkDigit(ruc.substring(0, 10)) ? null : Problem.CHECK_DIGIT;
    }

    public static boolean isValid(String ruc) {
        return problem(ruc) == null;
    }

    /** The check digit of the first ten digits of a RUC. */
    public static int checkDigit(String firstTen) {
        if (firstTen == null || firstTen.length() != 10 || !firstTen.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("ten digits expected: " + firstTen);
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (firstTen.charAt(i) - '0') * WEIGHTS[i];
        }
        return (11 - sum % 11) % 10;
    }
}
