package pe.colca.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BarcodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"4006381333931", "7750885000192", "7751271001236", "96385074", "55123457", "036000291452",
            "012345678905"})
    @DisplayName("valid EAN-13, EAN-8 and UPC-A check digits are accepted")
    void validCheckDigits(String code) {
        assertTrue(Barcode.hasValidCheckDigit(code), code);
        assertEquals(code, Barcode.normalize(" " + code + " ", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4006381333932", "7750885000190", "96385075", "036000291453", "012345678900"})
    @DisplayName("a wrong check digit is an InvalidBarcode naming the field")
    void wrongCheckDigit(String code) {
        assertFalse(Barcode.hasValidCheckDigit(code), code);
        InvalidBarcode e = assertThrows(InvalidBarcode.class, () -> Barcode.normalize(code, true));
        assertEquals("invalid-barcode", e.type());
        assertTrue(e.fieldErrors().containsKey("barcode"));
        assertTrue(e.getMessage().contains("dígito verificador"), e.getMessage());
    }

    @Test
    @DisplayName("symbology is recognised by length: 13 EAN-13, 12 UPC-A, 8 EAN-8, anything else OTHER")
    void symbology() {
        assertEquals(Barcode.Symbology.EAN_13, Barcode.symbologyOf("4006381333931"));
        assertEquals(Barcode.Symbology.UPC_A, Barcode.symbologyOf("036000291452"));
        assertEquals(Barcode.Symbology.EAN_8, Barcode.symbologyOf("96385074"));
        assertEquals(Barcode.Symbology.OTHER, Barcode.symbologyOf("ABC-123"));
        assertEquals(Barcode.Symbology.OTHER, Barcode.symbologyOf("1234567"));
    }

    @Test
    @DisplayName("other symbologies only when the setting allows them, and never with spaces or control characters")
    void otherSymbologies() {
        assertThrows(InvalidBarcode.class, () -> Barcode.normalize("CODE128-XYZ", false));
        assertEquals("CODE128-XYZ", Barcode.normalize("CODE128-XYZ", true));
        assertThrows(InvalidBarcode.class, () -> Barcode.normalize("A B", true));
        assertThrows(InvalidBarcode.class, () -> Barcode.normalize("x".repeat(61), true));
    }

    @Test
    @DisplayName("a blank barcode means none")
    void blankIsNone() {
        assertNull(Barcode.normalize(null, false));
        assertNull(Barcode.normalize("  ", false));
    }
}
