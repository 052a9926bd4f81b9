package pe.colca.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import pe.colca.common.Messages;

class IdentityDocumentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"20512333797", "20000000001", "10467793549", "20100070970", "20131312955",
            "15000000008", "17000000001", "16000000004"})
    void validRucs(String ruc) {
        assertNull(IdentityDocuments.refusal(IdentityDocumentType.RUC, ruc), ruc);
    }

    @Test
    void workedExampleOfSunatDocs() {
        // 2·5+0·4+5·3+1·2+2·7+3·6+3·5+3·4+7·3+9·2 = 125; 125 mod 11 = 4; 11 - 4 = 7
        assertEquals(7, IdentityDocuments.rucCheckDigit("2051233379"));
        assertEquals(1, IdentityDocuments.rucCheckDigit("2000000000")); // 11 - 10 = 1
    }

    @Test
    void checkDigitWrapsModTen() {
        // Σ mod 11 = 1 → r = 10 → digit 0; Σ mod 11 = 0 → r = 11 → digit 1
        assertEquals(0, (11 - 1) % 10);
        for (String ten : new String[] {"1046779354", "2010007097"}) {
            int d = IdentityDocuments.rucCheckDigit(ten);
            assertNull(IdentityDocuments.refusal(IdentityDocumentType.RUC, ten + d));
        }
    }

    @Test
    void wrongCheckDigitIsNamedWithTheExpectedDigit() {
        IdentityDocuments.Refusal r = IdentityDocuments.refusal(IdentityDocumentType.RUC, "20512333798");
        assertNotNull(r);
        assertEquals("customer.doc.ruc.checkDigit", r.messageKey());
        String es = Messages.format(Messages.DEFAULT_LOCALE, r.messageKey(), r.args());
        String en = Messages.format(Locale.ENGLISH, r.messageKey(), r.args());
        assertEquals(true, es.contains("dígito verificador") && es.contains("7"), es);
        assertEquals(true, en.contains("check digit") && en.contains("7"), en);
    }

    @ParameterizedTest
    @CsvSource({"2051233379,customer.doc.ruc.length", "205123337970,customer.doc.ruc.length",
            "2051233379A,customer.doc.ruc.length", "30512333797,customer.doc.ruc.prefix",
            "11000000001,customer.doc.ruc.prefix", "20512333790,customer.doc.ruc.checkDigit"})
    void invalidRucs(String ruc, String key) {
        assertEquals(key, IdentityDocuments.refusal(IdentityDocumentType.RUC, ruc).messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"46779354", "00000001", "12345678"})
    void validDnis(String dni) {
        assertNull(IdentityDocuments.refusal(IdentityDocumentType.DNI, dni));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4677935", "467793541", "4677935A", "ABCDEFGH"})
    void invalidDnis(String dni) {
        assertEquals("customer.doc.dni", IdentityDocuments.refusal(IdentityDocumentType.DNI, dni).messageKey());
    }

    @Test
    void ceAndPassportFormats() {
        assertNull(IdentityDocuments.refusal(IdentityDocumentType.CE, "001234567"));
        assertNull(IdentityDocuments.refusal(IdentityDocumentType.CE, "E12345678901".substring(0, 12)));
        assertEquals("customer.doc.ce", IdentityDocuments.refusal(IdentityDocumentType.CE, "12345678").messageKey());
        assertEquals("customer.doc.ce", IdentityDocuments.refusal(IdentityDocumentType.CE, "1234567890123").messageKey());
        assertNull(IdentityDocuments.refusal(IdentityDocumentType.PASSPORT, "AB123456"));
        assertEquals("customer.doc.passport",
                IdentityDocuments.refusal(IdentityDocumentType.PASSPORT, "AB12").messageKey());
        assertEquals("customer.doc.passport",
                IdentityDocuments.refusal(IdentityDocumentType.PASSPORT, "AB-12345").messageKey());
    }

    @Test
    void normalizeDropsSeparatorsAndUpperCases() {
        assertEquals("20512333797", IdentityDocuments.normalize(" 20-51233379.7 "));
        assertEquals("AB123456", IdentityDocuments.normalize("ab 123456"));
        assertNull(IdentityDocuments.normalize("  "));
        assertEquals(true, IdentityDocuments.isValid(IdentityDocumentType.RUC, "20 512 333 797"));
    }

    @Test
    void missingTypeOrNumber() {
        assertEquals("customer.doc.typeRequired", IdentityDocuments.refusal(null, "1").messageKey());
        assertEquals("customer.doc.numberRequired",
                IdentityDocuments.refusal(IdentityDocumentType.DNI, null).messageKey());
        assertThrows(IllegalArgumentException.class, () -> IdentityDocuments.rucCheckDigit("123"));
    }

    @Test
    void everyKeyHasSpanishAndEnglishText() {
        for (String key : new String[] {"customer.doc.typeRequired", "customer.doc.numberRequired", "customer.doc.dni",
                "customer.doc.ruc.length", "customer.doc.ruc.prefix", "customer.doc.ruc.checkDigit",
                "customer.doc.ce", "customer.doc.passport", "customer.phone.invalid"}) {
            String es = Messages.format(Messages.DEFAULT_LOCALE, key, "x", "y");
            String en = Messages.format(Locale.ENGLISH, key, "x", "y");
            assertEquals(false, es.equals(key), key + " es");
            assertEquals(false, en.equals(key), key + " en");
            assertEquals(false, es.equals(en), key + " translated");
        }
    }
}
