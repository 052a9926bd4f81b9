package pe.colca.web.catalog;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import pe.colca.web.Texts;

/** The catalog screens' own notices (refusals by the services go through {@link pe.colca.web.FacesErrors}). */
final class ConsoleMessages {

    private ConsoleMessages() {
    }

    /** An information message for {@code clientId} (null: the growl); the detail defaults to the summary. */
    static void info(String clientId, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail == null ? summary : detail));
    }

    /** An error for {@code clientId} that also marks the request as failed validation (dialogs stay open). */
    static void error(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** A key/value table's refusal (a value without a key, keys given twice) under {@code clientId}. */
    static void invalidTable(String clientId, KeyValueTable.Invalid e) {
        error(clientId, e.duplicates().isEmpty() ? Texts.get("keyValue.keyRequired")
                : Texts.get("keyValue.duplicate", String.join(", ", e.duplicates())));
    }
}
