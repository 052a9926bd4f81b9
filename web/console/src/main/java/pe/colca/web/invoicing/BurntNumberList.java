package pe.colca.web.invoicing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.LazyDataModel;
import pe.colca.common.PageRequest;
import pe.colca.invoicing.SeriesReports;
import pe.colca.web.ServicePagedModel;

/**
 * Screen {@code /backoffice/invoicing/burnt.xhtml} (Facturación → Números quemados): the burnt numbers (filters
 * series and dates, paged, each linked to its document and its replacement) and the report of one series (its
 * counts — issued, burnt, replaced, unexplained gaps in red — and its numbers page by page, all or only the
 * burnt ones or only the gaps). Through {@link SeriesReports}.
 */
@Named
@ViewScoped
public class BurntNumberList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BurntNumberList.class.getName());

    @Inject
    private SeriesReports service;

    private String series;
    private LocalDate from;
    private LocalDate to;

    private List<SeriesReports.SeriesOption> options = List.of();
    private Integer sequenceId;
    private SeriesReports.Show show = SeriesReports.Show.ALL;
    private SeriesReports.Summary summary;

    private final ServicePagedModel<SeriesReports.BurntNumber> burnt = new ServicePagedModel<>(
            (request, counting) -> service.burnt(new SeriesReports.BurntFilter(null, series, from, to), request),
            SeriesReports.BurntNumber::documentId, false);

    private final ServicePagedModel<SeriesReports.NumberRow> numbers = new ServicePagedModel<>(
            (request, counting) -> {
                if (sequenceId == null) {
                    return null;
                }
                SeriesReports.Report report = service.report(sequenceId, show, request);
                summary = report.summary();
                return report.numbers();
            }, SeriesReports.NumberRow::number, true);

    @PostConstruct
    void load() {
        try {
            options = service.series();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "series for the report unavailable", e);
        }
    }

    public void filter() {
        // the lazy models re-read with the new filter when the tables are updated
    }

    /** Reads the chosen series' counts at once (the table reads its page when it is updated). */
    public void selectSeries() {
        summary = null;
        if (sequenceId != null) {
            try {
                summary = service.report(sequenceId, SeriesReports.Show.GAP,
                        PageRequest.of(0, 1)).summary();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "series report refused", e);
            }
        }
    }

    /** The series' code of the chosen report, for the number column. */
    public String getSeriesCode() {
        return summary == null ? "" : summary.series();
    }

    public LazyDataModel<SeriesReports.BurntNumber> getBurnt() {
        return burnt;
    }

    public LazyDataModel<SeriesReports.NumberRow> getNumbers() {
        return numbers;
    }

    public SeriesReports.Summary getSummary() {
        return summary;
    }

    public List<SeriesReports.SeriesOption> getOptions() {
        return options;
    }

    public SeriesReports.Show[] getShows() {
        return SeriesReports.Show.values();
    }

    public Integer getSequenceId() {
        return sequenceId;
    }

    public void setSequenceId(Integer sequenceId) {
        this.sequenceId = sequenceId;
    }

    public SeriesReports.Show getShow() {
        return show;
    }

    public void setShow(SeriesReports.Show show) {
        this.show = show == null ? SeriesReports.Show.ALL : show;
    }

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series == null || series.isBlank() ? null : series.strip();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
