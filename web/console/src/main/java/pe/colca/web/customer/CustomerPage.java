package pe.colca.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pe.colca.common.StaleVersion;
import pe.colca.customer.ConsentChannel;
import pe.colca.customer.Customer;
import pe.colca.customer.CustomerSegment;
import pe.colca.customer.CustomerService;
import pe.colca.customer.Gender;
import pe.colca.customer.IdentityDocumentType;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/customers/customer.xhtml[?id=N]}: a customer with its tabs. This bean
 * owns the "Datos" tab (create or edit with the version read, the conflict and reload, the soft
 * delete with a reason); {@link CustomerAddresses} owns "Direcciones". Loyalty and wallet tabs are
 * separate fragments ({@code tabs/}) that read the customer id from this bean ({@link #getCustomerId()}).
 */
@Named
@ViewScoped
public class CustomerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MESSAGES = "customer-messages";
    private static final String DELETE_MESSAGES = "customer-delete-dialog";
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("docType", "customer-tabs:customer-form:customer-doc-type"),
            Map.entry("docNumber", "customer-tabs:customer-form:customer-doc-number"),
            Map.entry("fullName", "customer-tabs:customer-form:customer-name"),
            Map.entry("email", "customer-tabs:customer-form:customer-email"),
            Map.entry("phone", "customer-tabs:customer-form:customer-phone"),
            Map.entry("birthDate", "customer-tabs:customer-form:customer-birth-date"),
            Map.entry("segment", "customer-tabs:customer-form:customer-segment"),
            Map.entry("consentChannel", "customer-tabs:customer-form:customer-consent-channel"));

    @Inject
    private CustomerService service;

    @Inject
    private LocaleBean localeBean;

    private CustomerForm form = CustomerForm.blank();
    private boolean missing;
    private boolean conflict;
    private String savedName;
    private String deleteReason;
    private List<CustomerSegment> segments = List.of();

    /** Reads the customer of the {@code id} parameter (or prepares a new one) once per view. */
    @PostConstruct
    void load() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            segments = service.segments();
            if (param != null && !param.isBlank()) {
                Customer c = service.get(Long.parseLong(param.strip()));
                form = CustomerForm.of(c);
                savedName = c.getFullName();
            }
        } catch (NumberFormatException e) {
            missing = true;
        } catch (RuntimeException e) {
            missing = true;
            FacesErrors.show(e, locale(), null);
        }
    }

    public void save() {
        boolean creating = form.isNew();
        try {
            Customer saved = creating ? service.create(form.toData())
                    : service.update(form.getId(), form.getVersion(), form.toData());
            form = CustomerForm.of(saved);
            savedName = saved.getFullName();
            conflict = false;
            info(null, Texts.get(creating ? "customer.created" : "customer.updated"),
                    saved.getDocType() + " " + saved.getDocNumber() + " · " + saved.getFullName());
            if (creating) {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().getFlash().setKeepMessages(true);
                redirect("customer.xhtml?id=" + saved.getId());
            }
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, locale(), MESSAGES, FIELDS).filter(StaleVersion.class::isInstance)
                    .isPresent();
        }
    }

    /** After a conflict: the form shows the customer as it is now, with its new version. */
    public void reload() {
        try {
            form = CustomerForm.of(service.get(form.getId()));
            conflict = false;
            info(MESSAGES, Texts.get("customer.reloaded"), null);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), MESSAGES);
        }
    }

    public void delete() {
        if (deleteReason == null || deleteReason.isBlank()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String text = Texts.get("customer.delete.reasonRequired");
            faces.addMessage("customer-delete-form:customer-delete-reason",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return;
        }
        try {
            service.delete(form.getId(), form.getVersion(), deleteReason.strip());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            info(null, Texts.get("customer.deleted"), form.getDocNumber() + " · " + form.getFullName());
            redirect("customers.xhtml");
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), DELETE_MESSAGES);
        }
    }

    private static void redirect(String page) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/backoffice/customers/" + page);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Locale locale() {
        return localeBean.getLocale();
    }

    private static void info(String clientId, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail == null ? summary : detail));
    }

    // ---- properties ---------------------------------------------------------------------------

    /** The {@code id} view parameter (kept by the language links); read once by {@link #load()}. */
    public String getIdParam() {
        return form.getId() == null ? null : String.valueOf(form.getId());
    }

    public void setIdParam(String ignored) {
        // the customer was read when the view started; a postback does not switch customers
    }

    public CustomerForm getForm() {
        return form;
    }

    /** The customer shown, null while a new one is being created (tabs other than Datos wait for it). */
    public Long getCustomerId() {
        return form.getId();
    }

    public boolean isMissing() {
        return missing;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getSavedName() {
        return savedName;
    }

    public String getDeleteReason() {
        return deleteReason;
    }

    public void setDeleteReason(String deleteReason) {
        this.deleteReason = deleteReason;
    }

    public List<CustomerSegment> getSegments() {
        return segments;
    }

    public IdentityDocumentType[] getDocTypes() {
        return IdentityDocumentType.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public ConsentChannel[] getConsentChannels() {
        return ConsentChannel.values();
    }
}
