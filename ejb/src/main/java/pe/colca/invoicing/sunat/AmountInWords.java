package pe.colca.invoicing.sunat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The amount of a document in words, as SUNAT's Note 1000 and the printed copy state it:
 * {@code SON CIENTO VEINTE CON 50/100 SOLES}. The words are ICU's Spanish spellout (never a hand-made
 * table); the céntimos are written as a fraction of 100.
 */
public final class AmountInWords {

    private static final Locale SPANISH = Locale.forLanguageTag("es-PE");
    /** ICU formatters are not thread-safe and costly to build: one per thread. */
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(new ULocale("es"), RuleBasedNumberFormat.SPELLOUT));

    private AmountInWords() {
    }

    /** E.g. {@code 120.50, "PEN"} → {@code SON CIENTO VEINTE CON 50/100 SOLES}. */
    public static String of(BigDecimal amount, String currency) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("an amount in words needs an amount of zero or more: " + amount);
        }
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        BigDecimal whole = rounded.setScale(0, RoundingMode.DOWN);
        int cents = rounded.subtract(whole).movePointRight(2).intValueExact();
        String words = SPELLOUT.get().format(whole.toBigIntegerExact()).toUpperCase(SPANISH);
        return "SON " + words + " CON " + String.format(Locale.ROOT, "%02d", cents) + "/100 " + currencyName(currency);
    }

    /** The currency's name in the plural, as it ends the text. */
    static String currencyName(String currency) {
        return switch (currency == null ? "PEN" : currency) {
            case "PEN" -> "SOLES";
            case "USD" -> "DÓLARES AMERICANOS";
            case "EUR" -> "EUROS";
            default -> currency;
        };
    }
}
