/**
 * Sales: orders from the POS, the web shop and the API, with their items, totals and payment status;
 * the order status machine (allowed transitions, read from {@code order_status_transitions}) and the
 * history of status changes. {@link pe.colca.sales.Order} is the aggregate root of its items.
 *
 * <p>Every line and order total comes from one component, {@link pe.colca.sales.OrderPricing}
 * (IGV per SUNAT tax group, rounding and discounts: docs/pricing.md), and every order number from
 * {@code sales.internal.OrderNumbers} (store code, Lima date and a per-store-and-day sequence without
 * gaps, taken in the order's transaction).
 */
package pe.colca.sales;
