package pe.colca.sunatsim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.w3c.dom.Element;

/**
 * What SUNAT checks on the lines of a resumen diario (RC) and a comunicación de baja (RA), and what it
 * remembers of them (sunat.md §4): a document informed once (2282), never added+modified (3095) or
 * modified+annulled (3096) in one summary, a buyer above S/ 700 (2514), a voided document not voided
 * again (2323), an annulment more than 7 days after
 * the issue (2957). A summary with a failing line is answered 99 and stores nothing; its CDR names each
 * failing line. Accepted summaries register their documents (a boleta informed by an RC is then
 * "already registered" for sendBill too). Thread-safe; kept in memory like the rest of the simulator.
 */
final class SummaryRules {

    private static final BigDecimal IDENTIFIED_FROM = new BigDecimal("700.00");
    private static final Set<String> RC_TYPES = Set.of("03", "07", "08");

    /** One line SUNAT refuses: the document id ({@code B001-5}) and the code. */
    record LineError(String documentId, String code) {
    }

    /** What a summary would change once accepted: documents added and documents voided (keys RUC-TT-SERIE-NUMERO). */
    record Effects(List<String> informed, List<String> voided) {
    }

    /** The failing lines (none: acceptable) and what accepting it changes. */
    record Verdict(List<LineError> errors, Effects effects) {
    }

    private final Set<String> informed = ConcurrentHashMap.newKeySet();
    private final Set<String> voided = ConcurrentHashMap.newKeySet();

    /**
     * The failing lines of the summary ({@code kind} RC or RA) against what is known; empty when it can be
     * accepted. {@code billed} says whether sendBill already has the document (key RUC-TT-SERIE-NUMERO).
     */
    Verdict check(String ruc, String kind, Element root, java.util.function.Predicate<String> billed) {
        List<LineError> errors = new ArrayList<>();
        LocalDate reference = date(Xml.text(root, "cbc:ReferenceDate"));
        LocalDate issue = date(Xml.text(root, "cbc:IssueDate"));
        List<String> adds = new ArrayList<>();
        List<String> voids = new ArrayList<>();
        if ("RC".equals(kind)) {
            Map<String, Integer> seen = new HashMap<>();
            for (Element line : Xml.children(root, "sac:SummaryDocumentsLine")) {
                String type = Xml.text(line, "cbc:DocumentTypeCode");
                String id = Xml.text(line, "cbc:ID");
                String condition = Xml.text(line, "cac:Status", "cbc:ConditionCode");
                String key = ruc + "-" + type + "-" + id;
                Integer prior = seen.put(key, condition == null ? 0 : Integer.parseInt(condition));
                if (!RC_TYPES.contains(type)) {
                    errors.add(new LineError(id, "2241"));
                } else if (prior != null) {
                    errors.add(new LineError(id, "3".equals(condition) || prior == 3 ? "3096" : "3095"));
                } else if ("1".equals(condition)) {
                    if (informed.contains(key) || billed.test(key)) {
                        errors.add(new LineError(id, "2282"));
                    } else if (total(line).compareTo(IDENTIFIED_FROM) > 0
                            && Xml.text(line, "cac:AccountingCustomerParty", "cbc:CustomerAssignedAccountID") == null) {
                        errors.add(new LineError(id, "2514"));
                    } else {
                        adds.add(key);
                    }
                } else if ("3".equals(condition)) {
                    if (voided.contains(key)) {
                        errors.add(new LineError(id, "2323"));
                    } else if (late(reference, issue)) {
                        errors.add(new LineError(id, "2957"));
                    } else {
                        voids.add(key);
                    }
                }
            }
        } else {
            for (Element line : Xml.children(root, "sac:VoidedDocumentsLine")) {
                String type = Xml.text(line, "cbc:DocumentTypeCode");
                String id = Xml.text(line, "sac:DocumentSerialID") + "-" + Xml.text(line, "sac:DocumentNumberID");
                String key = ruc + "-" + type + "-" + id;
                if (voided.contains(key) || voids.contains(key)) {
                    errors.add(new LineError(id, "2323"));
                } else if (late(reference, issue)) {
                    errors.add(new LineError(id, "2957"));
                } else {
                    voids.add(key);
                }
            }
        }
        return new Verdict(errors, new Effects(adds, voids));
    }

    /** The document ids of the lines, in order (the injected 99 names the last one). */
    static List<String> documentIds(String kind, Element root) {
        List<String> ids = new ArrayList<>();
        if ("RC".equals(kind)) {
            for (Element line : Xml.children(root, "sac:SummaryDocumentsLine")) {
                ids.add(Xml.text(line, "cbc:ID"));
            }
        } else {
            for (Element line : Xml.children(root, "sac:VoidedDocumentsLine")) {
                ids.add(Xml.text(line, "sac:DocumentSerialID") + "-" + Xml.text(line, "sac:DocumentNumberID"));
            }
        }
        return ids;
    }

    /** An accepted summary: its documents are informed or voided from now on. */
    void apply(Effects effects) {
        informed.addAll(effects.informed());
        voided.addAll(effects.voided());
    }

    Set<String> informed() {
        return Set.copyOf(informed);
    }

    Set<String> voided() {
        return Set.copyOf(voided);
    }

    boolean isVoided(String key) {
        return voided.contains(key);
    }

    void reset() {
        informed.clear();
        voided.clear();
    }

    /** The failing lines as the CDR states them: document id → code. */
    static Map<String, String> asMap(List<LineError> errors) {
        Map<String, String> m = new LinkedHashMap<>();
        errors.forEach(e -> m.putIfAbsent(e.documentId(), e.code()));
        return m;
    }

    private static boolean late(LocalDate reference, LocalDate issue) {
        return reference != null && issue != null && ChronoUnit.DAYS.between(reference, issue) > 7;
    }

    private static BigDecimal total(Element line) {
        String t = Xml.text(line, "sac:TotalAmount");
        try {
            return t == null ? BigDecimal.ZERO : new BigDecimal(t);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
