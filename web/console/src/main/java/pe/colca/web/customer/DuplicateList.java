package pe.colca.web.customer;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import pe.colca.customer.CustomerDuplicateService;
import pe.colca.customer.DuplicateCandidate;
import pe.colca.customer.DuplicateReason;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/customers/duplicates.xhtml}: the possible duplicate customers, paged, best score
 * first, with their reasons; a pair is merged ({@code merge.xhtml?survivor=&absorbed=}) or declared "not a
 * duplicate" after a confirmation (never offered again). Needs {@code customer.merge}.
 */
@Named
@ViewScoped
public class DuplicateList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = ":duplicates-form:duplicates-table";
    static final String DISMISS_MESSAGES = "duplicate-dismiss-dialog";

    @Inject
    private CustomerDuplicateService service;

    @Inject
    private LocaleBean localeBean;

    private String search;
    private DuplicateCandidate selected;
    private String dismissReason;

    private final ServicePagedModel<DuplicateCandidate> rows = new ServicePagedModel<>(
            (request, counting) -> service.candidates(search == null || search.isBlank() ? null : search.strip(),
                    request), c -> c.customer().id() + "-" + c.other().id(), false);

    /** Search text changed: back to the first page. */
    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** Opens the confirmation for the pair. */
    public void askDismiss(DuplicateCandidate pair) {
        selected = pair;
        dismissReason = null;
    }

    public void dismiss() {
        if (selected == null) {
            return;
        }
        try {
            service.dismiss(selected.customer().id(), selected.other().id(), dismissReason);
            String text = Texts.get("duplicates.dismissed", selected.customer().fullName(), selected.other().fullName());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            PrimeFaces.current().ajax().addCallbackParam("dismissed", true);
            selected = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), DISMISS_MESSAGES);
        }
    }

    /** The key of a reason's label. */
    public String reasonKey(DuplicateReason reason) {
        return "duplicates.reason." + reason.name();
    }

    public LazyDataModel<DuplicateCandidate> getRows() {
        return rows;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public DuplicateCandidate getSelected() {
        return selected;
    }

    public String getDismissReason() {
        return dismissReason;
    }

    public void setDismissReason(String dismissReason) {
        this.dismissReason = dismissReason;
    }
}
