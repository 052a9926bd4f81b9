package pe.colca.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.security.AuditCheck;
import pe.colca.security.AuditEntry;
import pe.colca.security.AuditFilter;
import pe.colca.security.AuditLogService;
import pe.colca.web.FacesErrors;
import pe.colca.web.Formats;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/security/audit.xhtml} (permission {@code audit.view}): the audit trail,
 * newest first, filtered by user (name or email, contains), table, entity id, action and a date range
 * (calendar days in Lima); a row opens the side-by-side old/new view with the changed fields marked;
 * CSV export of every row the filters select (up to {@link #EXPORT_LIMIT}); "Verificar cadena" seals
 * and verifies the hash chain and shows the first broken link, if any. The screen only reads.
 */
@Named
@ViewScoped
public class AuditList implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int EXPORT_LIMIT = 50_000;
    private static final String TABLE = ":audit-form:audit-table";

    @Inject
    private AuditLogService audit;

    @Inject
    private LocaleBean localeBean;

    private final ServicePagedModel<AuditRow> rows = new ServicePagedModel<>((request, counting) -> {
        AuditFilter filter = currentFilter(!counting);
        if (filter == null) {
            return null;
        }
        Page<AuditEntry> page = audit.search(filter, new PageRequest(request.offset(), request.limit(), null, false));
        return page.map(AuditRow::new);
    }, AuditRow::getId, false);

    private List<String> tables = List.of();
    private List<String> actions = List.of();

    private String user;
    private String entityTable;
    private String entityId;
    private String action;
    private LocalDate fromDate;
    private LocalDate toDate;

    private AuditRow selected;
    private AuditCheck check;

    @PostConstruct
    void init() {
        try {
            tables = audit.entityTables();
            actions = audit.actions();
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    // ---- filters ------------------------------------------------------------------------------

    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clearFilters() {
        user = null;
        entityTable = null;
        entityId = null;
        action = null;
        fromDate = null;
        toDate = null;
        filter();
    }

    /** The service filter, or null when nothing can match (an inverted range, explained once). */
    AuditFilter currentFilter(boolean explain) {
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            if (explain) {
                message(FacesMessage.SEVERITY_WARN, Texts.get("audit.rangeInverted"));
            }
            return null;
        }
        Instant from = fromDate == null ? null : fromDate.atStartOfDay(Formats.LIMA).toInstant();
        Instant to = toDate == null ? null : toDate.plusDays(1).atStartOfDay(Formats.LIMA).toInstant();
        return new AuditFilter(user, entityTable, entityId, action, from, to);
    }

    // ---- side by side, verification, export -----------------------------------------------------

    public void show(long id) {
        try {
            selected = new AuditRow(audit.entry(id));
        } catch (RuntimeException e) {
            selected = null;
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    public void verify() {
        try {
            check = audit.verify();
            if (check.ok()) {
                message(FacesMessage.SEVERITY_INFO, Texts.get("audit.verify.ok", check.checkedRows(),
                        check.unsealedRows()));
            } else {
                message(FacesMessage.SEVERITY_ERROR, Texts.get("audit.verify.broken", check.brokenRowId(),
                        check.brokenSeq(), Texts.get("audit.verify.reason." + check.reason())));
            }
        } catch (RuntimeException e) {
            check = null;
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    /** Every row the filters select, as CSV (UTF-8 with BOM), newest first. */
    public StreamedContent getCsv() {
        List<AuditRow> all = new ArrayList<>();
        AuditFilter filter = currentFilter(false);
        if (filter != null) {
            int offset = 0;
            while (all.size() < EXPORT_LIMIT) {
                Page<AuditEntry> page = audit.search(filter, new PageRequest(offset, PageRequest.MAX_LIMIT, null, false));
                page.items().forEach(e -> all.add(new AuditRow(e)));
                offset += page.items().size();
                if (page.items().isEmpty() || offset >= page.total()) {
                    break;
                }
            }
        }
        List<String> headers = List.of(Texts.get("audit.csv.id"), Texts.get("audit.csv.date"), Texts.get("audit.user"),
                Texts.get("audit.csv.email"), Texts.get("audit.action"), Texts.get("audit.entityTable"),
                Texts.get("audit.entityId"), Texts.get("audit.changes"), Texts.get("audit.ip"),
                Texts.get("audit.correlation"), Texts.get("audit.seq"));
        byte[] csv = AuditCsv.write(headers, all.subList(0, Math.min(all.size(), EXPORT_LIMIT)), Formats.LIMA);
        String name = "auditoria-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(Formats.LIMA)
                .format(Instant.now()) + ".csv";
        return DefaultStreamedContent.builder().name(name).contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }

    // ---- properties ---------------------------------------------------------------------------

    public LazyDataModel<AuditRow> getRows() {
        return rows;
    }

    public List<String> getTables() {
        return tables;
    }

    public List<String> getActions() {
        return actions;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getEntityTable() {
        return entityTable;
    }

    public void setEntityTable(String entityTable) {
        this.entityTable = entityTable;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }

    public AuditRow getSelected() {
        return selected;
    }

    public AuditCheck getCheck() {
        return check;
    }

    public LocalDate getToday() {
        return LocalDate.now(Formats.LIMA);
    }
}
