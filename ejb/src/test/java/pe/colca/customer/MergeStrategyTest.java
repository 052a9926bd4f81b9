package pe.colca.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.common.InvalidInput;

@DisplayName("Merge strategy: which value survives, field by field")
class MergeStrategyTest {

    private static final Instant THEN = Instant.parse("2025-01-02T15:00:00Z");

    private final MergeValues survivor = new MergeValues(IdentityDocumentType.DNI, "46779354", "Juan Pérez",
            "juan@example.pe", "+51987654321", LocalDate.of(1990, 5, 17), Gender.M, CustomerSegment.REGULAR,
            false, null, null, null);
    private final MergeValues absorbed = new MergeValues(IdentityDocumentType.RUC, "10467793541", "JUAN PEREZ QUISPE",
            null, "+51912345678", null, null, CustomerSegment.VIP, true, ConsentChannel.WHATSAPP, THEN, 7L);

    @Test
    @DisplayName("no choice: every value is the survivor's")
    void survivorByDefault() {
        assertEquals(survivor, MergeStrategy.survivorWins().apply(survivor, absorbed));
        assertEquals(survivor, MergeStrategy.parse(Map.of(), Locale.ROOT).apply(survivor, absorbed));
        assertEquals(survivor, MergeStrategy.parse(null, Locale.ROOT).apply(survivor, absorbed));
    }

    @Test
    @DisplayName("each chosen field comes from the absorbed customer, even when his value is empty")
    void chosenFieldsFromAbsorbed() {
        MergeValues r = MergeStrategy.parse(Map.of("fullName", "absorbed", "email", "ABSORBED", "segment", "ABSORBED",
                "phone", "SURVIVOR"), Locale.ROOT).apply(survivor, absorbed);
        assertEquals("JUAN PEREZ QUISPE", r.fullName());
        assertNull(r.email(), "the absorbed customer's empty email was chosen");
        assertEquals(CustomerSegment.VIP, r.segment());
        assertEquals("+51987654321", r.phone());
        assertEquals(IdentityDocumentType.DNI, r.docType());
        assertEquals("46779354", r.docNumber());
        assertEquals(LocalDate.of(1990, 5, 17), r.birthDate());
        assertEquals(Gender.M, r.gender());
        assertFalse(r.marketingConsent());
    }

    @Test
    @DisplayName("the document moves as type and number together; the consent with channel, date and who")
    void groupedFields() {
        MergeValues r = MergeStrategy.of(Map.of(MergeField.DOCUMENT, MergeSide.ABSORBED,
                MergeField.MARKETING_CONSENT, MergeSide.ABSORBED)).apply(survivor, absorbed);
        assertEquals(IdentityDocumentType.RUC, r.docType());
        assertEquals("10467793541", r.docNumber());
        assertTrue(r.marketingConsent());
        assertEquals(ConsentChannel.WHATSAPP, r.consentChannel());
        assertEquals(THEN, r.consentAt());
        assertEquals(7L, r.consentBy());
        assertEquals("Juan Pérez", r.fullName());
    }

    @Test
    @DisplayName("the stored strategy names every field with its side")
    void json() {
        Map<String, Object> json = MergeStrategy.parse(Map.of("birthDate", "ABSORBED"), Locale.ROOT).asJson();
        assertEquals(MergeField.values().length, json.size());
        assertEquals("ABSORBED", json.get("birthDate"));
        assertEquals("SURVIVOR", json.get("document"));
        assertEquals("SURVIVOR", json.get("marketingConsent"));
    }

    @Test
    @DisplayName("an unknown field or side is refused, naming it")
    void refusals() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("nickname", "ABSORBED");
        raw.put("email", "BOTH");
        InvalidInput e = assertThrows(InvalidInput.class, () -> MergeStrategy.parse(raw, Locale.ROOT));
        assertTrue(e.fieldErrors().containsKey("strategy.nickname"), e.fieldErrors().toString());
        assertTrue(e.fieldErrors().containsKey("strategy.email"), e.fieldErrors().toString());
    }
}
