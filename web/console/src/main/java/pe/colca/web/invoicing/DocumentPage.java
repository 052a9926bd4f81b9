package pe.colca.web.invoicing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import pe.colca.invoicing.DocumentDetail;
import pe.colca.invoicing.DocumentFile;
import pe.colca.invoicing.DocumentService;
import pe.colca.invoicing.ElectronicDocument;
import pe.colca.invoicing.print.PrintFormat;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/invoicing/document.xhtml?id=}: one electronic document — number, customer,
 * totals, where it stands with SUNAT and SUNAT's words (observations, rejection), the last sending error,
 * the status timeline (who and when), the documents around it (the rejected one it re-issues, its
 * re-issue, the document a note modifies) — with the downloads (signed XML, CDR, printed copy A4 and
 * 80 mm ticket) and, when it waits for a person, Reenviar or Re-emitir after a confirmation.
 */
@Named
@ViewScoped
public class DocumentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentService service;

    @Inject
    private LocaleBean localeBean;

    private Long id;
    private DocumentDetail detail;

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        id = param == null || !param.matches("\\d{1,18}") ? null : Long.parseLong(param);
        reload();
    }

    void reload() {
        if (id == null) {
            detail = null;
            return;
        }
        try {
            detail = service.get(id);
        } catch (RuntimeException e) {
            detail = null;
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    /** Reenviar. */
    public void resend() {
        try {
            ElectronicDocument d = service.resend(id);
            info(Texts.get("documents.resent", d.number()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
        reload();
    }

    /** Re-emitir: then shows the new document. */
    public String reissue() {
        try {
            ElectronicDocument d = service.reissue(id);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            info(Texts.get("documents.reissued", detail.document().number(), d.number()));
            return "/backoffice/invoicing/document?faces-redirect=true&id=" + d.getId();
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
            reload();
            return null;
        }
    }

    public StreamedContent getXml() {
        return download(DocumentFile.Kind.XML, null);
    }

    public StreamedContent getCdr() {
        return download(DocumentFile.Kind.CDR, null);
    }

    public StreamedContent getPdf() {
        return download(DocumentFile.Kind.PDF, PrintFormat.A4);
    }

    public StreamedContent getTicket() {
        return download(DocumentFile.Kind.PDF, PrintFormat.TICKET);
    }

    private StreamedContent download(DocumentFile.Kind kind, PrintFormat format) {
        try {
            DocumentFile file = service.file(id, kind, format);
            byte[] bytes = file.content();
            return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                    .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
            return null;
        }
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public DocumentDetail getDetail() {
        return detail;
    }

    // Jakarta EL 5 (EE 10) reads JavaBean getters, not record accessors
    public ElectronicDocument getDocument() {
        return detail == null ? null : detail.document();
    }

    public DocumentDetail.Related getReplaces() {
        return detail == null ? null : detail.replaces();
    }

    public DocumentDetail.Related getReplacedBy() {
        return detail == null ? null : detail.replacedBy();
    }

    public DocumentDetail.Related getReferenced() {
        return detail == null ? null : detail.referenced();
    }

    /** The document as the list shows it (status, actions). */
    public DocumentRow getRow() {
        return detail == null ? null : DocumentRow.of(detail.document());
    }

    public List<DocumentDetail.TimelineStep> getEvents() {
        return detail == null ? List.of() : detail.events();
    }
}
