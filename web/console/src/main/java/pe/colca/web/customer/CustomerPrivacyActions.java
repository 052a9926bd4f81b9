package pe.colca.web.customer;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import pe.colca.customer.CustomerPrivacy;
import pe.colca.customer.PersonalDataExport;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * The personal-data actions of the customer page (Ley 29733, permission {@code customer.privacy}): download
 * everything Colca holds about the customer as JSON or PDF, and anonymise him on his request behind a
 * confirmation dialog that says it cannot be undone and asks why ({@code dialogs/customer-anonymise.xhtml}).
 * After the anonymisation the customer no longer exists for the console: back to the list with the message.
 */
@Named
@ViewScoped
public class CustomerPrivacyActions implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MESSAGES = "customer-anonymise-dialog";
    private static final Map<String, String> FIELDS = Map.of("reason", "customer-anonymise-form:customer-anonymise-reason");

    @Inject
    private CustomerPrivacy privacy;

    @Inject
    private CustomerPage page;

    @Inject
    private LocaleBean localeBean;

    private String reason;

    /** Whether the caller may export and anonymise (the buttons and the dialog are shown only then). */
    public boolean isAllowed() {
        return page.getCustomerId() != null
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("customer.privacy");
    }

    /** Everything about the customer as JSON ({@code datos-personales-N.json}); null (and a message) when refused. */
    public StreamedContent getJson() {
        Long id = page.getCustomerId();
        try {
            PersonalDataExport export = privacy.export(id);
            byte[] bytes;
            try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
                bytes = jsonb.toJson(export).getBytes(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException("JSON of customer " + id, e);
            }
            return file("datos-personales-" + id + ".json", "application/json", bytes);
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
            return null;
        }
    }

    /** The same as a PDF with Spanish labels ({@code datos-personales-N.pdf}). */
    public StreamedContent getPdf() {
        Long id = page.getCustomerId();
        try {
            return file("datos-personales-" + id + ".pdf", "application/pdf", privacy.exportPdf(id));
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
            return null;
        }
    }

    /** Opens the confirmation dialog empty. */
    public void prepare() {
        reason = null;
    }

    public void anonymise() {
        try {
            // no version: whatever changed meanwhile is erased too (an address edit raises the version)
            CustomerPrivacy.Anonymised done = privacy.anonymise(page.getCustomerId(), null, reason);
            String text = Texts.get(done.documentKept() ? "customer.anonymise.doneKept" : "customer.anonymise.done",
                    done.customerId());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/backoffice/customers/customers.xhtml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), MESSAGES, FIELDS);
        }
    }

    private static StreamedContent file(String name, String type, byte[] bytes) {
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
