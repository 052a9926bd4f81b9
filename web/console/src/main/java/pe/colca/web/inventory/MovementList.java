package pe.colca.web.inventory;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.inventory.InventoryMovement;
import pe.colca.inventory.InventoryService;
import pe.colca.inventory.location.LocationService;
import pe.colca.inventory.MovementFilter;
import pe.colca.inventory.MovementType;
import pe.colca.inventory.VariantLabel;
import pe.colca.web.FacesErrors;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Formats;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/inventory/movements.xhtml}: the stock ledger, newest first, filtered by
 * location, movement type, a date range (calendar days in Lima: from the start of the first day to
 * the end of the last) and an exact SKU, with a CSV export of every line the filters select (up to
 * {@link #EXPORT_LIMIT}). Lines are immutable: the screen only reads.
 */
@Named
@ViewScoped
public class MovementList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most lines one export writes. */
    static final int EXPORT_LIMIT = 50_000;
    private static final String TABLE = ":movements-form:movements-table";

    @Inject
    private InventoryService inventory;

    @Inject
    private LocationService locations;

    @Inject
    private LocaleBean localeBean;

    /** Pages through {@link InventoryService#movements}, newest first; invalid filters are explained once. */
    private final ServicePagedModel<MovementRow> rows = new ServicePagedModel<>((request, counting) -> {
        MovementFilter filter = currentFilter(!counting);
        if (filter == null) {
            return null;
        }
        Page<InventoryMovement> page = inventory.movements(filter,
                new PageRequest(request.offset(), request.limit(), null, false));
        // labels of a whole page in one query; a count needs none
        return new Page<>(counting ? List.of() : toRows(page.items()), page.total(), page.offset(), page.limit());
    }, MovementRow::getId, false);

    /** Every live location (active or not: old lines may name inactive ones), by id. */
    private Map<Long, LocationOption> locationsById = Map.of();
    private List<LocationOption> locationOptions = List.of();

    private Integer locationId;
    private MovementType type;
    private LocalDate fromDate;
    private LocalDate toDate;
    private String sku;

    @PostConstruct
    void init() {
        try {
            Map<Long, LocationOption> byId = new LinkedHashMap<>();
            LocationOption.all(locations).forEach(l -> byId.put((long) l.id(), l));
            locationsById = byId;
            locationOptions = List.copyOf(byId.values());
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("location");
        if (asked != null && asked.matches("\\d{1,9}") && locationsById.containsKey(Long.parseLong(asked))) {
            locationId = Integer.valueOf(asked);
        }
    }

    // ---- filters ------------------------------------------------------------------------------

    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clearFilters() {
        locationId = null;
        type = null;
        fromDate = null;
        toDate = null;
        sku = null;
        filter();
    }

    /**
     * The service filter, or null when nothing can match (an unknown SKU, an inverted range); the
     * reason is then shown once.
     */
    MovementFilter currentFilter(boolean explain) {
        Long variantId = null;
        if (sku != null && !sku.isBlank()) {
            VariantLabel variant = inventory.variantBySku(sku);
            if (variant == null) {
                if (explain) {
                    warn("movements.skuUnknown");
                }
                return null;
            }
            variantId = variant.id();
        }
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            if (explain) {
                warn("movements.rangeInverted");
            }
            return null;
        }
        Instant from = fromDate == null ? null : fromDate.atStartOfDay(Formats.LIMA).toInstant();
        Instant to = toDate == null ? null : toDate.plusDays(1).atStartOfDay(Formats.LIMA).toInstant();
        return new MovementFilter(variantId, locationId, type, from, to);
    }

    // ---- export -------------------------------------------------------------------------------

    /** Every line the filters select, as CSV (UTF-8 with BOM), newest first. */
    public StreamedContent getCsv() {
        List<MovementRow> all = new ArrayList<>();
        MovementFilter filter = currentFilter(false);
        if (filter != null) {
            int offset = 0;
            while (all.size() < EXPORT_LIMIT) {
                Page<InventoryMovement> page = inventory.movements(filter,
                        new PageRequest(offset, PageRequest.MAX_LIMIT, null, false));
                all.addAll(toRows(page.items()));
                offset += page.items().size();
                if (page.items().isEmpty() || offset >= page.total()) {
                    break;
                }
            }
        }
        List<String> headers = List.of(Texts.get("movements.csv.id"), Texts.get("movements.csv.date"),
                Texts.get("movements.type"), Texts.get("stock.sku"), Texts.get("movements.product"),
                Texts.get("movements.from"), Texts.get("movements.to"), Texts.get("movements.quantity"),
                Texts.get("stock.reference"), Texts.get("stock.notes"));
        Map<MovementType, String> labels = new LinkedHashMap<>();
        for (MovementType t : MovementType.values()) {
            labels.put(t, Texts.get("movement.type." + t));
        }
        byte[] csv = MovementCsv.write(headers, all.subList(0, Math.min(all.size(), EXPORT_LIMIT)),
                r -> labels.get(r.getType()), Formats.LIMA);
        String name = "movimientos-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(Formats.LIMA)
                .format(Instant.now()) + ".csv";
        return DefaultStreamedContent.builder().name(name).contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private List<MovementRow> toRows(List<InventoryMovement> movements) {
        Set<Long> variantIds = new HashSet<>();
        movements.forEach(m -> variantIds.add(m.getVariantId()));
        Map<Long, VariantLabel> variants = inventory.variantLabels(variantIds);
        return movements.stream().map(m -> MovementRow.of(m, variants, locationsById, locationId)).toList();
    }

    private Locale locale() {
        return localeBean.getLocale();
    }

    private static void warn(String key) {
        String text = Texts.get(key);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
    }

    // ---- properties ---------------------------------------------------------------------------

    public LazyDataModel<MovementRow> getRows() {
        return rows;
    }

    public List<LocationOption> getLocationOptions() {
        return locationOptions;
    }

    public MovementType[] getTypes() {
        return MovementType.values();
    }

    public Integer getLocationId() {
        return locationId;
    }

    public void setLocationId(Integer locationId) {
        this.locationId = locationId;
    }

    public MovementType getType() {
        return type;
    }

    public void setType(MovementType type) {
        this.type = type;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    /** Today in Lima: the latest day the date pickers offer. */
    public LocalDate getToday() {
        return LocalDate.now(Formats.LIMA);
    }
}
