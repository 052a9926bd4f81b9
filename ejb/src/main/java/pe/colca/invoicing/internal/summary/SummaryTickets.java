package pe.colca.invoicing.internal.summary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import pe.colca.common.BusinessException;
import pe.colca.settings.Settings;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.CompanyCredentials;
import pe.colca.invoicing.DocumentEvent;
import pe.colca.invoicing.ElectronicDocument;
import pe.colca.invoicing.SummaryKind;
import pe.colca.invoicing.SummaryLine;
import pe.colca.invoicing.SummaryStatus;
import pe.colca.invoicing.SunatEndpoint;
import pe.colca.invoicing.SunatStatus;
import pe.colca.invoicing.SunatSummary;
import pe.colca.invoicing.VoidedDocument;
import pe.colca.invoicing.internal.gateway.DocumentFiles;
import pe.colca.invoicing.internal.gateway.SunatGateway;
import pe.colca.invoicing.internal.gateway.SunatRefused;
import pe.colca.invoicing.internal.gateway.SunatUnreachable;
import pe.colca.invoicing.sunat.SummaryDocument;
import pe.colca.invoicing.sunat.SummaryWriter;
import pe.colca.invoicing.sunat.XmlSigner;

/**
 * Moves one summary a step, in a transaction of its own that claims its row with
 * {@code FOR UPDATE SKIP LOCKED} (so the {@code sunat.status} consumer, the minute sweep and other nodes
 * never work on it at once, and a duplicated or late nudge is harmless): a {@code NEW} or {@code ERROR}
 * summary is written, signed, stored and sent with sendSummary (its ticket stored); a {@code SENT} one is
 * polled with getStatus — 98 polls again after a growing wait (5 s, 10 s … 10 min), 0 stores the CDR and
 * accepts every line (a boleta or note ACCEPTED, a voided document VOIDED), 99 stores the CDR and rejects
 * the summary: the lines SUNAT named are flagged for a person, the others go back to PENDING for the next
 * summary (nothing of a rejected summary was informed). A ticket SUNAT does not know (0127) or still in
 * process after {@code invoicing.ticket.max_age_hours} (V36) is lost: the summary ends EXPIRED for a person,
 * its boletas go back to the next summary and its voiding can be asked again. Everything it needs is in the
 * database, so a restart only delays it.
 */
@Stateless
@PermitAll
public class SummaryTickets {

    private static final Logger LOG = Logger.getLogger(SummaryTickets.class.getName());
    private static final Duration FIRST_POLL = Duration.ofSeconds(2);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** SUNAT's "El ticket no existe". */
    static final int TICKET_UNKNOWN = 127;
    /** V36: hours a ticket may stay in process (98) before it is taken as lost. */
    static final String MAX_AGE_HOURS = "invoicing.ticket.max_age_hours";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CompanyCredentials credentials;

    @EJB
    private SummaryContent content;

    @EJB
    private Settings settings;

    private final SummaryWriter writer = new SummaryWriter();
    private final XmlSigner signer = new XmlSigner();

