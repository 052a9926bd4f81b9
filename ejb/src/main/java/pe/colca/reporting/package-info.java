/**
 * Reporting: pre-computed reports (daily sales and the like) per type, date and location, written by
 * batch jobs into {@code materialized_reports} and read by the dashboards.
 */
package pe.colca.reporting;
