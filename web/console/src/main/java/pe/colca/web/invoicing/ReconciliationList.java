package pe.colca.web.invoicing;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import pe.colca.common.PageRequest;
import pe.colca.invoicing.CompanyService;
import pe.colca.invoicing.reconcile.ReconciliationDifference;
import pe.colca.invoicing.reconcile.ReconciliationService;
import pe.colca.invoicing.reconcile.ReconciliationService.RunView;
import pe.colca.invoicing.reconcile.RunStatus;
import pe.colca.web.FacesErrors;
import pe.colca.web.Formats;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/invoicing/reconciliation.xhtml} (Facturación → Conciliación): the nightly
 * reconciliation's runs per company and day (paged, filtered by day, company and whether they found
 * differences), a run's differences and explained exceptions, its CSV, and <i>Conciliar ahora</i> for a day
 * (a dialog that says the day's report is replaced; the table then follows the runs until they finish).
 * Every call goes through {@link ReconciliationService}.
 */
@Named
@ViewScoped
public class ReconciliationList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String MESSAGES = "reconciliation-messages";

    @Inject
    private ReconciliationService service;

    @Inject
    private CompanyService companies;

    @Inject
    private LocaleBean localeBean;

    private LocalDate dayFilter;
    private Integer companyFilter;
    private Boolean withDifferences;
    private LocalDate runDay = LocalDate.now(Formats.LIMA).minusDays(1);
    private Integer runCompany;
    private List<Long> started = List.of();
    private RunView selected;
    private List<ReconciliationDifference> differences = List.of();
    private long differencesTotal;
    private List<CompanyRow> choices;

    private final ServicePagedModel<RunView> rows = new ServicePagedModel<>(
            (request, counting) -> service.search(new ReconciliationService.Filter(companyFilter, dayFilter,
                    withDifferences, null), request),
            r -> r.run().getId(), false);

    public void filter() {
        // the lazy model re-reads with the new filters when the table is updated
    }

    /** Conciliar ahora: queues the day's runs and starts the job; the table follows them. */
    public void runNow() {
        try {
            ReconciliationService.Started s = service.runNow(runDay, runCompany);
            List<Long> ids = new ArrayList<>();
            s.runs().forEach(r -> ids.add(r.run().getId()));
            started = ids;
            dayFilter = runDay;
            String text = Texts.get("reconciliation.started", formatsDate(runDay), s.runs().size());
            FacesContext.getCurrentInstance().addMessage(MESSAGES, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), MESSAGES);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Whether a run started here is still queued or running (the poll goes on while it is). */
    public boolean isActive() {
        for (Long id : started) {
            try {
                RunStatus s = service.get(id).run().getStatus();
                if (s == RunStatus.QUEUED || s == RunStatus.RUNNING) {
                    return true;
                }
            } catch (RuntimeException e) {
                return false;
            }
        }
        return false;
    }

    public void refresh() {
        if (!isActive()) {
            started = List.of();
        }
    }

    public void open(RunView row) {
        try {
            selected = service.get(row.run().getId());
            var page = service.differences(row.run().getId(), null, new PageRequest(0, PageRequest.MAX_LIMIT, null, true));
            differences = page.items();
            differencesTotal = page.total();
        } catch (RuntimeException e) {
            selected = null;
            differences = List.of();
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    /** The CSV of the open run's findings. */
    public StreamedContent getCsv() {
        if (selected == null) {
            return null;
        }
        byte[] csv = service.csv(selected.run().getId()).getBytes(StandardCharsets.UTF_8);
        String name = "conciliacion-" + selected.ruc() + "-" + selected.run().getBusinessDay() + ".csv";
        return DefaultStreamedContent.builder().name(name).contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    /** Progress of a run in percent: documents consulted of those of the day (100 once done). */
    public int progress(RunView row) {
        var r = row.run();
        if (r.getStatus() == RunStatus.COMPLETED) {
            return 100;
        }
        return r.getDocumentsChecked() == 0 ? 0 : Math.min(99, 100 * r.getDocumentsConsulted() / r.getDocumentsChecked());
    }

    /** The companies to choose from (every one, by RUC); none when the user cannot list them. */
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

    private static String formatsDate(LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    public LazyDataModel<RunView> getRows() {
        return rows;
    }

    public LocalDate getDayFilter() {
        return dayFilter;
    }

    public void setDayFilter(LocalDate dayFilter) {
        this.dayFilter = dayFilter;
    }

    public Integer getCompanyFilter() {
        return companyFilter;
    }

    public void setCompanyFilter(Integer companyFilter) {
        this.companyFilter = companyFilter;
    }

    public Boolean getWithDifferences() {
        return withDifferences;
    }

    public void setWithDifferences(Boolean withDifferences) {
        this.withDifferences = withDifferences;
    }

    public LocalDate getRunDay() {
        return runDay;
    }

    public void setRunDay(LocalDate runDay) {
        this.runDay = runDay;
    }

    public Integer getRunCompany() {
        return runCompany;
    }

    public void setRunCompany(Integer runCompany) {
        this.runCompany = runCompany;
    }

    public RunView getSelected() {
        return selected;
    }

    public List<ReconciliationDifference> getDifferences() {
        return differences;
    }

    public long getDifferencesTotal() {
        return differencesTotal;
    }

    public LocalDate getToday() {
        return LocalDate.now(Formats.LIMA);
    }
}
