package pe.colca.customer;

import java.util.regex.Pattern;

/**
 * Peruvian mobile numbers: nine digits starting with 9, stored in E.164 ({@code +51987654321}). What
 * people type is accepted with blanks, hyphens, dots and parentheses, with or without the country
 * code ({@code +51}, {@code 0051} or {@code 51} before the nine digits). Landlines are not mobile
 * numbers and are refused (the customer's phone is where SMS and WhatsApp go).
 */
public final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("9\\d{8}");

    private PhoneNumbers() {
    }

    /** The E.164 form, or null when {@code typed} is not a Peruvian mobile number (blank: null too). */
    public static String toE164(String typed) {
        if (typed == null) {
            return null;
        }
        String n = typed.replaceAll("[\\s().\\-]", "");
        if (n.startsWith("+51")) {
            n = n.substring(3);
        } else if (n.startsWith("0051")) {
            n = n.substring(4);
        } else if (n.length() == 11 && n.startsWith("51")) {
            n = n.substring(2);
        }
        return MOBILE.matcher(n).matches() ? "+51" + n : null;
    }

    public static boolean isBlank(String typed) {
        return typed == null || typed.isBlank();
    }

    /** {@code +51 987 654 321}, for screens. */
    public static String display(String e164) {
        if (e164 == null || !e164.startsWith("+51") || e164.length() != 12) {
            return e164;
        }
        return "+51 " + e164.substring(3, 6) + " " + e164.substring(6, 9) + " " + e164.substring(9);
    }
}
