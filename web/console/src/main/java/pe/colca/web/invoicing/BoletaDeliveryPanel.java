package pe.colca.web.invoicing;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pe.colca.invoicing.BoletaDelivery;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.CompanyService;
import pe.colca.invoicing.SummaryDelivery;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * The "Envío de boletas" panel of Facturación → Resúmenes: for a chosen company, whether its boletas go
 * one by one (sendBill) or in the daily summary (RC), and the switch ({@link SummaryDelivery#change},
 * {@code sunat.company.edit}, with the company's current version).
 */
@Named
@ViewScoped
public class BoletaDeliveryPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompanyService companies;

    @Inject
    private SummaryDelivery delivery;

    @Inject
    private LocaleBean localeBean;

    private Integer companyId;
    private List<CompanyRow> choices;

    /** The companies to choose from (every one, by RUC). */
    public List<CompanyRow> getChoices() {
        if (choices == null) {
            try {
                choices = CompanyRow.all(companies);
            } catch (RuntimeException e) {
                choices = List.of();
            }
        }
        return choices;
    }

    /** The chosen company's mode, as a name of {@link BoletaDelivery}; null when none is chosen. */
    public String getMode() {
        if (companyId == null) {
            return null;
        }
        try {
            return companies.get(companyId).getBoletaDelivery().name();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Switches the chosen company BILL ↔ SUMMARY. */
    public void toggle() {
        if (companyId == null) {
            return;
        }
        try {
            Company current = companies.get(companyId);
            BoletaDelivery next = current.getBoletaDelivery() == BoletaDelivery.SUMMARY ? BoletaDelivery.BILL
                    : BoletaDelivery.SUMMARY;
            delivery.change(companyId, current.getVersion(), next);
            String text = Texts.get("company.boletaDelivery.changed", current.getRuc(),
                    Texts.get("company.boletaDelivery." + next.name()));
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    public Integer getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Integer companyId) {
        this.companyId = companyId;
    }
}
