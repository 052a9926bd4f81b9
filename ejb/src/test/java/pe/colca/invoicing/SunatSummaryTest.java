package pe.colca.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A summary's identifier, its ticket states and the backoff between polls. */
class SunatSummaryTest {

    private static final Instant NOW = Instant.parse("2026-12-04T14:00:00Z");

    @Test
    @DisplayName("identifier RC-YYYYMMDD-n of the generation day; NEW → SENT → ACCEPTED; nothing after the answer")
    void lifecycle() {
        SunatSummary s = new SunatSummary(1, SummaryKind.RC, LocalDate.parse("2026-12-04"), 12, LocalDate.parse("2026-12-03"), 3, null);
        assertEquals("RC-20261204-12", s.getIdentifier());
        assertTrue(s.isDue(NOW));
        s.sent("1733320000001", NOW, NOW.plusSeconds(2));
        assertEquals(SummaryStatus.SENT, s.getStatus());
        assertFalse(s.isDue(NOW));
        assertTrue(s.isDue(NOW.plusSeconds(2)));
        Instant next = s.stillProcessing("98", NOW);
        assertEquals(NOW.plusSeconds(5), next);
        assertEquals(NOW.plusSeconds(10), s.stillProcessing("98", NOW));
        s.answered(true, "0", "aceptado", "/x/R-1.zip", NOW);
        assertEquals(SummaryStatus.ACCEPTED, s.getStatus());
        assertFalse(s.isDue(NOW.plusSeconds(3600)));
        assertThrows(IllegalStateException.class, () -> s.sent("2", NOW, NOW));
        assertThrows(IllegalStateException.class, () -> s.answered(false, "99", "x", null, NOW));
    }

    @Test
    @DisplayName("backoff 5 s, 10 s, 20 s … at most 10 minutes; a failed send is ERROR and due again after it")
    void backoff() {
        assertEquals(Duration.ofSeconds(5), SunatSummary.backoff(1));
        assertEquals(Duration.ofSeconds(40), SunatSummary.backoff(4));
        assertEquals(SunatSummary.MAX_BACKOFF, SunatSummary.backoff(8));
        assertEquals(SunatSummary.MAX_BACKOFF, SunatSummary.backoff(1000));
        SunatSummary s = new SunatSummary(1, SummaryKind.RA, LocalDate.parse("2026-12-04"), 1, LocalDate.parse("2026-12-01"), 1, null);
        Instant next = s.sendFailed("no answer", NOW);
        assertEquals(SummaryStatus.ERROR, s.getStatus());
        assertEquals(NOW.plusSeconds(5), next);
        assertTrue(s.isDue(next));
    }
}
