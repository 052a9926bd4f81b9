package pe.colca.web.invoicing;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.LazyDataModel;
import pe.colca.common.StaleVersion;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.CompanyData;
import pe.colca.invoicing.CompanyService;
import pe.colca.invoicing.DocumentSequence;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.SunatEndpoint;
import pe.colca.inventory.location.LocationService;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;
import pe.colca.web.inventory.LocationOption;

/**
 * Screen {@code /backoffice/invoicing/companies.xhtml} (Facturación → Empresas y series): the issuing
 * companies with their certificate's subject, serial and validity; the create/edit dialog; the SOL
 * credentials and certificate dialogs (write-only: a secret typed here is sent to the service and
 * never shown again); the series of a company. Every call goes through {@link CompanyService}.
 */
@Named
@ViewScoped
public class CompanyList implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String EDIT_MESSAGES = "company-dialog";
    static final String SOL_MESSAGES = "sol-dialog";
    static final String CERT_MESSAGES = "certificate-dialog";
    static final String SERIES_MESSAGES = "series-dialog";
    private static final Map<String, String> EDIT_FIELDS = Map.of(
            "ruc", "company-form:company-ruc", "legalName", "company-form:company-legal-name",
            "tradeName", "company-form:company-trade-name", "address", "company-form:company-address",
            "ubigeo", "company-form:company-ubigeo", "simulatorUrl", "company-form:company-simulator-url");
    private static final Map<String, String> SOL_FIELDS = Map.of("solUser", "sol-form:sol-user",
            "solPassword", "sol-form:sol-password");
    private static final Map<String, String> SERIES_FIELDS = Map.of("series", "series-form:series-code",
            "documentType", "series-form:series-type");
    private static final String TABLE_CLIENT_ID = "companies-form:companies-table";

    @Inject
    private CompanyService service;

    @Inject
    private LocationService locations;

    @Inject
    private LocaleBean localeBean;

    private final ServicePagedModel<CompanyRow> rows = new ServicePagedModel<>(
            (request, counting) -> service.search(currentSearch(), request).map(CompanyRow::of), CompanyRow::getId, true);

    private String search;

    // edit dialog
    private Integer editingId;
    private long editingVersion;
    private String ruc;
    private String legalName;
    private String tradeName;
    private String address;
    private String ubigeo;
    private SunatEndpoint endpoint = SunatEndpoint.SIMULATOR;
    private String simulatorUrl;
    private boolean active = true;
    private boolean conflict;

    // secrets and series dialogs: the company they act on
    private CompanyRow selected;
    private String solUser;
    private String solPassword;
    private byte[] pendingCertificate;
    private String pendingFileName;
    private String certificatePassword;
    private List<DocumentSequence> series = new ArrayList<>();
    private DocumentType seriesType;
    private String seriesCode;
    /** The store the new series numbers the sales of (a sale takes its document from its store's series). */
    private Integer seriesLocationId;
    private List<LocationOption> storeOptions = List.of();

    String currentSearch() {
        return search == null || search.isBlank() ? null : search.strip();
    }

    public void filter() {
        // the lazy model re-reads with the new search text when the table is updated
    }

    // ---- create / edit ------------------------------------------------------------------------

    public void newCompany() {
        editingId = null;
        editingVersion = 0;
        ruc = legalName = tradeName = address = ubigeo = simulatorUrl = null;
        endpoint = SunatEndpoint.SIMULATOR;
        active = true;
        conflict = false;
    }

    public void edit(CompanyRow row) {
        conflict = false;
        try {
            load(service.get(row.id()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    private void load(Company c) {
        editingId = c.getId();
        editingVersion = c.getVersion();
        ruc = c.getRuc();
        legalName = c.getRazonSocial();
        tradeName = c.getTradeName();
        address = c.getAddress();
        ubigeo = c.getUbigeo();
        endpoint = c.getSunatEndpoint();
        simulatorUrl = c.getSimulatorUrl();
        active = c.isActive();
    }

    public void save() {
        CompanyData data = new CompanyData(ruc, legalName, tradeName, address, ubigeo, endpoint, simulatorUrl, active);
        try {
            Company saved = editingId == null ? service.create(data) : service.update(editingId, editingVersion, data);
            conflict = false;
            info(null, Texts.get(editingId == null ? "companies.created" : "companies.updated"),
                    saved.getRuc() + " · " + saved.getRazonSocial());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update(TABLE_CLIENT_ID);
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, locale(), EDIT_MESSAGES, EDIT_FIELDS)
                    .filter(StaleVersion.class::isInstance).isPresent();
        }
    }

    public void reload() {
        try {
            load(service.get(editingId));
            conflict = false;
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), EDIT_MESSAGES);
        }
    }

    // ---- SOL credentials ----------------------------------------------------------------------

    public void openSol(CompanyRow row) {
        select(row);
        solUser = selected == null ? null : selected.solUser();
        solPassword = null;
    }

    public void saveSol() {
        try {
            Company saved = service.changeSolCredentials(selected.id(), selected.version(), solUser, solPassword);
            selected = CompanyRow.of(saved);
            solPassword = null;
            info(null, Texts.get("companies.sol.saved"), saved.getRuc());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update(TABLE_CLIENT_ID);
        } catch (RuntimeException e) {
            solPassword = null;
            FacesErrors.show(e, locale(), SOL_MESSAGES, SOL_FIELDS);
        }
    }

    // ---- certificate --------------------------------------------------------------------------

    public void openCertificate(CompanyRow row) {
        select(row);
        pendingCertificate = null;
        pendingFileName = null;
        certificatePassword = null;
    }

    /** The chosen file is kept until "Instalar" sends it with its password. */
    public void upload(FileUploadEvent event) {
        pendingCertificate = event.getFile().getContent();
        pendingFileName = event.getFile().getFileName();
    }

    public void installCertificate() {
        if (pendingCertificate == null) {
            String text = Texts.get("companies.certificate.choose");
            FacesContext.getCurrentInstance().addMessage(CERT_MESSAGES, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            Company saved = service.uploadCertificate(selected.id(), selected.version(), pendingFileName,
                    pendingCertificate, certificatePassword == null ? "" : certificatePassword);
            selected = CompanyRow.of(saved);
            pendingCertificate = null;
            certificatePassword = null;
            info(null, Texts.get("companies.certificate.installed"), saved.getCertificateSubject());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update(TABLE_CLIENT_ID);
        } catch (RuntimeException e) {
            certificatePassword = null;
            FacesErrors.show(e, locale(), CERT_MESSAGES);
        }
    }

    // ---- series -------------------------------------------------------------------------------

    public void openSeries(CompanyRow row) {
        select(row);
        seriesType = null;
        seriesCode = null;
        seriesLocationId = null;
        loadSeries();
        try {
            storeOptions = LocationOption.stores(locations);
        } catch (RuntimeException e) {
            storeOptions = List.of(); // without inventory.location.view a series is added without a store
            if (!FacesErrors.isAccessDenied(e)) {
                FacesErrors.show(e, locale(), SERIES_MESSAGES);
            }
        }
    }

    /** The code of the store a series is bound to, blank for none. */
    public String storeCode(Integer locationId) {
        return locationId == null ? "" : storeOptions.stream().filter(o -> o.id() == locationId).map(LocationOption::code)
                .findFirst().orElse("#" + locationId);
    }

    public List<LocationOption> getStoreOptions() {
        return storeOptions;
    }

    public Integer getSeriesLocationId() {
        return seriesLocationId;
    }

    public void setSeriesLocationId(Integer seriesLocationId) {
        this.seriesLocationId = seriesLocationId;
    }

    private void loadSeries() {
        try {
            series = selected == null ? List.of() : service.series(selected.id());
        } catch (RuntimeException e) {
            series = List.of();
            FacesErrors.show(e, locale(), SERIES_MESSAGES);
        }
    }

    public void addSeries() {
        try {
            DocumentSequence s = service.addSeries(selected.id(), seriesType, seriesCode, seriesLocationId);
            info(SERIES_MESSAGES, Texts.get("companies.series.added"), s.getSeries());
            seriesCode = null;
            loadSeries();
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), SERIES_MESSAGES, SERIES_FIELDS);
        }
    }

    private void select(CompanyRow row) {
        try {
            selected = CompanyRow.of(service.get(row.id()));
        } catch (RuntimeException e) {
            selected = null;
            FacesErrors.show(e, locale(), null);
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

    public LazyDataModel<CompanyRow> getRows() {
        return rows;
    }

    public SunatEndpoint[] getEndpoints() {
        return SunatEndpoint.values();
    }

    public DocumentType[] getDocumentTypes() {
        return DocumentType.values();
    }

    public boolean isNew() {
        return editingId == null;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getRuc() {
        return ruc;
    }

    public void setRuc(String ruc) {
        this.ruc = ruc;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getTradeName() {
        return tradeName;
    }

    public void setTradeName(String tradeName) {
        this.tradeName = tradeName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getUbigeo() {
        return ubigeo;
    }

    public void setUbigeo(String ubigeo) {
        this.ubigeo = ubigeo;
    }

    public SunatEndpoint getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(SunatEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public String getSimulatorUrl() {
        return simulatorUrl;
    }

    public void setSimulatorUrl(String simulatorUrl) {
        this.simulatorUrl = simulatorUrl;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isConflict() {
        return conflict;
    }

    public CompanyRow getSelected() {
        return selected;
    }

    public String getSolUser() {
        return solUser;
    }

    public void setSolUser(String solUser) {
        this.solUser = solUser;
    }

    /** Write-only: the field is always shown empty. */
    public String getSolPassword() {
        return null;
    }

    public void setSolPassword(String solPassword) {
        this.solPassword = solPassword;
    }

    public String getPendingFileName() {
        return pendingFileName;
    }

    public String getCertificatePassword() {
        return null;
    }

    public void setCertificatePassword(String certificatePassword) {
        this.certificatePassword = certificatePassword;
    }

    public List<DocumentSequence> getSeries() {
        return series;
    }

    public DocumentType getSeriesType() {
        return seriesType;
    }

    public void setSeriesType(DocumentType seriesType) {
        this.seriesType = seriesType;
    }

    public String getSeriesCode() {
        return seriesCode;
    }

    public void setSeriesCode(String seriesCode) {
        this.seriesCode = seriesCode;
    }
}
