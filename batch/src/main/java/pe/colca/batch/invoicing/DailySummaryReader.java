package pe.colca.batch.invoicing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import pe.colca.invoicing.DailySummaries;
import pe.colca.invoicing.DailySummaries.DueDay;

/**
 * Reads the company and issue-date pairs with boletas to summarize, issued up to the job parameter
 * {@code upTo} ({@code yyyy-MM-dd}, default yesterday in Lima). The checkpoint is the number of pairs
 * done in committed chunks; a restart reads the list again and goes on after them (a pair done twice
 * writes nothing: its documents are already in a summary).
 */
@Named
@Dependent
public class DailySummaryReader extends AbstractItemReader {

    @EJB
    private DailySummaries summaries;

    @Inject
    @BatchProperty
    private String upTo;

    private List<DueDay> days;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        LocalDate day = upTo == null || upTo.isBlank() ? LocalDate.now(ZoneId.of("America/Lima")).minusDays(1)
                : LocalDate.parse(upTo.strip());
        days = summaries.dueDays(day);
        next = checkpoint == null ? 0 : Math.min((Integer) checkpoint, days.size());
    }

    @Override
    public Object readItem() {
        return next < days.size() ? days.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
