/**
 * Jakarta Batch jobs (JSL in META-INF/batch-jobs, named {@code <area>-<job>.xml}) with their
 * artifacts in {@code pe.colca.batch.<area>}, and the persistent EJB timers that start them.
 */
package pe.colca.batch;
