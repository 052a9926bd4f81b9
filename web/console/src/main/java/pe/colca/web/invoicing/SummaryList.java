package pe.colca.web.invoicing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import pe.colca.invoicing.SummaryKind;
import pe.colca.invoicing.SummaryService;
import pe.colca.invoicing.SummaryStatus;
import pe.colca.invoicing.SunatSummary;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;

/**
 * Screen {@code /backoffice/invoicing/summaries.xhtml} (Facturación → Resúmenes): the RC and RA files
 * sent to SUNAT, newest first, with their ticket, status and SUNAT's answer; filtered by kind and
 * status; the lines of one summary with each document's status; the XML and CDR downloads of each row
 * ({@link SummaryFiles}, the files of the API's {@code /summaries/{id}/xml|cdr}). Every call goes through
 * {@link SummaryService}.
 */
@Named
@ViewScoped
public class SummaryList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SummaryService service;

    @Inject
    private LocaleBean localeBean;

    private SummaryKind kind;
    private SummaryStatus status;
    private SunatSummary selected;
    private List<SummaryService.LineView> lines = List.of();

    private final ServicePagedModel<SunatSummary> rows = new ServicePagedModel<>(
            (request, counting) -> service.search(new SummaryService.Filter(null, kind, status, null), request),
            SunatSummary::getId, false);

    public void filter() {
        // the lazy model re-reads with the new filters when the table is updated
    }

    public void open(SunatSummary row) {
        try {
            selected = service.get(row.getId());
            lines = service.lines(row.getId());
        } catch (RuntimeException e) {
            selected = null;
            lines = List.of();
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    /** The signed XML of a row's summary (RC or RA). */
    public StreamedContent xml(SunatSummary row) {
        return SummaryFiles.download(service, row.getId(), false, localeBean.getLocale());
    }

    /** SUNAT's CDR zip of a row's summary, once its ticket was answered. */
    public StreamedContent cdr(SunatSummary row) {
        return SummaryFiles.download(service, row.getId(), true, localeBean.getLocale());
    }

    public LazyDataModel<SunatSummary> getRows() {
        return rows;
    }

    public SummaryKind[] getKinds() {
        return SummaryKind.values();
    }

    public SummaryStatus[] getStatuses() {
        return SummaryStatus.values();
    }

    public SummaryKind getKind() {
        return kind;
    }

    public void setKind(SummaryKind kind) {
        this.kind = kind;
    }

    public SummaryStatus getStatus() {
        return status;
    }

    public void setStatus(SummaryStatus status) {
        this.status = status;
    }

    public SunatSummary getSelected() {
        return selected;
    }

    public List<SummaryService.LineView> getLines() {
        return lines;
    }
}
