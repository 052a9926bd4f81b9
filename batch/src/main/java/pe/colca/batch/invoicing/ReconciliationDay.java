package pe.colca.batch.invoicing;

import java.time.LocalDate;
import java.time.ZoneId;

/** The day the reconciliation job checks: its parameter {@code day} ({@code yyyy-MM-dd}), else yesterday in Lima. */
final class ReconciliationDay {

    private ReconciliationDay() {
    }

    static LocalDate of(String parameter) {
        return parameter == null || parameter.isBlank() ? LocalDate.now(ZoneId.of("America/Lima")).minusDays(1)
                : LocalDate.parse(parameter.strip());
    }
}
