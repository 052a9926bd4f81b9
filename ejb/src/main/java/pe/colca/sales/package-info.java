/**
 * Sales: orders from the POS, the web shop and the API, with their items, totals and payment status;
 * the order status machine (allowed transitions, read from {@code order_status_transitions}) and the
 * history of status changes. {@link pe.colca.sales.Order} is the aggregate root of its items.
 */
package pe.colca.sales;