    /** The ids of the summaries due now (to send or to poll), oldest due first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Long> due(int limit) {
        List<Number> ids = em.createNativeQuery("SELECT id FROM sunat_summaries WHERE status IN ('NEW', 'SENT', 'ERROR')"
                        + " AND (next_poll_at IS NULL OR next_poll_at <= now()) ORDER BY next_poll_at NULLS FIRST, id")
                .setMaxResults(limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * One step of the summary, if it is due and nobody else holds it.
     *
     * @return when it should be looked at again (null: final, not due, or held elsewhere)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Instant advance(long summaryId) {
        List<?> claimed = em.createNativeQuery("SELECT id FROM sunat_summaries WHERE id = :id"
                        + " AND status IN ('NEW', 'SENT', 'ERROR') FOR UPDATE SKIP LOCKED")
                .setParameter("id", summaryId).getResultList();
        if (claimed.isEmpty()) {
            return null;
        }
        SunatSummary summary = em.find(SunatSummary.class, summaryId);
        em.refresh(summary);
        Instant now = Instant.now();
        if (!summary.isDue(now)) {
            return summary.getNextPollAt();
        }
        return summary.getStatus() == SummaryStatus.SENT ? poll(summary, now) : send(summary, now);
    }

    private Instant send(SunatSummary summary, Instant now) {
        Company company = em.find(Company.class, summary.getCompanyId());
        List<SummaryLine> lines = lines(summary.getId());
        Map<Long, ElectronicDocument> documents = documents(lines);
        SunatGateway.Endpoint endpoint;
        byte[] zip;
        String base;
        if (!company.hasCertificate()) {
            // checked here: the credentials bean's refusal would doom this transaction (BusinessException rolls back)
            return summary.sendFailed("la empresa " + company.getRuc() + " no tiene certificado digital", now);
        }
        try {
            SummaryDocument doc = document(summary, company, lines, documents);
            base = doc.fileName();
            XmlSigner.SignedXml signed = signer.sign(writer.write(doc), credentials.signing(company.getId()),
                    credentials.algorithm(), now);
            Path xml = DocumentFiles.store(base, DocumentFiles.Kind.XML, signed.xml());
            summary.stored(xml.toString());
            zip = DocumentFiles.zip(base, signed.xml());
            DocumentFiles.store(base, DocumentFiles.Kind.ZIP, zip);
            endpoint = endpoint(company);
        } catch (RuntimeException e) {
            // an expired certificate, no SOL user, content SUNAT would refuse: a person fixes it, then it goes
            return summary.sendFailed(e.getMessage(), now);
        }
        try {
            String ticket = SunatGateway.sendSummary(endpoint, base + ".zip", zip);
            summary.sent(ticket, now, now.plus(FIRST_POLL));
            for (VoidedDocument v : voidings(lines)) {
                v.ticketed(ticket);
            }
            return summary.getNextPollAt();
        } catch (SunatUnreachable e) {
            return summary.sendFailed(e.getMessage(), now);
        } catch (SunatRefused e) {
            if (e.isException()) {
                return summary.sendFailed(e.code() + " " + e.getMessage(), now);
            }
            String code = String.format("%04d", e.code());
            summary.answered(false, code, e.getMessage(), null, now);
            rejectLines(summary, lines, documents, code, e.getMessage(), Map.of(), now);
            return null;
        }
    }

    private Instant poll(SunatSummary summary, Instant now) {
        Company company = em.find(Company.class, summary.getCompanyId());
        SunatGateway.TicketAnswer answer;
        try {
            answer = SunatGateway.getStatus(endpoint(company), summary.getTicket());
        } catch (SunatUnreachable | BusinessException | IllegalStateException e) {
            return summary.stillProcessing(e.getMessage(), now);
        } catch (SunatRefused e) {
            if (e.code() == TICKET_UNKNOWN) {
                // SUNAT does not know the ticket: it will never answer it; the file was not processed
                lost(summary, "0127", "SUNAT no reconoce el ticket " + summary.getTicket() + " (0127 "
                        + e.getMessage() + ")", now);
                return null;
            }
            return summary.stillProcessing(e.code() + " " + e.getMessage(), now);
        }
        if (answer.inProcess()) {
            Duration maxAge = Duration.ofHours(Math.max(1, settings.integer(MAX_AGE_HOURS)));
            Instant sent = summary.getSentAt() == null ? summary.getCreatedAt() : summary.getSentAt();
            if (sent != null && sent.plus(maxAge).isBefore(now)) {
                lost(summary, "98", "El ticket " + summary.getTicket() + " sigue en proceso después de "
                        + maxAge.toHours() + " h (" + MAX_AGE_HOURS + ")", now);
                return null;
            }
            return summary.stillProcessing("98", now);
        }
        String base = company.getRuc() + "-" + summary.getIdentifier();
        SummaryCdr cdr;
        try {
            cdr = SummaryCdr.read(answer.cdrZip());
        } catch (IllegalArgumentException e) {
            return summary.stillProcessing("CDR ilegible: " + e.getMessage(), now);
        }
        Path cdrPath = DocumentFiles.store(base, DocumentFiles.Kind.CDR, answer.cdrZip());
        List<SummaryLine> lines = lines(summary.getId());
        Map<Long, ElectronicDocument> documents = documents(lines);
        boolean accepted = "0".equals(answer.statusCode()) && cdr.file().responseCode() == 0;
        String code = accepted ? "0" : String.format("%04d", cdr.file().responseCode());
        summary.answered(accepted, code, cdr.file().description(), cdrPath.toString(), now);
        if (accepted) {
            acceptLines(summary, lines, documents, cdr.file().description(), cdrPath.toString(), now);
        } else {
            rejectLines(summary, lines, documents, code, cdr.file().description(), cdr.failures(), now);
        }
        return null;
    }

    private void acceptLines(SunatSummary summary, List<SummaryLine> lines, Map<Long, ElectronicDocument> documents,
                             String description, String cdrPath, Instant now) {
        Map<Long, VoidedDocument> voidings = byDocument(voidings(lines));
        for (SummaryLine line : lines) {
            line.accepted();
            ElectronicDocument d = documents.get(line.getDocumentId());
            boolean voiding = summary.getKind() == SummaryKind.RA || Integer.valueOf(3).equals(line.getConditionCode());
            if (voiding) {
                if (d.getSunatStatus() != SunatStatus.VOIDED) {
                    d.voidedBySunat("Anulado por " + summary.getIdentifier(), now);
                }
                VoidedDocument v = voidings.get(d.getId());
                if (v != null) {
                    v.answered(true, description, now);
                }
                em.persist(new DocumentEvent(d.getId(), now, SunatStatus.VOIDED, "0",
                        "Baja aceptada en " + summary.getIdentifier(), null));
            } else if (d.getSunatStatus() == SunatStatus.SENT) {
                d.acceptedInSummary(description, cdrPath, now);
                em.persist(new DocumentEvent(d.getId(), now, SunatStatus.ACCEPTED, "0",
                        "Aceptado en el resumen diario " + summary.getIdentifier(), null));
            }
        }
    }

    private void rejectLines(SunatSummary summary, List<SummaryLine> lines, Map<Long, ElectronicDocument> documents,
                             String code, String message, Map<String, SummaryCdr.Failure> failures, Instant now) {
        Map<Long, VoidedDocument> voidings = byDocument(voidings(lines));
        for (SummaryLine line : lines) {
            ElectronicDocument d = documents.get(line.getDocumentId());
            SummaryCdr.Failure failure = failures.get(d.number());
            // without a line named, SUNAT refused the whole file for itself: every line waits for a person
            boolean failed = failure != null || failures.isEmpty();
            String lineCode = failure != null ? failure.code() : failed ? code : null;
            String lineMessage = failure != null ? failure.message() : failed ? message : null;
            line.rejected(lineCode, lineMessage);
            String error = summary.getIdentifier() + " rechazado" + (lineCode == null ? "" : " (" + lineCode + ")")
                    + (lineMessage == null ? "" : ": " + lineMessage);
            boolean voiding = summary.getKind() == SummaryKind.RA || Integer.valueOf(3).equals(line.getConditionCode());
            if (voiding) {
                VoidedDocument v = voidings.get(d.getId());
                if (v != null) {
                    if (v.getStatus() == pe.colca.invoicing.VoidStatus.PENDING) {
                        v.ticketed(summary.getTicket() == null ? "-" : summary.getTicket());
                    }
                    v.answered(false, error, now);
                }
                d.flagAttention(error);
                em.persist(new DocumentEvent(d.getId(), now, d.getSunatStatus(), lineCode, "Baja rechazada: " + error, null));
            } else if (d.getSunatStatus() == SunatStatus.SENT) {
                d.summaryRejected(error, failed, now);
                em.persist(new DocumentEvent(d.getId(), now, SunatStatus.PENDING, lineCode, error, null));
            }
        }
    }

    /**
     * The ticket is lost (0127, or in process past the maximum age): the summary ends EXPIRED for a person;
     * its lines are closed as rejected (so nothing holds the documents), its boletas and notes go back to
     * PENDING for the next summary, and its voiding ends REJECTED (the document waits in Atención and can
     * be voided again, by a new RA/RC id).
     */
    private void lost(SunatSummary summary, String code, String why, Instant now) {
        summary.expired(code, why, now);
        List<SummaryLine> lines = lines(summary.getId());
        Map<Long, ElectronicDocument> documents = documents(lines);
        Map<Long, VoidedDocument> voidings = byDocument(voidings(lines));
        String error = summary.getIdentifier() + ": " + why;
        for (SummaryLine line : lines) {
            line.rejected(code, why.length() > 500 ? why.substring(0, 500) : why);
            ElectronicDocument d = documents.get(line.getDocumentId());
            boolean voiding = summary.getKind() == SummaryKind.RA || Integer.valueOf(3).equals(line.getConditionCode());
            if (voiding) {
                VoidedDocument v = voidings.get(d.getId());
                if (v != null && (v.getStatus() == pe.colca.invoicing.VoidStatus.SENT
                        || v.getStatus() == pe.colca.invoicing.VoidStatus.PENDING)) {
                    v.ticketed(summary.getTicket());
                    v.answered(false, error, now);
                }
                d.flagAttention("Baja sin respuesta de SUNAT, puede solicitarse de nuevo: " + error);
                em.persist(new DocumentEvent(d.getId(), now, d.getSunatStatus(), code, "Baja sin respuesta: " + error, null));
            } else if (d.getSunatStatus() == SunatStatus.SENT) {
                d.summaryRejected(error, false, now);
                em.persist(new DocumentEvent(d.getId(), now, SunatStatus.PENDING, code,
                        error + "; vuelve al próximo resumen", null));
            }
        }
        LOG.warning("summary " + summary.getIdentifier() + " expired: " + why);
    }

