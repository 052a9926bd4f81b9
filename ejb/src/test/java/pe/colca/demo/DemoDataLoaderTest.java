package pe.colca.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pe.colca.catalog.Barcode;

class DemoDataLoaderTest {

    @Test
    void demoBarcodesCarryAValidCheckDigit() {
        assertEquals("4006381333931", DemoDataLoader.ean13("400638133393"));
        for (int serial = 1; serial <= 20; serial++) {
            String code = DemoDataLoader.ean13("775" + String.format("%09d", 100_000 + serial));
            assertTrue(Barcode.hasValidCheckDigit(code), code);
        }
    }
}
