package pe.colca.sales;

/**
 * The sales area's door for the invoicing area: the content of a paid order's electronic document
 * (factura or boleta). Read-only; answers from the sales tables and the customers area's service.
 */
public interface SaleContents {

    /**
     * @throws OrderNotFound when there is no such order
     */
    SaleContent ofOrder(long orderId);
}
