package pe.colca.web.invoicing;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import pe.colca.invoicing.SummaryService;
import pe.colca.invoicing.VoidStatus;
import pe.colca.invoicing.VoidingService;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/invoicing/voidings.xhtml} (Facturación → Bajas): the voidings, newest first,
 * with the summary that carries each (RA, or RC with condition 3), its ticket and status; and the
 * Anular dialog for a document id (the page opens it with {@code ?documentId=} so the document detail
 * can link here). A refusal (after the 7-day window, already voided, a short reason) is shown in the
 * dialog and nothing changes. Every call goes through {@link VoidingService}.
 */
@Named
@ViewScoped
public class VoidingList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DIALOG_MESSAGES = "void-dialog";
    private static final Map<String, String> FIELDS = Map.of("reason", "void-form:void-reason");

    @Inject
    private VoidingService service;

    @Inject
    private LocaleBean localeBean;

    @Inject
    private SummaryService summaries;

    private VoidStatus status;
    private Long documentId;
    private String reason;

    private final ServicePagedModel<VoidingRow> rows = new ServicePagedModel<>(
            (request, counting) -> service.search(null, status, request).map(VoidingRow::of), VoidingRow::getId, false);

    public void filter() {
        // the lazy model re-reads with the new filter when the table is updated
    }

    /** Opens the dialog (empty, or for the {@code documentId} of the URL). */
    public void newVoiding() {
        reason = null;
    }

    public void voidDocument() {
        if (documentId == null) {
            FacesContext.getCurrentInstance().addMessage("void-form:void-document",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("voiding.document.required"),
                            Texts.get("voiding.document.required")));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            VoidingService.VoidingView done = service.voidDocument(documentId, reason);
            String text = Texts.get("voiding.requested", done.documentNumber(), done.summaryIdentifier());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            documentId = null;
            reason = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), DIALOG_MESSAGES, FIELDS);
        }
    }

    /** The signed XML of the summary (RA, or RC with condition 3) that carries the row's voiding. */
    public StreamedContent xml(VoidingRow row) {
        return summaryFile(row, false);
    }

    /** SUNAT's CDR of the summary that carries the row's voiding. */
    public StreamedContent cdr(VoidingRow row) {
        return summaryFile(row, true);
    }

    private StreamedContent summaryFile(VoidingRow row, boolean cdr) {
        try {
            Long summaryId = service.get(row.getId()).voiding().getSummaryId();
            return summaryId == null ? null : SummaryFiles.download(summaries, summaryId, cdr, localeBean.getLocale());
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
            return null;
        }
    }

    public LazyDataModel<VoidingRow> getRows() {
        return rows;
    }

    public VoidStatus[] getStatuses() {
        return VoidStatus.values();
    }

    public VoidStatus getStatus() {
        return status;
    }

    public void setStatus(VoidStatus status) {
        this.status = status;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public void setDocumentId(Long documentId) {
        this.documentId = documentId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
