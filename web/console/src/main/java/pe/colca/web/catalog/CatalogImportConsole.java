package pe.colca.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import pe.colca.catalog.importing.CatalogCsv;
import pe.colca.catalog.importing.CatalogImportService;
import pe.colca.catalog.importing.ImportSummary;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/catalog/import.xhtml}: upload a CSV (size-limited), start the batch
 * import through {@link CatalogImportService}, follow its progress (the page polls every second
 * while it runs), then see the summary (created, updated and failed rows) and download the error
 * report. Below, the recent imports with their status; a failed or stopped one can be restarted.
 */
@Named("catalogImport")
@ViewScoped
public class CatalogImportConsole implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Largest accepted file (also the upload component's limit). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    static final String MESSAGES = "import-messages";
    private static final Map<String, String> FIELDS = Map.of("file", "upload-form:csv-upload");
    private static final String RECENT_TABLE = "recent-form:imports-table";
    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    private CatalogImportService imports;

    @Inject
    private LocaleBean localeBean;

    private final ServicePagedModel<ImportSummary> recent = new ServicePagedModel<>(
            (request, counting) -> imports.recent(request), ImportSummary::id, false);

    private String fileName;
    private byte[] content;
    private ImportSummary current;
    private ImportSummary restarting;

    // ---- upload and start ---------------------------------------------------------------------

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (file.getSize() > MAX_BYTES) {
            ConsoleMessages.error(MESSAGES, Texts.get("import.tooLarge", getMaxMegabytes()));
            return;
        }
        fileName = file.getFileName();
        content = file.getContent();
    }

    public void start() {
        if (content == null) {
            ConsoleMessages.error(MESSAGES, Texts.get("import.noFile"));
            return;
        }
        try {
            current = imports.start(fileName, content, null, null);
            fileName = null;
            content = null;
            PrimeFaces.current().executeScript("PF('importPoll').start()");
            PrimeFaces.current().ajax().update(RECENT_TABLE);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), MESSAGES, FIELDS);
        }
    }

    /** The poll: the import as it stands; once it has ended the poll stops and the list is refreshed. */
    public void refresh() {
        if (current == null) {
            PrimeFaces.current().executeScript("PF('importPoll').stop()");
            return;
        }
        try {
            current = imports.get(current.id());
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), MESSAGES);
        }
        if (!isRunning()) {
            PrimeFaces.current().executeScript("PF('importPoll').stop()");
            PrimeFaces.current().ajax().update(RECENT_TABLE);
        }
    }

    // ---- the list -----------------------------------------------------------------------------

    /** Shows an import of the list above (its progress, or its summary and error report). */
    public void show(ImportSummary row) {
        try {
            current = imports.get(row.id());
            if (isRunning()) {
                PrimeFaces.current().executeScript("PF('importPoll').start()");
            }
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), MESSAGES);
        }
    }

    /** Opens the confirmation of a restart. */
    public void confirmRestart(ImportSummary row) {
        restarting = row;
    }

    /** Restarts the confirmed failed or stopped import from its last checkpoint and follows it. */
    public void restart() {
        if (restarting == null) {
            return;
        }
        long id = restarting.id();
        try {
            current = imports.restart(id);
            restarting = null;
            ConsoleMessages.info(null, Texts.get("import.restarted", id), null);
            PrimeFaces.current().executeScript("PF('importPoll').start()");
            PrimeFaces.current().ajax().update(RECENT_TABLE);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), MESSAGES);
        }
    }

    // ---- downloads ----------------------------------------------------------------------------

    public StreamedContent getTemplate() {
        return csv("catalog-import-template.csv", CatalogCsv.TEMPLATE);
    }

    /** The rejected rows of the shown import: row_number, column, reason. */
    public StreamedContent getErrorReport() {
        if (current == null) {
            return null;
        }
        return csv("catalog-import-" + current.id() + "-errors.csv",
                CatalogCsv.errorReport(imports.allErrors(current.id())));
    }

    private static StreamedContent csv(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(name).contentType(CSV).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Locale locale() {
        return localeBean.getLocale();
    }

    // ---- properties ---------------------------------------------------------------------------

    public LazyDataModel<ImportSummary> getRecent() {
        return recent;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isReady() {
        return content != null;
    }

    public long getFileSize() {
        return content == null ? 0 : content.length;
    }

    public ImportSummary getCurrent() {
        return current;
    }

    public ImportSummary getRestarting() {
        return restarting;
    }

    public boolean isRunning() {
        return current != null && "STARTED".equals(current.status());
    }

    public boolean isFinished() {
        return current != null && !isRunning();
    }

    public long getMaxBytes() {
        return MAX_BYTES;
    }

    public long getMaxMegabytes() {
        return MAX_BYTES / (1024 * 1024);
    }
}
