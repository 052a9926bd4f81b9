package pe.colca.sales;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an electronic document says about a sale or a return, as the sales area knows it: the buyer,
 * the names of the lines and the figures of the pricing component ({@link PricedOrder}), so the
 * invoicing area builds a document whose totals equal the sale's to the céntimo without reading sales
 * tables. Given by {@link SaleContents} (a sale) and {@link ReturnContents} (a return, for its credit
 * note; the figures are the returned part's, positive).
 *
 * @param orderId     the order (for a return: the order returned from)
 * @param orderNumber the order's readable number, e.g. {@code LIM1-20261203-000123}
 * @param locationId  the store that sold (or took the return back)
 * @param soldAt      when the sale was paid (or the return made)
 * @param currency    ISO 4217, {@code PEN} for soles
 * @param buyer       who bought; {@link Buyer#anonymous()} for a small boleta without a customer
 * @param items       the names of {@code totals.documentLines()}, in the same order
 * @param totals      the priced sale (or return)
 */
public record SaleContent(long orderId, String orderNumber, int locationId, Instant soldAt, String currency,
                          Buyer buyer, List<Item> items, PricedOrder totals) {

    public SaleContent {
        Objects.requireNonNull(soldAt, "soldAt");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(totals, "totals");
        items = List.copyOf(items);
        if (items.size() != totals.documentLines().size()) {
            throw new IllegalArgumentException("one item name per document line: " + items.size() + " names for "
                    + totals.documentLines().size() + " lines");
        }
    }

    /**
     * The buyer as a document states it.
     *
     * @param documentType   catalog 06: {@code 6} RUC, {@code 1} DNI, {@code 4} carné de extranjería,
     *                       {@code 7} pasaporte, {@code 0} none
     * @param documentNumber the number, digits for RUC and DNI
     * @param name           legal name or full name
     * @param address        the fiscal address of a RUC buyer, null when unknown
     */
    public record Buyer(String documentType, String documentNumber, String name, String address) {

        public Buyer {
            Objects.requireNonNull(documentType, "documentType");
            Objects.requireNonNull(name, "name");
        }

        /** The buyer of a boleta that names nobody (sunat.md §9: up to S/ 700; as {@code UblDocument.Customer}). */
        public static Buyer anonymous() {
            return new Buyer("1", "00000000", "CLIENTES VARIOS", null);
        }
    }

    /**
     * What a line is called.
     *
     * @param description the product and variant as sold
     * @param code        the seller's code (SKU)
     * @param unitCode    catalog 03: {@code NIU} goods (default), {@code ZZ} services, {@code KGM}…
     */
    public record Item(String description, String code, String unitCode) {

        public Item {
            Objects.requireNonNull(description, "description");
            unitCode = unitCode == null ? "NIU" : unitCode;
        }
    }
}
