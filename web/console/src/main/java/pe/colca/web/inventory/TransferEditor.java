package pe.colca.web.inventory;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import pe.colca.common.BusinessException;
import pe.colca.common.StaleVersion;
import pe.colca.inventory.location.LocationService;
import pe.colca.inventory.transfer.TransferDetail;
import pe.colca.inventory.transfer.TransferDraft;
import pe.colca.inventory.transfer.TransferLineInput;
import pe.colca.inventory.transfer.TransferReceiptLine;
import pe.colca.inventory.transfer.TransferService;
import pe.colca.inventory.transfer.TransferStatus;
import pe.colca.inventory.VariantLabel;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/inventory/transfer.xhtml?id=}: one transfer. A new or DRAFT transfer is
 * edited here (both locations, notes, lines added by scanning or typing a SKU/barcode and pressing
 * Enter; the same SKU again adds to its line); it is saved, dispatched (after a confirmation: the
 * stock leaves the source) or cancelled. A dispatched transfer is received (a dialog with one
 * quantity per line, defaulting to what is outstanding) as often as needed, or closed short with a
 * reason per missing line. The timeline shows who did what when. Every change sends the version
 * read, so a transfer changed meanwhile is refused and reloaded instead of moved twice.
 */
@Named
@ViewScoped
public class TransferEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String RECEIVE_MESSAGES = "receive-dialog";
    static final String CLOSE_MESSAGES = "close-dialog";
    private static final Map<String, String> DRAFT_FIELDS = Map.of(
            "fromLocationId", "transfer-form:from-location",
            "toLocationId", "transfer-form:to-location",
            "toLocation", "transfer-form:to-location",
            "notes", "transfer-form:notes");

    /** One step of the status timeline. */
    public record Step(String label, Instant at, String who, String icon, String detail) implements Serializable {
    }

    @Inject
    private TransferService transfers;

    @Inject
    private LocationService locations;

    @Inject
    private LocaleBean localeBean;

    private List<LocationOption> locationOptions = List.of();
    /** Every active location: a transfer goes to any of them, also outside the user's store scope. */
    private List<LocationOption> destinationOptions = List.of();
    private TransferDetail transfer;
    private boolean conflict;

    private Integer fromLocationId;
    private Integer toLocationId;
    private String notes;
    private List<TransferLineRow> lines = new ArrayList<>();
    private String scanCode;
    private Integer scanQuantity = 1;

    private List<TransferLineRow> receiving = List.of();
    private List<TransferLineRow> closing = List.of();
    private String closeReason;

    @PostConstruct
    void init() {
        try {
            locationOptions = LocationOption.active(locations);
            destinationOptions = locations.transferDestinations().stream().map(LocationOption::of).toList();
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            if (id != null && id.matches("\\d{1,18}")) {
                show(transfers.get(Long.parseLong(id)));
            }
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    // ---- draft --------------------------------------------------------------------------------

    /** A scan sent by Enter in the scan box (request parameter {@code code}; {@code Colca.scan} empties the box). */
    public void addScannedFromRequest() {
        scanCode = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        addScanned();
    }

    /** The scanned or typed SKU/barcode: a new line, or more units on the line of that variant. */
    public void addScanned() {
        String code = scanCode == null ? "" : scanCode.strip();
        int quantity = scanQuantity == null || scanQuantity < 1 ? 1 : scanQuantity;
        if (code.isEmpty()) {
            return;
        }
        VariantLabel variant;
        try {
            variant = transfers.variantByCode(code);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
            return;
        }
        if (variant == null) {
            error("transfer-form:scan-code", Texts.get("transfer.scan.unknown", code));
            return;
        }
        Optional<TransferLineRow> existing = lines.stream().filter(l -> l.getVariantId() == variant.id()).findFirst();
        if (existing.isPresent()) {
            TransferLineRow line = existing.get();
            line.setQuantity((line.getQuantity() == null ? 0 : line.getQuantity()) + quantity);
        } else {
            lines.add(TransferLineRow.draft(variant, quantity));
        }
        scanCode = null;
        scanQuantity = 1;
    }

    public void removeLine(TransferLineRow line) {
        lines.remove(line);
    }

    /** Creates or updates the draft; a new one is then shown at its own address. */
    public String save() {
        boolean isNew = transfer == null;
        return saveDraft() && isNew ? outcome() : null;
    }

    private boolean saveDraft() {
        TransferDraft draft = new TransferDraft(fromLocationId, toLocationId, notes, lines.stream()
                .map(l -> new TransferLineInput(l.getVariantId(), null, l.getQuantity())).toList());
        try {
            if (transfer == null) {
                show(transfers.create(draft));
                flash(Texts.get("transfer.created", transfer.number()));
            } else {
                show(transfers.update(transfer.id(), transfer.version(), draft));
                info(Texts.get("transfer.saved", transfer.number()));
            }
            return true;
        } catch (RuntimeException e) {
            fail(e, null);
            return false;
        }
    }

    /** Saves pending edits of the draft, then dispatches it: every line leaves the source, or none. */
    public void dispatch() {
        if (transfer == null || !saveDraft()) {
            return;
        }
        try {
            show(transfers.dispatch(transfer.id(), transfer.version()));
            info(Texts.get("transfer.dispatched", transfer.number(), transfer.from().code()));
        } catch (RuntimeException e) {
            fail(e, null);
        }
    }

    public void cancelTransfer() {
        try {
            show(transfers.cancel(transfer.id(), transfer.version()));
            info(Texts.get("transfer.cancelled", transfer.number()));
        } catch (RuntimeException e) {
            fail(e, null);
        }
    }

    // ---- receive / close ----------------------------------------------------------------------

    public void openReceive() {
        receiving = transfer.lines().stream().filter(l -> l.outstanding() > 0)
                .map(l -> TransferLineRow.of(l, l.outstanding())).toList();
    }

    public void receive() {
        List<TransferReceiptLine> now = receiving.stream()
                .filter(r -> r.getQuantity() != null && r.getQuantity() > 0)
                .map(r -> new TransferReceiptLine(r.getLineId(), r.getQuantity())).toList();
        if (now.isEmpty()) {
            error(RECEIVE_MESSAGES, Texts.get("transfer.receive.nothing"));
            return;
        }
        try {
            show(transfers.receive(transfer.id(), transfer.version(), now));
            info(Texts.get("transfer.receivedNow", now.stream().mapToInt(TransferReceiptLine::quantity).sum(),
                    transfer.to().code()));
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        } catch (RuntimeException e) {
            fail(e, RECEIVE_MESSAGES);
        }
    }

    public void openClose() {
        closeReason = null;
        closing = transfer.lines().stream().filter(l -> l.outstanding() > 0)
                .map(l -> TransferLineRow.of(l, null)).toList();
    }

    public void close() {
        Map<Long, String> reasons = new HashMap<>();
        for (TransferLineRow row : closing) {
            if (row.getReason() != null && !row.getReason().isBlank()) {
                reasons.put(row.getLineId(), row.getReason());
            }
        }
        try {
            show(transfers.close(transfer.id(), transfer.version(), reasons, closeReason));
            info(Texts.get("transfer.closed", transfer.number(), transfer.unitsLost()));
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        } catch (RuntimeException e) {
            fail(e, CLOSE_MESSAGES);
        }
    }

    /** After a conflict: the transfer as it is now. */
    public void reload() {
        try {
            show(transfers.get(transfer.id()));
            info(Texts.get("transfer.reloaded"));
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void show(TransferDetail detail) {
        transfer = detail;
        conflict = false;
        fromLocationId = (int) detail.from().id();
        toLocationId = (int) detail.to().id();
        notes = detail.notes();
        lines = new ArrayList<>(detail.lines().stream().map(l -> TransferLineRow.of(l, l.quantitySent())).toList());
    }

    private void fail(RuntimeException e, String messages) {
        Optional<BusinessException> cause = FacesErrors.show(e, locale(), messages, DRAFT_FIELDS);
        conflict = cause.filter(StaleVersion.class::isInstance).isPresent();
    }

    private String outcome() {
        return "/backoffice/inventory/transfer?faces-redirect=true&id=" + transfer.id();
    }

    private Locale locale() {
        return localeBean.getLocale();
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private static void flash(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(text);
    }

    private static void error(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    // ---- properties ---------------------------------------------------------------------------

    /** Created, dispatched, every receipt, received or closed, cancelled — in order. */
    public List<Step> getTimeline() {
        List<Step> steps = new ArrayList<>();
        if (transfer == null) {
            return steps;
        }
        steps.add(step("transfer.step.created", transfer.created(), "pi-file-edit", null));
        if (transfer.dispatched() != null) {
            steps.add(step("transfer.step.dispatched", transfer.dispatched(), "pi-truck",
                    Texts.get("transfer.step.units", transfer.unitsSent())));
        }
        Map<Integer, List<TransferDetail.Receipt>> byReceipt = new java.util.TreeMap<>();
        transfer.receipts().forEach(r -> byReceipt.computeIfAbsent(r.receiptNo(), k -> new ArrayList<>()).add(r));
        byReceipt.forEach((no, rows) -> steps.add(new Step(Texts.get("transfer.step.receipt", no),
                rows.get(0).receivedAt(), rows.get(0).receivedBy(), "pi-inbox",
                Texts.get("transfer.step.units", rows.stream().mapToInt(TransferDetail.Receipt::quantity).sum()))));
        if (transfer.received() != null) {
            steps.add(step(transfer.hasDiscrepancies() ? "transfer.step.closed" : "transfer.step.received",
                    transfer.received(), "pi-check-circle", transfer.hasDiscrepancies()
                            ? Texts.get("transfer.step.lost", transfer.unitsLost()) : null));
        }
        if (transfer.cancelled() != null) {
            steps.add(step("transfer.step.cancelled", transfer.cancelled(), "pi-times-circle", null));
        }
        return steps;
    }

    private static Step step(String key, TransferDetail.Step s, String icon, String detail) {
        return new Step(Texts.get(key), s.at(), s.userName(), icon, detail);
    }

    public boolean isEditable() {
        return transfer == null || transfer.status() == TransferStatus.DRAFT;
    }

    public boolean isInTransit() {
        return transfer != null && transfer.status().inTransit();
    }

    public TransferDetail getTransfer() {
        return transfer;
    }

    public boolean isConflict() {
        return conflict;
    }

    public List<LocationOption> getLocationOptions() {
        return locationOptions;
    }

    public List<LocationOption> getDestinationOptions() {
        return destinationOptions;
    }

    public Integer getFromLocationId() {
        return fromLocationId;
    }

    public void setFromLocationId(Integer fromLocationId) {
        this.fromLocationId = fromLocationId;
    }

    public Integer getToLocationId() {
        return toLocationId;
    }

    public void setToLocationId(Integer toLocationId) {
        this.toLocationId = toLocationId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<TransferLineRow> getLines() {
        return lines;
    }

    public int getLineUnits() {
        return lines.stream().mapToInt(l -> l.getQuantity() == null ? 0 : l.getQuantity()).sum();
    }

    public String getScanCode() {
        return scanCode;
    }

    public void setScanCode(String scanCode) {
        this.scanCode = scanCode;
    }

    public Integer getScanQuantity() {
        return scanQuantity;
    }

    public void setScanQuantity(Integer scanQuantity) {
        this.scanQuantity = scanQuantity;
    }

    public List<TransferLineRow> getReceiving() {
        return receiving;
    }

    public List<TransferLineRow> getClosing() {
        return closing;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }
}
