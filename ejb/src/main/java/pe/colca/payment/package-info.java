/**
 * Payments: payments of orders by method (cash, card, Yape, Plin, transfer, wallet), idempotent by
 * their idempotency key; cash register sessions of a cashier at a location with their cash movements,
 * from opening to the closing count and its discrepancy.
 */
package pe.colca.payment;
