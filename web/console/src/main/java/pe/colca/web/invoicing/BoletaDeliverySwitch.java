package pe.colca.web.invoicing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pe.colca.invoicing.BoletaDelivery;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.CompanyService;
import pe.colca.invoicing.SummaryDelivery;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * The "Envío de boletas" column of the companies screen: shows whether a company sends its boletas one
 * by one (sendBill) or in the daily summary (RC), and switches it ({@link SummaryDelivery#change},
 * {@code sunat.company.edit}, with the row's version: a stale row is refused and the table reloads).
 */
@Named
@RequestScoped
public class BoletaDeliverySwitch {

    @Inject
    private CompanyService companies;

    @Inject
    private SummaryDelivery delivery;

    @Inject
    private LocaleBean localeBean;

    /** The current mode of the company, as a name of {@link BoletaDelivery}. */
    public String mode(int companyId) {
        try {
            return companies.get(companyId).getBoletaDelivery().name();
        } catch (RuntimeException e) {
            return BoletaDelivery.BILL.name();
        }
    }

    /** Switches BILL ↔ SUMMARY. */
    public void toggle(CompanyRow row) {
        try {
            Company current = companies.get(row.id());
            BoletaDelivery next = current.getBoletaDelivery() == BoletaDelivery.SUMMARY ? BoletaDelivery.BILL
                    : BoletaDelivery.SUMMARY;
            delivery.change(row.id(), current.getVersion(), next);
            String text = Texts.get("company.boletaDelivery.changed", current.getRuc(),
                    Texts.get("company.boletaDelivery." + next.name()));
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }
}