    private SummaryDocument document(SunatSummary summary, Company company, List<SummaryLine> lines,
                                     Map<Long, ElectronicDocument> documents) {
        List<SummaryDocument.Line> rc = new ArrayList<>();
        List<SummaryDocument.VoidLine> ra = new ArrayList<>();
        Map<Long, VoidedDocument> voidings = byDocument(voidings(lines));
        for (SummaryLine line : lines) {
            ElectronicDocument d = documents.get(line.getDocumentId());
            if (summary.getKind() == SummaryKind.RA) {
                VoidedDocument v = voidings.get(d.getId());
                ra.add(new SummaryDocument.VoidLine(d.getDocumentTypeCode(), d.getSeries(), d.getCorrelativeNumber(),
                        v == null ? "Anulación de la operación" : v.getReason()));
            } else {
                ElectronicDocument referenced = d.getReferencedDocumentId() == null ? null
                        : em.find(ElectronicDocument.class, d.getReferencedDocumentId());
                rc.add(content.line(d, referenced, line.getConditionCode()));
            }
        }
        return new SummaryDocument(summary.getKind() == SummaryKind.RC ? SummaryDocument.Kind.RC : SummaryDocument.Kind.RA,
                summary.getIssueDate(), summary.getSequenceNumber(), summary.getReferenceDate(), company.getRuc(),
                company.getRazonSocial(), rc, ra);
    }

