package pe.colca.web.invoicing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import pe.colca.common.PageRequest;
import pe.colca.invoicing.DocumentFilter;
import pe.colca.invoicing.DocumentService;

/**
 * The electronic documents of an order, for the order page ({@code backoffice/sales/order.xhtml}) and the
 * POS: links to each document's detail and its printed copy. Empty for a user who may not see documents
 * ({@code sunat.document.view}), so the order page stays open to those who only see orders.
 */
@Named
@RequestScoped
public class OrderDocuments {

    @Inject
    private DocumentService service;

    private Long loadedFor;
    private List<DocumentRow> rows = List.of();

    /** The order's documents, oldest first (a re-issue follows the rejected one). */
    public List<DocumentRow> of(Long orderId) {
        if (orderId == null) {
            return List.of();
        }
        if (!orderId.equals(loadedFor)) {
            loadedFor = orderId;
            rows = FacesContext.getCurrentInstance().getExternalContext().isUserInRole("sunat.document.view")
                    ? service.search(new DocumentFilter(null, null, null, null, null, null, null, orderId),
                    new PageRequest(0, 50, "createdAt", true)).items().stream().map(DocumentRow::of).toList()
                    : List.of();
        }
        return rows;
    }
}
