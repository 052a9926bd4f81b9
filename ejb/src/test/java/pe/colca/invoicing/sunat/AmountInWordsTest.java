package pe.colca.invoicing.sunat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Note 1000 texts (ICU Spanish spellout). */
class AmountInWordsTest {

    private static String words(String amount) {
        return AmountInWords.of(new BigDecimal(amount), "PEN");
    }

    @Test
    @DisplayName("the brief's example and the usual shapes")
    void spanishWords() {
        assertEquals("SON CIENTO VEINTE CON 50/100 SOLES", words("120.50"));
        assertEquals("SON DOSCIENTOS TREINTA Y SEIS CON 00/100 SOLES", words("236"));
        assertEquals("SON CERO CON 99/100 SOLES", words("0.99"));
        assertEquals("SON CIEN CON 00/100 SOLES", words("100.00"));
        assertEquals("SON VEINTIUNO CON 05/100 SOLES", words("21.05"));
        assertEquals("SON MIL DOSCIENTOS TREINTA Y CUATRO CON 50/100 SOLES", words("1234.5"));
        assertEquals("SON UN MILLÓN DOSCIENTOS MIL CON 00/100 SOLES", words("1200000"));
        assertEquals("SON DIECISÉIS CON 00/100 DÓLARES AMERICANOS", AmountInWords.of(new BigDecimal("16"), "USD"));
    }

    @Test
    @DisplayName("a third céntimo is rounded half up, a negative amount is refused")
    void roundingAndRefusal() {
        assertEquals("SON DIEZ CON 13/100 SOLES", words("10.125"));
        assertThrows(IllegalArgumentException.class, () -> words("-1"));
    }
}
