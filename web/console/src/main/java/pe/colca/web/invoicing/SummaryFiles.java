package pe.colca.web.invoicing;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import pe.colca.invoicing.SummaryService;
import pe.colca.invoicing.SunatSummary;
import pe.colca.web.FacesErrors;
import pe.colca.web.Texts;

/**
 * The downloads of a summary (Resúmenes, Bajas, Atención): its signed RC/RA XML and SUNAT's CDR zip, read
 * through {@link SummaryService#file} (the same files as {@code /api/v1/invoicing/summaries/{id}/xml|cdr});
 * a file not stored yet (a summary not sent, a ticket not answered) is a message, not an error page.
 */
final class SummaryFiles {

    private SummaryFiles() {
    }

    static StreamedContent download(SummaryService service, long summaryId, boolean cdr, Locale locale) {
        try {
            SunatSummary summary = service.get(summaryId);
            Optional<byte[]> file = service.file(summaryId, cdr);
            if (file.isEmpty()) {
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                        Texts.get(cdr ? "summary.file.noCdr" : "summary.file.noXml", summary.getIdentifier()), null));
                return null;
            }
            byte[] bytes = file.get();
            String stored = cdr ? summary.getCdrPath() : summary.getXmlPath();
            String name = stored == null ? summary.getIdentifier() + (cdr ? ".zip" : ".xml")
                    : Path.of(stored).getFileName().toString();
            return DefaultStreamedContent.builder().name(name).contentType(cdr ? "application/zip" : "application/xml")
                    .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale, null);
            return null;
        }
    }
}