    private SunatGateway.Endpoint endpoint(Company company) {
        String address = company.getSunatEndpoint() == SunatEndpoint.SIMULATOR ? company.getSimulatorUrl()
                : company.getSunatEndpoint().billServiceUrl();
        if (address == null || address.isBlank()) {
            throw new IllegalStateException("la empresa " + company.getRuc() + " no tiene la dirección del simulador");
        }
        CompanyCredentials.SolLogin sol = credentials.sol(company.getId());
        if (sol == null) {
            throw new IllegalStateException("la empresa " + company.getRuc() + " no tiene usuario SOL");
        }
        return new SunatGateway.Endpoint(URI.create(address), sol.username(), sol.password(), TIMEOUT);
    }

    private List<SummaryLine> lines(long summaryId) {
        return em.createQuery("SELECT l FROM SummaryLine l WHERE l.summaryId = :id ORDER BY l.lineNumber", SummaryLine.class)
                .setParameter("id", summaryId).getResultList();
    }

    private Map<Long, ElectronicDocument> documents(List<SummaryLine> lines) {
        List<Long> ids = lines.stream().map(SummaryLine::getDocumentId).toList();
        return em.createQuery("SELECT d FROM ElectronicDocument d WHERE d.id IN :ids", ElectronicDocument.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(ElectronicDocument::getId, Function.identity()));
    }

    private List<VoidedDocument> voidings(List<SummaryLine> lines) {
        List<Long> ids = lines.stream().map(SummaryLine::getDocumentId).toList();
        return em.createQuery("SELECT v FROM VoidedDocument v WHERE v.documentId IN :ids", VoidedDocument.class)
                .setParameter("ids", ids).getResultList();
    }

    private static Map<Long, VoidedDocument> byDocument(List<VoidedDocument> voidings) {
        return voidings.stream().collect(Collectors.toMap(VoidedDocument::getDocumentId, Function.identity()));
    }
}
