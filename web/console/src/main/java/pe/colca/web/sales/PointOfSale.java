package pe.colca.web.sales;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pe.colca.catalog.CatalogReader;
import pe.colca.catalog.VariantInfo;
import pe.colca.catalog.VariantLookup;
import pe.colca.catalog.VariantService;
import pe.colca.common.RecordNotFound;
import pe.colca.customer.CustomerData;
import pe.colca.customer.CustomerLookup;
import pe.colca.customer.CustomerService;
import pe.colca.customer.IdentityDocumentType;
import pe.colca.inventory.location.LocationService;
import pe.colca.sales.NewOrder;
import pe.colca.sales.Order;
import pe.colca.sales.OrderDetails;
import pe.colca.sales.OrderItem;
import pe.colca.sales.OrderService;
import pe.colca.sales.OrderStatus;
import pe.colca.sales.OrderStatusService;
import pe.colca.sales.SaleDocument;
import pe.colca.sales.SalesChannel;
import pe.colca.sales.ShippingMethod;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;
import pe.colca.web.inventory.LocationOption;

/**
 * Screen {@code /backoffice/sales/pos.xhtml} (Ventas → Punto de venta), the cart half: the store the
 * cashier sells in, the scanned lines (a code adds a line or one more unit of it), quantities, the
 * customer by DNI/RUC (created on the spot when unknown) and the document asked for. Everything goes
 * through the sales, catalog and customer services: the order prices itself (the one pricing
 * component) and reserves stock as lines are added; "Nueva venta" cancels the draft explicitly (an
 * abandoned one is released by the reservation TTL). Payment and receipt: {@link PosCheckout}.
 */
