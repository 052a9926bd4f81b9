package pe.colca.invoicing.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.colca.notification.NotificationChannel;
import pe.colca.notification.NotificationRequest;
import pe.colca.notification.Notifications;
import pe.colca.notification.Recipients;
import pe.colca.settings.Settings;

/**
 * Tells the staff holding {@code sunat.document.issue} about documents close to or past their SUNAT deadline
 * ({@link pe.colca.invoicing.Deadlines}): one {@code DOCUMENT_DEADLINE} notification (e-mail and in-app) per
 * company and threshold (DUE_SOON within {@code invoicing.deadline.alert_hours}, then OVERDUE) listing the
 * documents newly past it. Each document is recorded in {@code document_deadline_alerts} (kind, threshold;
 * unique) by the statement that picks it, in the transaction that writes the notification to the outbox:
 * a document is alerted once per threshold however often the timer runs and on however many nodes (a second
 * node waits on the unique row and then skips it). Run by {@link DeadlineAlertTimer}.
 */
@Stateless
@PermitAll
public class DeadlineAlerts {

    static final String TYPE = "DOCUMENT_DEADLINE";
    static final String TEMPLATE = "invoicing.document_deadline";
    /** How many documents one notification names (the count says how many there are). */
    static final int LISTED = 50;
    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    private static final String PICK = "WITH due AS (SELECT i.document_id, i.kind, i.company_id, i.ruc, i.series,"
            + " i.correlative_number, i.document_type, i.deadline,"
            + " CASE WHEN i.deadline <= :now THEN 'OVERDUE' ELSE 'DUE_SOON' END AS threshold"
            + " FROM (" + DeadlineQueries.ITEMS + ") i WHERE i.deadline <= :soon),"
            + " picked AS (INSERT INTO document_deadline_alerts (id, document_id, kind, threshold, deadline)"
            + " SELECT nextval('document_deadline_alerts_seq'), document_id, kind, threshold, deadline FROM due"
            + " ON CONFLICT (document_id, kind, threshold) DO NOTHING RETURNING document_id, kind, threshold)"
            + " SELECT due.* FROM picked JOIN due ON due.document_id = picked.document_id AND due.kind = picked.kind"
            + " ORDER BY due.company_id, due.threshold, due.deadline, due.document_id";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Settings settings;

    @EJB
    private Notifications notifications;

    /** A document picked for an alert. */
    private record Picked(long companyId, String ruc, String threshold, String number, String kind, String documentType,
                          Instant deadline) {
    }

    /** Alerts the documents newly due soon or overdue at {@code now}; returns how many documents were picked. */
    public int announce(Instant now) {
        Instant soon = now.plus(Duration.ofHours(Math.max(0, settings.integer(DefaultDeadlines.ALERT_HOURS))));
        List<?> rows = em.createNativeQuery(PICK, Tuple.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("soon", soon.atOffset(ZoneOffset.UTC))
                .getResultList();
        Map<String, List<Picked>> groups = new LinkedHashMap<>();
        for (Object o : rows) {
            Tuple row = (Tuple) o;
            Picked p = new Picked(((Number) row.get("company_id")).longValue(), (String) row.get("ruc"),
                    (String) row.get("threshold"), row.get("series") + "-" + row.get("correlative_number"),
                    (String) row.get("kind"), (String) row.get("document_type"),
                    DeadlineQueries.instant(row.get("deadline")));
            groups.computeIfAbsent(p.companyId() + "/" + p.threshold(), k -> new ArrayList<>()).add(p);
        }
        for (List<Picked> group : groups.values()) {
            notify(group);
        }
        return rows.size();
    }

    private void notify(List<Picked> group) {
        Picked first = group.get(0);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Picked p : group.subList(0, Math.min(LISTED, group.size()))) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("number", p.number());
            d.put("documentType", p.documentType());
            d.put("kind", p.kind());
            d.put("deadline", LocalDateTime.ofInstant(p.deadline(), LIMA).toString());
            documents.add(d);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("companyId", first.companyId());
        payload.put("ruc", first.ruc());
        payload.put("threshold", first.threshold());
        payload.put("count", group.size());
        payload.put("documents", documents);
        payload.put("link", "/backoffice/invoicing/deadlines.xhtml");
        for (NotificationChannel channel : List.of(NotificationChannel.EMAIL, NotificationChannel.IN_APP)) {
            notifications.enqueue(NotificationRequest.of(TYPE, channel, TEMPLATE, payload,
                    Recipients.staffWithPermission("sunat.document.issue")));
        }
    }
}
