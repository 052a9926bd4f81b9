package pe.colca.invoicing.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.CompanyCredentials;
import pe.colca.invoicing.DocumentEvent;
import pe.colca.invoicing.ElectronicDocument;
import pe.colca.invoicing.SummaryDelivery;
import pe.colca.invoicing.SunatStatus;
import pe.colca.invoicing.internal.SunatTransmission.Prepared;
import pe.colca.invoicing.internal.SunatTransmission.Result;
import pe.colca.invoicing.internal.gateway.CdrAnswer;
import pe.colca.invoicing.internal.gateway.CdrReader;
import pe.colca.invoicing.internal.gateway.DocumentFiles;
import pe.colca.invoicing.sunat.SigningCredentials;
import pe.colca.invoicing.sunat.UblDocument;
import pe.colca.invoicing.sunat.UblWriter;
import pe.colca.invoicing.sunat.XmlSigner;
import pe.colca.settings.Settings;

/**
 * Turns pending electronic documents into documents SUNAT answered; used by the nudge consumer
 * ({@link SunatOutboundConsumer}, the ids of one nudge) and the sweep ({@link DocumentSendSweep}, every
 * due document). Per document, three steps, never holding a row lock across the network:
 * <ol>
 *   <li><b>Claim and prepare</b> (a short transaction): the {@link #CLAIM} — the one query through which
 *       every sender takes a document — moves a due row to {@code SENT} and counts the attempt, with
 *       {@code FOR UPDATE SKIP LOCKED}, so the consumer, the sweep and other nodes never send a row at
 *       once and a redelivered nudge for an answered document finds nothing to claim. Then the UBL is
 *       built ({@link DocumentContents}), signed ({@code hash_cpe}), stored and zipped under SUNAT's
 *       name; a resend reuses the stored signed XML, so a number always goes out with the same content.</li>
 *   <li><b>Send</b> outside any transaction ({@link SunatTransmission}): sendBill, and on 1033 the CDR from
 *       getStatusCdr instead of a second issue.</li>
 *   <li><b>Record</b> (a new transaction, only if the row is still this attempt's): the CDR stored and
 *       classified — accepted, observed, rejected (burnt, needs attention) — or a failed send: retried
 *       with exponential backoff ({@code next_attempt_at}) when worth it (timeouts, 503, SUNAT's
 *       exceptions), needing a person otherwise or after {@code invoicing.send.max_attempts} sends, then
 *       parked in {@code sunat.outbound.dlq}.</li>
 * </ol>
 * Every change writes a {@link DocumentEvent}. A document that cannot be built or signed (content,
 * certificate) needs a person at once. The state lives in the row, so a restart loses nothing: a row
 * left {@code SENT} by a dead node is claimed again after {@code invoicing.send.stuck_seconds}, and its
 * resend answers 1033 and is recovered.
 */
@Stateless
@PermitAll
public class DocumentSender {

    /**
     * The documents a sender may take: live, not waiting for a person, of an active company that can sign
     * and log in (certificate, SOL user and password, and an address when it uses the simulator; the
     * others wait {@code PENDING}, untouched), and either due ({@code PENDING}/{@code ERROR} whose
     * {@code next_attempt_at} has come) or {@code SENT} for longer than {@code :stuckBefore} allows.
     * The only filter of the claim and of the sweep (aliases {@code d} document, {@code c} company).
     */
    static final String CLAIMABLE = "d.deleted_at IS NULL AND NOT d.needs_attention"
            + " AND ((d.sunat_status IN ('PENDING', 'ERROR') AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= now()))"
            + " OR (d.sunat_status = 'SENT' AND d.sent_at < :stuckBefore))"
            + " AND c.is_active AND c.certificate_data IS NOT NULL AND c.sol_user IS NOT NULL AND c.sol_pass IS NOT NULL"
            + " AND (c.sunat_endpoint <> 'SIMULATOR' OR c.simulator_url IS NOT NULL)"
            // boletas of a company that sends them in the daily summary are the summary job's
            + " AND " + SummaryDelivery.SENT_BY_BILL;

    /** Takes one document for one send: {@code SENT}, one more attempt; answers the attempt number. */
    static final String CLAIM = "UPDATE electronic_documents SET sunat_status = 'SENT', attempts = attempts + 1,"
            + " sent_at = now() WHERE id = (SELECT d.id FROM electronic_documents d JOIN companies c ON c.id = d.company_id"
            + " WHERE d.id = :id AND " + CLAIMABLE + " FOR UPDATE OF d SKIP LOCKED) RETURNING attempts";

    private static final String DUE = "SELECT d.id FROM electronic_documents d JOIN companies c ON c.id = d.company_id"
            + " WHERE " + CLAIMABLE + " AND d.id > :after ORDER BY d.id LIMIT :n";

    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(DocumentSender.class.getName());

    /** What happened to one document. */
    public enum Outcome { ACCEPTED, OBSERVED, REJECTED, RETRYING, ATTENTION, SKIPPED }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private Settings settings;

