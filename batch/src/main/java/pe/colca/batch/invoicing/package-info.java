/**
 * The invoicing area's batch jobs: {@code invoicing-summaries} (the resumen diario, RC, of every company
 * that sends its boletas by summary, nightly). The artifacts only read and delegate to
 * {@link pe.colca.invoicing.DailySummaries}.
 */
package pe.colca.batch.invoicing;
