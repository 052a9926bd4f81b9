package pe.colca.web.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import pe.colca.security.AuditEntry;

/**
 * A row of the audit screen, and its side-by-side view: every field of the old and the new values,
 * in the order PostgreSQL keeps jsonb keys, marked when it changed (a creation or removal marks
 * every field that has a value).
 */
public class AuditRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One field of the side-by-side view. */
    public record Field(String name, String oldValue, String newValue, boolean changed) implements Serializable {
    }

    private final long id;
    private final Instant createdAt;
    private final String user;
    private final String userEmail;
    private final String action;
    private final String entityTable;
    private final String entityId;
    private final String ipAddress;
    private final String correlationId;
    private final Long seq;
    private final List<Field> fields;

    AuditRow(AuditEntry e) {
        this.id = e.id();
        this.createdAt = e.createdAt();
        this.user = e.userName() != null ? e.userName() : e.userEmail();
        this.userEmail = e.userEmail();
        this.action = e.action();
        this.entityTable = e.entityTable();
        this.entityId = e.entityId();
        this.ipAddress = e.ipAddress();
        this.correlationId = e.correlationId();
        this.seq = e.seq();
        this.fields = fields(e.oldValues(), e.newValues());
    }

    static List<Field> fields(Map<String, Object> before, Map<String, Object> after) {
        Set<String> names = new LinkedHashSet<>();
        if (before != null) {
            names.addAll(before.keySet());
        }
        if (after != null) {
            names.addAll(after.keySet());
        }
        List<Field> out = new ArrayList<>();
        for (String name : names) {
            String o = before == null ? null : text(before.get(name));
            String n = after == null ? null : text(after.get(name));
            boolean changed = before != null && after != null ? !Objects.equals(o, n) : o != null || n != null;
            out.add(new Field(name, o, n, changed));
        }
        return out;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** old → new as one line for the list and the CSV ({@code name: old → new; ...}). */
    public String getSummary() {
        StringBuilder out = new StringBuilder();
        for (Field f : fields) {
            if (!f.changed() || f.oldValue() == null && f.newValue() == null) {
                continue;
            }
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(f.name()).append(": ");
            if (f.oldValue() != null) {
                out.append(f.oldValue()).append(" → ");
            }
            out.append(f.newValue() == null ? "∅" : f.newValue());
        }
        return out.toString();
    }

    public long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUser() {
        return user;
    }

    public String getUserEmail() {
        return userEmail;
    }

    public String getAction() {
        return action;
    }

    public String getEntityTable() {
        return entityTable;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public Long getSeq() {
        return seq;
    }

    public List<Field> getFields() {
        return fields;
    }

    public boolean isHasOld() {
        return fields.stream().anyMatch(f -> f.oldValue() != null);
    }
}
