package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import pe.colca.common.Messages;

class ApiTextsTest {

    @Test
    void englishOnlyWhenTheClientPrefersEnglish() {
        assertEquals(Locale.ENGLISH, ApiTexts.locale("en"));
        assertEquals(Locale.ENGLISH, ApiTexts.locale("en-US,en;q=0.9,es;q=0.5"));
        assertEquals(Locale.ENGLISH, ApiTexts.locale("es;q=0.4, en-GB;q=0.8"));
        assertEquals(Messages.DEFAULT_LOCALE, ApiTexts.locale(null));
        assertEquals(Messages.DEFAULT_LOCALE, ApiTexts.locale(""));
        assertEquals(Messages.DEFAULT_LOCALE, ApiTexts.locale("es-PE,en;q=0.5"));
        assertEquals(Messages.DEFAULT_LOCALE, ApiTexts.locale("fr"));
        assertEquals(Messages.DEFAULT_LOCALE, ApiTexts.locale("*"));
        assertEquals(Messages.DEFAULT_LOCALE, ApiTexts.locale("eng"));
        assertEquals(Messages.DEFAULT_LOCALE, ApiTexts.locale("en;q=0"));
        assertEquals(Messages.DEFAULT_LOCALE, ApiTexts.locale(";;,"));
    }

    @Test
    void textsInBothLanguagesAndFallbackToTheDomainBundle() {
        assertEquals("Invalid input", ApiTexts.text(Locale.ENGLISH, "problem.invalid-input"));
        assertEquals("Datos no válidos", ApiTexts.text(Messages.DEFAULT_LOCALE, "problem.invalid-input"));
        assertEquals("Must be between 1 and 200.", ApiTexts.text(Locale.ENGLISH, "field.range", "1", "200"));
        assertEquals(Messages.format(Locale.ENGLISH, "error.forbidden"), ApiTexts.text(Locale.ENGLISH, "error.forbidden"));
        assertEquals(null, ApiTexts.optionalText(Locale.ENGLISH, "problem.no-such-type"));
    }
}
