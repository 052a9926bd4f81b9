package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void amountsAreSolesWithCommaGroupingAndTwoDecimals() {
        assertEquals("S/ 1,234.50", formats.money(new BigDecimal("1234.5")));
        assertEquals("S/ 0.00", formats.money(BigDecimal.ZERO));
        assertEquals("S/ 1,000,000.01", formats.money(new BigDecimal("1000000.005")));
        assertEquals("-S/ 12.35", formats.money(new BigDecimal("-12.345")));
        assertEquals("", formats.money(null));
    }

    @Test
    void countsUseGroupingAndADashWhenMissing() {
        assertEquals("12,345", formats.count(12345L));
        assertEquals("0", formats.count(0L));
        assertEquals("—", formats.count(null));
    }

    @Test
    void instantsAreShownInLimaTime() {
        // 03:30 UTC on 1 March is 22:30 on 28 February in Lima (UTC-5)
        Instant instant = Instant.parse("2025-03-01T03:30:00Z");
        String text = formats.dateTime(instant);
        assertTrue(text.startsWith("28 ") && text.endsWith("2025 22:30"), text);
        assertEquals("22:30", formats.time(instant));
        assertEquals("05/01/2025", formats.date(LocalDate.of(2025, 1, 5)));
    }

    @Test
    void theBrowsersFirstSupportedLanguageWinsElseSpanish() {
        assertEquals(LocaleBean.ENGLISH, LocaleBean.negotiate(List.of(Locale.US, Locale.FRANCE).iterator()));
        assertEquals(LocaleBean.SPANISH, LocaleBean.negotiate(List.of(Locale.FRANCE, new Locale("es", "MX")).iterator()));
        assertEquals(LocaleBean.SPANISH, LocaleBean.negotiate(Collections.emptyIterator()));
        assertEquals(LocaleBean.ENGLISH, LocaleBean.parse("en"));
        assertEquals(null, LocaleBean.parse("qu"));
    }

    @Test
    void langIsReadFromTheQueryStringOnly() {
        assertEquals("en", RequestMetadataFilter.queryParameter("a=1&lang=en", "lang"));
        assertEquals(null, RequestMetadataFilter.queryParameter("language=en", "lang"));
        assertEquals(null, RequestMetadataFilter.queryParameter(null, "lang"));
    }
}
