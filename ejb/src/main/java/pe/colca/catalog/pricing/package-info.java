/**
 * Bulk price changes: a selection (category with sub-categories, brand or SKU list), a rule
 * (percentage, amount or fixed price), a preview, then one BULK history row per variant under one
 * operation id; a stale preview is refused.
 */
package pe.colca.catalog.pricing;
