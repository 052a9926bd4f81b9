package pe.colca.invoicing.reconcile;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import pe.colca.invoicing.reconcile.ReconciliationRules.DocumentFact;
import pe.colca.invoicing.reconcile.ReconciliationRules.SunatAnswer;

/**
 * What the job {@value ReconciliationService#JOB} does, step by step, for its batch artifacts (no user: open
 * to the server). Each call joins the chunk's transaction, except {@link #consult}, which runs outside any
 * (SUNAT's answer may take the whole timeout).
 */
@Local
public interface ReconciliationWork {

    /** A document of a run to ask SUNAT about. */
    record ConsultItem(long runId, int companyId, DocumentFact document, BigDecimal amount) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A document and what SUNAT answered for it. */
    record Consulted(ConsultItem item, SunatAnswer answer) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The companies to reconcile on {@code day}: {@code companyId}, or every active one and any with documents that day. */
    List<Integer> companies(LocalDate day, Integer companyId);

    /**
     * The job instance takes the company's run of the day over (creating it, or clearing its earlier report)
     * and checks every paid order and return of the day against its documents; the run's id.
     */
    long prepare(int companyId, LocalDate day, long instanceId, long executionId);

    /** The runs the job instance owns, by id. */
    List<Long> runsOf(long instanceId);

    /** The next documents of the run's company and day after {@code afterDocumentId}, by id; empty at the end or when the run is not the instance's. */
    List<ConsultItem> documents(long runId, long instanceId, long afterDocumentId, int limit);

    /** Asks SUNAT's consult service about each document (outside any transaction); never throws for SUNAT. */
    List<Consulted> consult(List<ConsultItem> items);

    /** Stores the differences SUNAT's answers show, for the runs the instance still owns. */
    void record(List<Consulted> answers, long instanceId);

    /** Completes the instance's running runs and notifies those with differences; how many differences in all. */
    int finish(long instanceId);

    /** The job execution failed: its running runs are FAILED until a restart. */
    void failed(long instanceId, String why);

    /** A restarted execution takes its failed runs back. */
    void resumed(long instanceId, long executionId);
}