    @EJB
    private CompanyCredentials credentials;

    @EJB
    private DocumentContents contents;

    @EJB
    private DeadLetters deadLetters;

    private final UblWriter writer = new UblWriter();
    private final XmlSigner signer = new XmlSigner();

    /**
     * The opened signing key of each company, by the company's version (a new certificate changes it):
     * opening the PKCS#12 (PBKDF2, then AES-GCM of the stored ciphertext) costs several RSA signatures,
     * too much to pay per document.
     */
    private static final ConcurrentMap<Integer, CachedSigner> SIGNERS = new ConcurrentHashMap<>();

    private record CachedSigner(long version, SigningCredentials credentials) {
    }

    /** The documents of a nudge (unknown, answered, not due or taken elsewhere: skipped). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SendRun send(Collection<Long> ids) {
        DocumentSender self = context.getBusinessObject(DocumentSender.class);
        SendRun.Counter counter = new SendRun.Counter();
        for (Long id : ids) {
            counter.add(self.sendOne(id));
        }
        return counter.run();
    }

    /** Every claimable document, in id order and batches. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SendRun sendDue() {
        DocumentSender self = context.getBusinessObject(DocumentSender.class);
        SendRun.Counter counter = new SendRun.Counter();
        long after = 0;
        while (true) {
            List<Long> batch = self.due(after);
            for (Long id : batch) {
                after = id;
                counter.add(self.sendOne(id));
            }
            if (batch.size() < BATCH) {
                return counter.run();
            }
        }
    }

    /** Ids of claimable documents after {@code after}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Long> due(long after) {
        return em.createNativeQuery(DUE, Long.class)
                .setParameter("stuckBefore", stuckBefore())
                .setParameter("after", after)
                .setParameter("n", BATCH)
                .getResultList().stream().map(n -> ((Number) n).longValue()).toList();
    }

    /** One document: claimed and prepared, sent, and its answer recorded; see the class comment. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome sendOne(long id) {
        DocumentSender self = context.getBusinessObject(DocumentSender.class);
        SendPolicy policy = SendPolicy.of(settings);
        Prepared prepared;
        try {
            prepared = self.prepare(id, policy);
        } catch (RuntimeException e) {
            // the claim rolled back with the failure: a content or certificate problem a person must fix
            return self.recordUnsendable(id, SunatTransmission.describe(e));
        }
        if (prepared == null) {
            return Outcome.SKIPPED;
        }
        Result result = SunatTransmission.transmit(prepared);
        Recorded recorded = self.record(prepared, result, policy);
        if (recorded.parked()) {
            deadLetters.park(id);
        }
        return recorded.outcome();
    }

    /** Claims the document and builds, signs, stores and zips it; null when it is not claimable. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Prepared prepare(long id, SendPolicy policy) {
        List<?> claimed = em.createNativeQuery(CLAIM)
                .setParameter("id", id)
                .setParameter("stuckBefore", stuckBefore(policy))
                .getResultList();
        if (claimed.isEmpty()) {
            return null;
        }
        int attempt = ((Number) claimed.get(0)).intValue();
        ElectronicDocument doc = em.find(ElectronicDocument.class, id);
        Company company = em.find(Company.class, Math.toIntExact(doc.getCompanyId()));
        String base = DocumentFiles.baseName(company.getRuc(), doc.getDocumentTypeCode(), doc.getSeries(),
                doc.getCorrelativeNumber());
        byte[] xml = doc.getHashCpe() == null ? null : DocumentFiles.read(base, DocumentFiles.Kind.XML).orElse(null);
        if (xml == null) {
            UblDocument ubl = contents.of(doc, company);
            // the documents list filters by the buyer the document names
            doc.describeCustomer(ubl.customer().documentType(), ubl.customer().documentNumber(), ubl.customer().name());
            XmlSigner.SignedXml signed = signer.sign(writer.write(ubl), signing(company), credentials.algorithm(),
                    Instant.now());
            DocumentFiles.store(base, DocumentFiles.Kind.XML, signed.xml());
            doc.attachSignedXml(url(id, "xml"), signed.hash());
            xml = signed.xml();
        }
        byte[] zip = DocumentFiles.zip(base, xml);
        DocumentFiles.store(base, DocumentFiles.Kind.ZIP, zip);
        em.persist(new DocumentEvent(id, Instant.now(), SunatStatus.SENT, null, "attempt " + attempt, null));
        return SunatTransmission.prepared(id, attempt, base, zip, company, credentials.sol(company.getId()),
                doc, policy.timeout());
    }

    /** Records what SUNAT said to the attempt, if the row is still this attempt's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Recorded record(Prepared p, Result result, SendPolicy policy) {
        ElectronicDocument doc = lockAttempt(p.documentId(), p.attempt());
        if (doc == null) {
            LOG.info("document " + p.documentId() + " attempt " + p.attempt() + " was taken over; its answer is dropped");
            return new Recorded(Outcome.SKIPPED, false);
        }
        Instant now = Instant.now();
        if (result.cdr() != null) {
            CdrAnswer answer;
            try {
                answer = CdrReader.read(result.cdr());
            } catch (IllegalArgumentException e) {
                return failed(doc, new Result(null, -1, "unreadable CDR: " + e.getMessage(), true), policy, now);
            }
            if (answer.outcome() == CdrAnswer.Outcome.EXCEPTION) {
                return failed(doc, new Result(null, answer.responseCode(), answer.description(), true), policy, now);
            }
            DocumentFiles.store(p.baseName(), DocumentFiles.Kind.CDR, result.cdr());
            SunatStatus status = switch (answer.outcome()) {
                case ACCEPTED -> SunatStatus.ACCEPTED;
                case OBSERVED -> SunatStatus.OBSERVED;
                default -> SunatStatus.REJECTED;
            };
            String message = status == SunatStatus.OBSERVED && !answer.notes().isEmpty()
                    ? String.join("\n", answer.notes())
                    : SunatTransmission.text(answer.responseCode(), answer.description());
            doc.recordCdr(status, message, url(doc.getId(), "cdr"), now);
            em.persist(new DocumentEvent(doc.getId(), now, status, String.valueOf(answer.responseCode()),
                    result.recovered() ? "getStatusCdr: " + message : message, null));
            return new Recorded(Outcome.valueOf(status.name()), false);
        }
        if (result.rejection()) {
            doc.recordRejection(result.message(), now);
            em.persist(new DocumentEvent(doc.getId(), now, SunatStatus.REJECTED, result.codeText(), result.message(), null));
            return new Recorded(Outcome.REJECTED, false);
        }
        return failed(doc, result, policy, now);
    }

    /** A document that could not be built or signed: {@code ERROR}, needs a person (not retried). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome recordUnsendable(long id, String reason) {
        List<?> row = em.createNativeQuery("SELECT id FROM electronic_documents WHERE id = :id"
                        + " AND sunat_status IN ('PENDING', 'ERROR') AND NOT needs_attention FOR UPDATE")
                .setParameter("id", id).getResultList();
        if (row.isEmpty()) {
            return Outcome.SKIPPED;
        }
        ElectronicDocument doc = em.find(ElectronicDocument.class, id);
        LOG.warning("document " + doc.number() + " cannot be sent and needs attention: " + reason);
        doc.requireAttention(reason);
        em.persist(new DocumentEvent(id, Instant.now(), SunatStatus.ERROR, null, reason, null));
        return Outcome.ATTENTION;
    }

    private SigningCredentials signing(Company company) {
        CachedSigner cached = SIGNERS.get(company.getId());
        if (cached != null && cached.version() == company.getVersion()) {
            return cached.credentials();
        }
        SigningCredentials opened = credentials.signing(company.getId());
        SIGNERS.put(company.getId(), new CachedSigner(company.getVersion(), opened));
        return opened;
    }

    private Recorded failed(ElectronicDocument doc, Result result, SendPolicy policy, Instant now) {
        String message = result.codeText() == null ? result.message() : result.codeText() + " - " + result.message();
        boolean parked = false;
        Outcome outcome;
        if (!result.retryable()) {
            doc.requireAttention(message);
            outcome = Outcome.ATTENTION;
        } else if (policy.exhausted(doc.getAttempts())) {
            doc.requireAttention("after " + doc.getAttempts() + " attempts: " + message);
            parked = true;
            outcome = Outcome.ATTENTION;
        } else {
            doc.retryLater(message, policy.nextAttempt(doc.getAttempts(), now));
            outcome = Outcome.RETRYING;
        }
        if (outcome == Outcome.ATTENTION) {
            LOG.warning("document " + doc.number() + " needs attention: " + doc.getLastError());
        }
        em.persist(new DocumentEvent(doc.getId(), now, SunatStatus.ERROR, result.codeText(), doc.getLastError(), null));
        return new Recorded(outcome, parked);
    }

    /** The row, locked, if it is still {@code SENT} by this attempt (else another sender took it over). */
    private ElectronicDocument lockAttempt(long id, int attempt) {
        List<?> row = em.createNativeQuery("SELECT id FROM electronic_documents WHERE id = :id"
                        + " AND sunat_status = 'SENT' AND attempts = :attempt FOR UPDATE")
                .setParameter("id", id).setParameter("attempt", attempt).getResultList();
        return row.isEmpty() ? null : em.find(ElectronicDocument.class, id);
    }

    private Instant stuckBefore() {
        return stuckBefore(SendPolicy.of(settings));
    }

    private static Instant stuckBefore(SendPolicy policy) {
        return Instant.now().minus(policy.stuckAfter());
    }

    /** The API download of a file of a document (served by the documents API). */
    static String url(long id, String file) {
        return "/api/v1/invoicing/documents/" + id + "/" + file;
    }

    /** The outcome of a record, and whether the document goes to the dead-letter queue. */
    public record Recorded(Outcome outcome, boolean parked) {
    }
}
