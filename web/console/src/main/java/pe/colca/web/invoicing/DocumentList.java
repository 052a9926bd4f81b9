package pe.colca.web.invoicing;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import pe.colca.invoicing.DocumentFilter;
import pe.colca.invoicing.DocumentService;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.ElectronicDocument;
import pe.colca.invoicing.SunatStatus;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/invoicing/documents.xhtml} (Facturación → Comprobantes): the electronic
 * documents with filters by status, type, series, dates and customer, paged; each row opens the detail,
 * and a document waiting for a person can be sent again (Reenviar) or, when rejected, re-issued
 * (Re-emitir) after a confirmation. {@link AttentionList} is the same screen limited to the attention
 * queue. Every call goes through {@link DocumentService}.
 */
@Named
@ViewScoped
public class DocumentList implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE_CLIENT_ID = "documents-form:documents-table";

    @Inject
    private DocumentService service;

    @Inject
    private LocaleBean localeBean;

    private final ServicePagedModel<DocumentRow> rows = new ServicePagedModel<>(
            (request, counting) -> service.search(filter(), request).map(DocumentRow::of), DocumentRow::getId, false);

    private SunatStatus status;
    private String type;
    private String series;
    private LocalDate from;
    private LocalDate to;
    private String search;

    /** Whether the screen shows only the attention queue. */
    protected boolean attentionOnly() {
        return false;
    }

    DocumentFilter filter() {
        return new DocumentFilter(status, type == null || type.isBlank() ? null : DocumentType.fromCode(type),
                series == null || series.isBlank() ? null : series.strip().toUpperCase(Locale.ROOT), from, to,
                search == null || search.isBlank() ? null : search.strip(), attentionOnly() ? Boolean.TRUE : null, null);
    }

    public void filterChanged() {
        // the lazy model re-reads with the new filters when the table is updated
    }

    public void clear() {
        status = null;
        type = series = search = null;
        from = to = null;
    }

    /** Reenviar: back in the sender's queue. */
    public void resend(DocumentRow row) {
        try {
            ElectronicDocument d = service.resend(row.getId());
            info(Texts.get("documents.resent", d.number()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    /** Re-emitir: a new number of the same series for a rejected document. */
    public void reissue(DocumentRow row) {
        try {
            ElectronicDocument d = service.reissue(row.getId());
            info(Texts.get("documents.reissued", row.getNumber(), d.number()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public long getAttentionCount() {
        try {
            return service.attentionCount();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    public boolean isAttention() {
        return attentionOnly();
    }

    public List<SunatStatus> getStatuses() {
        return List.of(SunatStatus.values());
    }

    public List<String> getTypes() {
        return List.of(DocumentType.FACTURA.code(), DocumentType.BOLETA.code(), DocumentType.NOTA_CREDITO.code(),
                DocumentType.NOTA_DEBITO.code());
    }

    public ServicePagedModel<DocumentRow> getRows() {
        return rows;
    }

    public SunatStatus getStatus() {
        return status;
    }

    public void setStatus(SunatStatus status) {
        this.status = status;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
