/**
 * Customers: identity (DNI, RUC, CE, passport), contact data and addresses, segments, the merge of
 * duplicates (with a log), the loyalty account with its points ledger, and the customer wallet (store
 * credit) with its transactions. Balances never go negative; both accounts use optimistic locking.
 */
package pe.colca.customer;
