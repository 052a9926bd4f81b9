package pe.colca.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import pe.colca.customer.CustomerDistrict;
import pe.colca.customer.CustomerService;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * The "Direcciones" tab of {@code customer.xhtml}: the customer's addresses (the default first), the
 * add/edit dialog with the district list (ubigeo) and coordinates, and removal. The database keeps
 * exactly one default; the service moves it when the default is removed.
 */
@Named
@ViewScoped
public class CustomerAddresses implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MESSAGES = "address-dialog";
    private static final Map<String, String> FIELDS = Map.of(
            "label", "address-form:address-label",
            "addressLine", "address-form:address-line",
            "ubigeo", "address-form:address-ubigeo",
            "district", "address-form:address-district",
            "city", "address-form:address-city",
            "reference", "address-form:address-reference",
            "latitude", "address-form:address-latitude",
            "longitude", "address-form:address-longitude");

    @Inject
    private CustomerService service;

    @Inject
    private CustomerPage page;

    @Inject
    private LocaleBean localeBean;

    private List<AddressForm> rows = List.of();
    private List<SelectItem> districts = List.of();
    private AddressForm form = AddressForm.blank();

    @PostConstruct
    void load() {
        if (page.getCustomerId() == null) {
            return;
        }
        try {
            List<SelectItem> items = new ArrayList<>();
            for (CustomerDistrict d : service.districts()) {
                items.add(new SelectItem(d.getUbigeo(), d.getLabel()));
            }
            districts = items;
            refresh();
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    private void refresh() {
        rows = service.addresses(page.getCustomerId()).stream().map(AddressForm::of).toList();
    }

    public void newAddress() {
        form = AddressForm.blank();
    }

    public void edit(AddressForm row) {
        form = row;
    }

    public void save() {
        try {
            if (form.isNew()) {
                service.addAddress(page.getCustomerId(), form.toData());
            } else {
                service.updateAddress(page.getCustomerId(), form.getId(), form.toData());
            }
            info(Texts.get("customer.address.saved"), form.getAddressLine());
            refresh();
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), MESSAGES, FIELDS);
        }
    }

    public void remove(AddressForm row) {
        try {
            service.removeAddress(page.getCustomerId(), row.getId());
            info(Texts.get("customer.address.removed"), row.getAddressLine());
            refresh();
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    private static void info(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail == null ? summary : detail));
    }

    public List<AddressForm> getRows() {
        return rows;
    }

    public List<SelectItem> getDistricts() {
        return districts;
    }

    public AddressForm getForm() {
        return form;
    }
}