@Named("pos")
@ViewScoped
public class PointOfSale implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderService orders;

    @Inject
    private OrderStatusService statuses;

    @Inject
    private VariantService variants;

    @Inject
    private CatalogReader catalog;

    @Inject
    private CustomerService customers;

    @Inject
    private LocationService locations;

    @Inject
    private LocaleBean localeBean;

    private List<LocationOption> stores = List.of();
    private Integer locationId;
    private Order order;
    private List<PosLine> lines = List.of();
    private final Map<Long, VariantInfo> labels = new HashMap<>();
    private Long selectedItemId;
    private String cartKey = UUID.randomUUID().toString();

    private SaleDocument document = SaleDocument.BOLETA;
    private CustomerLookup customer;
    private IdentityDocumentType docType = IdentityDocumentType.DNI;
    private String docNumber;
    private boolean customerUnknown;
    private String newCustomerName;

    @PostConstruct
    void init() {
        try {
            stores = LocationOption.selling(locations);
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
        locationId = stores.isEmpty() ? null : stores.get(0).id();
    }

    // ---- cart ------------------------------------------------------------------------------------

    /** A scanned barcode or SKU (request parameter {@code code}): a new line, or one more unit of it. */
    public void scan() {
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            if (isPaid()) {
                newSale();
            }
            VariantLookup found = variants.lookup(code.strip());
            PosLine existing = lines.stream().filter(l -> l.variantId() == found.variantId()).findFirst().orElse(null);
            if (order == null) {
                if (locationId == null) {
                    message(FacesMessage.SEVERITY_WARN, Texts.get("pos.noStore"));
                    return;
                }
                order = orders.create(new NewOrder(locationId.longValue(), SalesChannel.POS, buyer(),
                        ShippingMethod.IN_STORE, null, document, null, cartKey,
                        List.of(new NewOrder.NewLine(found.variantId(), 1, null)))).order();
            } else if (existing != null) {
                orders.changeLine(order.getId(), order.getVersion(), existing.itemId(), existing.quantity() + 1,
                        existing.discount());
            } else {
                orders.addLine(order.getId(), order.getVersion(), new NewOrder.NewLine(found.variantId(), 1, null));
            }
            reload();
            lines.stream().filter(l -> l.variantId() == found.variantId()).findFirst()
                    .ifPresent(l -> selectedItemId = l.itemId());
        } catch (RuntimeException e) {
            refuse(e);
        }
    }

    /** {@code +}: one more unit of the selected line. */
    public void increment() {
        PosLine line = getSelected();
        if (line != null) {
            quantity(line, line.quantity() + 1);
        }
    }

    /** {@code -}: one unit less of the selected line (the line goes at 0). */
    public void decrement() {
        PosLine line = getSelected();
        if (line != null) {
            quantity(line, line.quantity() - 1);
        }
    }

    /** F8: cancels the selected line (its reservation is released). */
    public void cancelLine() {
        PosLine line = getSelected();
        if (line == null || order == null || isPaid()) {
            return;
        }
        try {
            orders.removeLine(order.getId(), order.getVersion(), line.itemId());
            selectedItemId = null;
            reload();
        } catch (RuntimeException e) {
            refuse(e);
        }
    }

    private void quantity(PosLine line, int quantity) {
        if (order == null || isPaid()) {
            return;
        }
        try {
            if (quantity <= 0) {
                orders.removeLine(order.getId(), order.getVersion(), line.itemId());
                selectedItemId = null;
            } else {
                orders.changeLine(order.getId(), order.getVersion(), line.itemId(), quantity, line.discount());
            }
            reload();
        } catch (RuntimeException e) {
            refuse(e);
        }
    }

    /**
     * "Nueva venta": cancels the current draft explicitly (its reservations are released at once) and
     * starts an empty cart; after a paid sale it only starts the next one.
     */
    public void newSale() {
        if (order != null && order.getStatus() == OrderStatus.DRAFT) {
            try {
                statuses.transition(order.getId(), order.getVersion(), OrderStatus.CANCELLED, Texts.get("pos.cancelReason"));
            } catch (RuntimeException e) {
                refuse(e);
                return;
            }
        }
        order = null;
        lines = List.of();
        selectedItemId = null;
        customer = null;
        docNumber = null;
        customerUnknown = false;
        newCustomerName = null;
        document = SaleDocument.BOLETA;
        cartKey = UUID.randomUUID().toString();
    }

    /** Reads the order again after a change (lines, totals, version). */
    void reload() {
        if (order == null) {
            lines = List.of();
            return;
        }
        order = orders.get(order.getId());
        List<OrderItem> items = order.activeItems();
        List<Long> unknown = items.stream().map(OrderItem::getVariantId).filter(id -> !labels.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            labels.putAll(catalog.variants(unknown));
        }
        List<PosLine> shown = new ArrayList<>();
        for (OrderItem item : items) {
            VariantInfo v = labels.get(item.getVariantId());
            shown.add(new PosLine(item.getId(), item.getVariantId(), v == null ? "" : v.sku(),
                    v == null ? String.valueOf(item.getVariantId()) : v.label(), item.getQuantity(), item.getUnitPrice(),
                    item.getDiscountAmount(), item.getTotalPrice()));
        }
        lines = List.copyOf(shown);
        if (selectedItemId == null || lines.stream().noneMatch(l -> l.itemId() == selectedItemId)) {
            selectedItemId = lines.isEmpty() ? null : lines.get(lines.size() - 1).itemId();
        }
    }

    // ---- customer and document -------------------------------------------------------------------

    /** F2 → Buscar: the live customer with the document typed; when none, the create form shows. */
    public void findCustomer() {
        customerUnknown = false;
        try {
            customer = customers.lookupByDocument(docType, docNumber == null ? null : docNumber.strip());
            applyDetails();
        } catch (RuntimeException e) {
            if (FacesErrors.businessCause(e).filter(b -> b instanceof RecordNotFound).isPresent()) {
                customerUnknown = true;
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            refuse(e);
        }
    }

    /** Creates the customer on the spot (document and name) and puts him on the sale. */
    public void createCustomer() {
        try {
            customers.create(new CustomerData(docType, docNumber == null ? null : docNumber.strip(), newCustomerName,
                    null, null, null, null, null, null, false, null));
            customer = customers.lookupByDocument(docType, docNumber.strip());
            customerUnknown = false;
            newCustomerName = null;
            applyDetails();
        } catch (RuntimeException e) {
            refuse(e);
        }
    }

    /** Takes the customer off the sale (an anonymous boleta). */
    public void clearCustomer() {
        CustomerLookup before = customer;
        customer = null;
        if (!applyDetails()) {
            customer = before;
        }
    }

    /** The document chosen changed (boleta/factura): the order checks the factura's RUC rule at once. */
    public void documentChanged() {
        if (!applyDetails()) {
            document = order == null ? SaleDocument.BOLETA : order.getDocument();
        }
    }

    /** Writes buyer and document on the draft (nothing to write before the first line). */
    private boolean applyDetails() {
        if (order == null || isPaid()) {
            return true;
        }
        try {
            orders.update(order.getId(), order.getVersion(), new OrderDetails(buyer(), ShippingMethod.IN_STORE, null,
                    document, order.getNotes()));
            reload();
            return true;
        } catch (RuntimeException e) {
            refuse(e);
            return false;
        }
    }

    private NewOrder.Buyer buyer() {
        return customer == null ? null : new NewOrder.Buyer(customer.docType(), customer.docNumber());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    void refuse(RuntimeException e) {
        FacesErrors.show(e, localeBean.getLocale(), null);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }

    public boolean isPaid() {
        return order != null && order.getStatus() != OrderStatus.DRAFT && order.getStatus() != OrderStatus.PENDING_PAYMENT;
    }

    /** Whether the cart has no line ({@code empty} is a reserved word of EL). */
    public boolean isCartEmpty() {
        return lines.isEmpty();
    }

    public BigDecimal getSubtotal() {
        return order == null ? BigDecimal.ZERO : order.getSubtotal();
    }

    public BigDecimal getTaxTotal() {
        return order == null ? BigDecimal.ZERO : order.getTaxTotal();
    }

    public String getStoreLabel() {
        return stores.stream().filter(s -> locationId != null && s.id() == locationId.intValue()).map(LocationOption::getLabel)
                .findFirst().orElse("");
    }

    public int getUnits() {
        return lines.stream().mapToInt(PosLine::quantity).sum();
    }

    public BigDecimal getTotal() {
        return order == null ? BigDecimal.ZERO : order.getGrandTotal();
    }

    public PosLine getSelected() {
        return lines.stream().filter(l -> selectedItemId != null && l.itemId() == selectedItemId).findFirst().orElse(null);
    }

    public void setSelected(PosLine line) {
        selectedItemId = line == null ? null : line.itemId();
    }

    public Order getOrder() {
        return order;
    }

    public List<PosLine> getLines() {
        return lines;
    }

    public List<LocationOption> getStores() {
        return stores;
    }

    public Integer getLocationId() {
        return locationId;
    }

    /** The store can be changed only while the cart is empty. */
    public void setLocationId(Integer locationId) {
        if (order == null && locationId != null && stores.stream().anyMatch(s -> s.id() == locationId.intValue())) {
            this.locationId = locationId;
        }
    }

    public SaleDocument getDocument() {
        return document;
    }

    public void setDocument(SaleDocument document) {
        this.document = document == null ? SaleDocument.BOLETA : document;
    }

    public SaleDocument[] getDocuments() {
        return SaleDocument.values();
    }

    public CustomerLookup getCustomer() {
        return customer;
    }

    public IdentityDocumentType getDocType() {
        return docType;
    }

    public void setDocType(IdentityDocumentType docType) {
        this.docType = docType;
    }

    public IdentityDocumentType[] getDocTypes() {
        return IdentityDocumentType.values();
    }

    public String getDocNumber() {
        return docNumber;
    }

    public void setDocNumber(String docNumber) {
        this.docNumber = docNumber;
    }

    public boolean isCustomerUnknown() {
        return customerUnknown;
    }

    public String getNewCustomerName() {
        return newCustomerName;
    }

    public void setNewCustomerName(String newCustomerName) {
        this.newCustomerName = newCustomerName;
    }
}
