package pe.colca.web.invoicing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Screen {@code /backoffice/invoicing/attention.xhtml} (Facturación → Atención): the documents that
 * wait for a person — attempts exhausted (DLQ) or rejected by SUNAT — with the same actions as the
 * documents list: Reenviar, and Re-emitir for a rejected one.
 */
@Named
@ViewScoped
public class AttentionList extends DocumentList {

    private static final long serialVersionUID = 1L;

    @Override
    protected boolean attentionOnly() {
        return true;
    }
}
