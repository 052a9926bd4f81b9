package pe.colca.web.catalog;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import pe.colca.catalog.PriceService;
import pe.colca.web.ServicePagedModel;

/**
 * Dialog {@code backoffice/catalog/dialogs/price-history.xhtml} of the product editor: the price
 * history of one variant of the grid, newest first, paged by the service. View scoped: the pages
 * after the first are read by later requests for the same variant.
 */
@Named
@ViewScoped
public class PriceHistoryDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String TABLE = ":history-form:history-table";

    @Inject
    private PriceService prices;

    private VariantRow variant;
    private final ServicePagedModel<PriceHistoryRow> history = new ServicePagedModel<>(
            (request, counting) -> variant == null ? null
                    : prices.priceHistoryLines(variant.getId(), request).map(PriceHistoryRow::of),
            PriceHistoryRow::getId, false);

    /** Opens the history of a row of the variants grid, on its first page. */
    public void open(VariantRow row) {
        variant = row;
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** The variant whose history is shown; null before one is chosen. */
    public VariantRow getVariant() {
        return variant;
    }

    public LazyDataModel<PriceHistoryRow> getHistory() {
        return history;
    }
}
