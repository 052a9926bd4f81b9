package pe.colca.sunatsim;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * SUNAT's billService without the SOAP: what {@code sendBill}, {@code sendSummary} and {@code getStatus}
 * check, in SUNAT's order, and what they answer. One instance per deployment
 * ({@link pe.colca.sunatsim.web.SimulatorGuard}); the documents received and the tickets are kept in
 * memory and, as SUNAT keeps them, carried over a restart of the server ({@link #export()}, saved by
 * {@link pe.colca.sunatsim.web.SimulatorGuard} when the deployment stops).
 *
 * <p>sendBill: injected exception (0100 range) → credentials (0101, 0102, 0111) → file name (0151, 0152)
 * and its RUC against the user's (0154) → zip (0155–0161) → XML well-formed, of the file's type and
 * XSD-valid (0306) → issuer RUC, series and number against the file name (1034–1036) → already received
 * (1033 accepted, 1032 rejected) → signature (2335) → customer and amounts ({@link DocumentRules}) → CDR.
 */
public final class BillOffice {

    /**
     * What SUNAT keeps and a restart of the simulator must not lose (see {@link #export()}): the documents
     * and summaries received, their CDRs, the tickets with their answers, the register of informed and
     * voided documents and of the RA ids presented, and the fault switches of the run.
     */
    public record State(Map<String, Received> received, Map<String, TicketState> tickets, Map<String, byte[]> cdrs,
                        Map<String, Integer> sends, long lastTicket, Set<String> informed, Set<String> voided,
                        Set<String> presented, Map<String, String> faults) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A ticket as kept: its RUC, the 98s still due, and the final answer. */
    public record TicketState(String ruc, int pending, String statusCode, byte[] content) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    static final Pattern BILL = Pattern.compile("(\\d{11})-(01|03|07|08)-([A-Z0-9]{4})-([1-9]\\d{0,7})");
    static final Pattern SUMMARY = Pattern.compile("(\\d{11})-(RC|RA)-(\\d{8})-([1-9]\\d{0,4})");
    private static final String UBL = "urn:oasis:names:specification:ubl:schema:xsd:";
    private static final String SUNAT = "urn:sunat:names:specification:ubl:peru:schema:xsd:";

    /** A document (or summary) SUNAT stored: accepted (code 0, possibly with observations) or rejected. */
    public record Received(String key, String fileName, boolean accepted, String code, Instant at) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What getStatus answers: 98 without content, or 0 / 99 with a CDR zip. */
    public record Status(String statusCode, byte[] content) {
    }

    private record Ticket(String ruc, AtomicInteger pending, Status result) {
    }

    private final SolUsers users;
    private final Faults faults;
    private final CdrWriter cdrs;
    private final ConcurrentMap<String, Received> received = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Ticket> tickets = new ConcurrentHashMap<>();
    /** The CDR of every document received (for getStatusCdr), by key. */
    private final ConcurrentMap<String, byte[]> cdrsByKey = new ConcurrentHashMap<>();
    /** How many times sendBill named each document (past the file name check), by key: tests count resends. */
    private final ConcurrentMap<String, AtomicInteger> sends = new ConcurrentHashMap<>();
    private final AtomicLong ticketNumbers = new AtomicLong(System.currentTimeMillis());
    private final SummaryRules summaries = new SummaryRules();
    /** Every RC/RA file name ever presented with sendSummary (RUC-RA-YYYYMMDD-n): an RA id is never taken twice. */
    private final Set<String> presented = ConcurrentHashMap.newKeySet();

    public BillOffice(SolUsers users, Faults faults, SimulatorKey key) {
        this.users = users;
        this.faults = faults;
        this.cdrs = new CdrWriter(key);
    }

    public Faults faults() {
        return faults;
    }

    /** sendBill: a factura, boleta or note in {@code RUC-TT-SERIE-NUMERO.zip}; the answer is the CDR zip. */
    public byte[] sendBill(String username, String password, String fileName, byte[] zip) throws SunatFault {
        injectedException();
        String userRuc = users.authenticate(username, password);
        String base = base(fileName);
        Matcher name = BILL.matcher(base);
        if (!name.matches()) {
            throw new SunatFault(SUMMARY.matcher(base).matches() ? "0152" : "0151");
        }
        String ruc = name.group(1);
        String type = name.group(2);
        String series = name.group(3);
        String number = name.group(4);
        if (!ruc.equals(userRuc)) {
            throw new SunatFault("0154");
        }
        sends.computeIfAbsent(base, k -> new AtomicInteger()).incrementAndGet();
        Document doc = Xml.parse(ZipFiles.singleXml(base, zip));
        Element root = doc.getDocumentElement();
        String schema = switch (type) {
            case "07" -> "CreditNote";
            case "08" -> "DebitNote";
            default -> "Invoice";
        };
        if (!schema.equals(root.getLocalName()) || !(UBL + schema + "-2").equals(root.getNamespaceURI())) {
            throw new SunatFault("0306", SunatCodes.message("0306") + ": el tipo " + type + " requiere " + schema
                    + " UBL 2.1, no " + root.getLocalName());
        }
        try {
            UblSchemas.validate(doc, schema);
        } catch (SAXException e) {
            throw new SunatFault("0306", SunatCodes.message("0306") + ": " + e.getMessage());
        }
        if (!ruc.equals(Xml.text(root, "cac:AccountingSupplierParty", "cac:Party", "cac:PartyIdentification", "cbc:ID"))) {
            throw new SunatFault("1034");
        }
        String id = Xml.text(root, "cbc:ID");
        int dash = id == null ? -1 : id.indexOf('-');
        if (dash < 0 || !series.equals(id.substring(0, dash))) {
            throw new SunatFault("1035");
        }
        if (!number.equals(id.substring(dash + 1))) {
            throw new SunatFault("1036");
        }
        String key = ruc + "-" + type + "-" + series + "-" + number;
        refuseKnown(key);

        List<String> notes = new ArrayList<>();
        Element customer = Xml.child(root, "cac:AccountingCustomerParty", "cac:Party", "cac:PartyIdentification", "cbc:ID");
        String recipient = customer == null ? null : customer.getAttribute("schemeID") + "-" + customer.getTextContent().strip();
        try {
            if (!Signatures.verifies(doc)) {
                throw new Rejection("2335");
            }
            new DocumentRules(root, type, series).check(notes);
        } catch (Rejection r) {
            if (faults.rejectionsAsFaults()) {
                throw new SunatFault(r.code(), r.getMessage()); // SUNAT beta: a fault, nothing stored
            }
            byte[] rejected = cdrs.zip(new CdrWriter.Answer(base, id, ruc, recipient, r.code(), r.getMessage(), notes));
            cdrsByKey.putIfAbsent(key, rejected);
            register(new Received(key, fileName, false, r.code(), Instant.now()));
            return rejected;
        }
        String observation = faults.takeObservation();
        if (observation != null) {
            notes.add(observation + " - " + SunatCodes.message(observation));
        }
        byte[] cdr = cdrs.zip(new CdrWriter.Answer(base, id, ruc, recipient, "0",
                documentName(type) + " numero " + id + ", ha sido aceptada", notes));
        cdrsByKey.putIfAbsent(key, cdr);
        register(new Received(key, fileName, true, "0", Instant.now()));
        if (faults.takeAlreadyRegistered()) {
            // as after a lost response: SUNAT has it, the sender hears 1033 and must ask for its CDR
            throw new SunatFault("1033");
        }
        return cdr;
    }

    /** sendSummary: a resumen diario (RC) or comunicación de baja (RA); the answer is a ticket for getStatus. */
    public String sendSummary(String username, String password, String fileName, byte[] zip) throws SunatFault {
        injectedException();
        String userRuc = users.authenticate(username, password);
        String base = base(fileName);
        Matcher name = SUMMARY.matcher(base);
        if (!name.matches()) {
            throw new SunatFault("0151");
        }
        String ruc = name.group(1);
        String kind = name.group(2);
        if (!ruc.equals(userRuc)) {
            throw new SunatFault("0154");
        }
        Document doc = Xml.parse(ZipFiles.singleXml(base, zip));
        Element root = doc.getDocumentElement();
        String rootName = "RC".equals(kind) ? "SummaryDocuments" : "VoidedDocuments";
        if (!rootName.equals(root.getLocalName()) || !(SUNAT + rootName + "-1").equals(root.getNamespaceURI())) {
            throw new SunatFault("0306", SunatCodes.message("0306") + ": " + kind + " requiere " + rootName);
        }
        if (!ruc.equals(Xml.text(root, "cac:AccountingSupplierParty", "cbc:CustomerAssignedAccountID"))) {
            throw new SunatFault("1034");
        }
        String id = kind + "-" + name.group(3) + "-" + name.group(4);
        if (!id.equals(Xml.text(root, "cbc:ID"))) {
            throw new SunatFault("1036");
        }
        String key = ruc + "-" + id;
        String code;
        Map<String, String> failedLines = Map.of();
        SummaryRules.Verdict verdict = null;
        if (!Signatures.verifies(doc)) {
            code = "2335";
        } else if ("RA".equals(kind) && (received.containsKey(key) || !presented.add(key))) {
            // 2324: an RA id presented before, whatever SUNAT answered it, is never taken again
            code = "2324";
        } else {
            verdict = summaries.check(ruc, kind, root, this::acceptedBill);
            String injected = verdict.errors().isEmpty() ? faults.takeStatusError() : null;
            if (!verdict.errors().isEmpty()) {
                failedLines = SummaryRules.asMap(verdict.errors());
                code = verdict.errors().get(0).code();
            } else if (injected != null) {
                // the injected 99 names the summary's last line, as SUNAT names the line it refuses
                List<String> ids = SummaryRules.documentIds(kind, root);
                failedLines = ids.isEmpty() ? Map.of() : Map.of(ids.get(ids.size() - 1), injected);
                code = injected;
            } else {
                code = "0";
            }
        }
        String description = "0".equals(code)
                ? ("RC".equals(kind) ? "El Resumen diario " : "La Comunicacion de baja ") + id + ", ha sido aceptad" + ("RC".equals(kind) ? "o" : "a")
                : SunatCodes.message(code);
        String ticket = Long.toString(ticketNumbers.incrementAndGet());
        if (faults.takeStatusUnknown()) {
            // SUNAT lost the file: a ticket is given, but nothing was processed and getStatus answers 0127
            return ticket;
        }
        if ("0".equals(code)) {
            received.putIfAbsent(key, new Received(key, fileName, true, code, Instant.now()));
            summaries.apply(verdict.effects());
            for (String informed : verdict.effects().informed()) {
                received.putIfAbsent(informed, new Received(informed, fileName, true, code, Instant.now()));
            }
        }
        byte[] cdr = cdrs.zip(new CdrWriter.Answer(base, id, ruc, null, code, description, List.of()), failedLines);
        tickets.put(ticket, new Ticket(ruc, new AtomicInteger(faults.statusProcessingPolls()),
                new Status("0".equals(code) ? "0" : "99", cdr)));
        return ticket;
    }

    /** Whether SUNAT holds the document (RUC-TT-SERIE-NUMERO) as accepted, by sendBill or an earlier RC. */
    private boolean acceptedBill(String documentKey) {
        Received r = received.get(documentKey);
        return r != null && r.accepted();
    }

    /** getStatus: 98 while "processing" ({@link Faults#statusProcessingPolls()} polls), then 0 or 99 with the CDR. */
    public Status getStatus(String username, String password, String ticket) throws SunatFault {
        String userRuc = users.authenticate(username, password);
        Ticket t = ticket == null ? null : tickets.get(ticket.strip());
        if (t == null || !t.ruc().equals(userRuc)) {
            throw new SunatFault("0127");
        }
        if (faults.statusHold() || t.pending().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new Status("98", null);
        }
        return t.result();
    }

    /**
     * billConsultService's getStatusCdr: the CDR of a document this office received, as SUNAT answers
     * it in production — {@code 0004} "La constancia existe" with the CDR zip (accepted or rejected
     * alike), {@code 0011} when the document was never received, {@code 0001} for one an accepted RC informed
     * (it has no CDR of its own), {@code 0003} for one voided (RA or RC condition 3); another RUC than the user's is fault
     * 0154, a malformed request 0151.
     */
    public Status getStatusCdr(String username, String password, String ruc, String type, String series, int number)
            throws SunatFault {
        String userRuc = users.authenticate(username, password);
        String key = ruc + "-" + type + "-" + series + "-" + number;
        if (ruc == null || type == null || series == null || !BILL.matcher(key).matches()) {
            throw new SunatFault("0151");
        }
        if (!ruc.equals(userRuc)) {
            throw new SunatFault("0154");
        }
        Received r = received.get(key);
        byte[] cdr = cdrsByKey.get(key);
        if (summaries.isVoided(key)) {
            return new Status("0003", null); // de baja (RA, or RC condition 3): the reconciliation compares it
        }
        if (r == null) {
            return new Status("0011", null);
        }
        if (cdr == null) {
            return new Status(r.accepted() ? "0001" : "0002", null); // informed by an accepted RC: no CDR of its own
        }
        return new Status("0004", cdr);
    }

    /** How many times sendBill named the document {@code RUC-TT-SERIE-NUMERO} since the last reset. */
    public int sends(String base) {
        AtomicInteger n = sends.get(base);
        return n == null ? 0 : n.get();
    }

    /** What was received, oldest first (admin endpoint). */
    public List<Received> received() {
        return received.values().stream().sorted(Comparator.comparing(Received::at)).toList();
    }

    /** What SUNAT holds now, to be kept across a restart of the simulator ({@link #restore}). */
    public State export() {
        Map<String, TicketState> t = new HashMap<>();
        tickets.forEach((k, v) -> t.put(k, new TicketState(v.ruc(), v.pending().get(), v.result().statusCode(),
                v.result().content())));
        Map<String, Integer> s = new HashMap<>();
        sends.forEach((k, v) -> s.put(k, v.get()));
        Map<String, String> f = new HashMap<>();
        faults.snapshot().forEach((k, v) -> f.put(k, String.valueOf(v)));
        return new State(new HashMap<>(received), t, new HashMap<>(cdrsByKey), s, ticketNumbers.get(),
                new HashSet<>(summaries.informed()), new HashSet<>(summaries.voided()), new HashSet<>(presented), f);
    }

    /** Takes back what {@link #export()} kept (after a restart); the tickets go on where they were. */
    public void restore(State state) {
        received.putAll(state.received());
        state.tickets().forEach((k, v) -> tickets.put(k, new Ticket(v.ruc(), new AtomicInteger(v.pending()),
                new Status(v.statusCode(), v.content()))));
        cdrsByKey.putAll(state.cdrs());
        state.sends().forEach((k, v) -> sends.put(k, new AtomicInteger(v)));
        ticketNumbers.accumulateAndGet(state.lastTicket(), Math::max);
        summaries.apply(new SummaryRules.Effects(List.copyOf(state.informed()), List.copyOf(state.voided())));
        presented.addAll(state.presented());
        faults.apply(state.faults());
    }

    /** Forgets every document and ticket and resets the fault switches (tests). */
    public void reset() {
        presented.clear();
        received.clear();
        tickets.clear();
        cdrsByKey.clear();
        sends.clear();
        summaries.reset();
        faults.reset();
    }

    private void injectedException() throws SunatFault {
        String code = faults.takeException();
        if (code != null) {
            throw new SunatFault(code);
        }
    }

    private void refuseKnown(String key) throws SunatFault {
        Received prior = received.get(key);
        if (prior != null) {
            throw new SunatFault(prior.accepted() ? "1033" : "1032");
        }
    }

    /** Registers once: a concurrent second send of the same number loses as SUNAT's unique key would. */
    private void register(Received r) throws SunatFault {
        Received prior = received.putIfAbsent(r.key(), r);
        if (prior != null) {
            throw new SunatFault(prior.accepted() ? "1033" : "1032");
        }
    }

    private static String base(String fileName) throws SunatFault {
        if (fileName == null || !fileName.endsWith(".zip")) {
            throw new SunatFault("0151");
        }
        return fileName.substring(0, fileName.length() - ".zip".length());
    }

    private static String documentName(String type) {
        return switch (type) {
            case "01" -> "La Factura";
            case "03" -> "La Boleta";
            case "07" -> "La Nota de Credito";
            default -> "La Nota de Debito";
        };
    }
}
