package pe.colca.web.invoicing;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import pe.colca.common.PageRequest;
import pe.colca.invoicing.DocumentFile;
import pe.colca.invoicing.DocumentFilter;
import pe.colca.invoicing.DocumentService;
import pe.colca.invoicing.print.PrintFormat;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The POS after a sale: the sale's boleta or factura as soon as the sender has signed it (the POS polls
 * until then), and its 80 mm ticket PDF — the printed copy made from the signed XML — to print instead
 * of the pre-receipt. Nothing for a cashier who may not see documents.
 */
@Named
@ViewScoped
public class PosDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentService service;

    private Long orderId;
    private DocumentRow document;

    /** The order's newest document, read again until it is signed. */
    public DocumentRow of(Long order) {
        if (order == null) {
            return null;
        }
        if (!order.equals(orderId) || document == null || !document.isSigned()) {
            orderId = order;
            document = FacesContext.getCurrentInstance().getExternalContext().isUserInRole("sunat.document.view")
                    ? service.search(new DocumentFilter(null, null, null, null, null, null, null, order),
                    new PageRequest(0, 1, "createdAt", false)).items().stream().findFirst().map(DocumentRow::of)
                    .orElse(null)
                    : null;
        }
        return document;
    }

    /** Whether the ticket can be printed (the document is signed). */
    public boolean isReady() {
        return document != null && document.isSigned();
    }

    /** The 80 mm ticket of the sale's document. */
    public StreamedContent getTicket() {
        DocumentFile file = service.file(document.getId(), DocumentFile.Kind.PDF, PrintFormat.TICKET);
        byte[] bytes = file.content();
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }
}
