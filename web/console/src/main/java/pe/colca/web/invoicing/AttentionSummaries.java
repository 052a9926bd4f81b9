package pe.colca.web.invoicing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import pe.colca.invoicing.SummaryService;
import pe.colca.invoicing.SummaryStatus;
import pe.colca.invoicing.SunatSummary;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;

/**
 * The summaries of Facturación → Atención: RC and RA files whose ticket was lost ({@link SummaryStatus#EXPIRED}:
 * SUNAT answered 0127, or it stayed in process past {@code invoicing.ticket.max_age_hours}). Their boletas
 * already went back to the next summary and their voidings can be requested again (Bajas); the XML stays
 * downloadable for whoever asks SUNAT about it. A file leaves the list by itself once every one of its documents
 * has reached what it was sent for (accepted by a later summary, or voided).
 */
@Named
@ViewScoped
public class AttentionSummaries implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SummaryService service;

    @Inject
    private LocaleBean localeBean;

    private final ServicePagedModel<SunatSummary> rows = new ServicePagedModel<>(
            (request, counting) -> service.search(new SummaryService.Filter(null, null, null, null, Boolean.TRUE), request),
            SunatSummary::getId, false);

    public LazyDataModel<SunatSummary> getRows() {
        return rows;
    }

    public StreamedContent xml(SunatSummary row) {
        return SummaryFiles.download(service, row.getId(), false, localeBean.getLocale());
    }
}
