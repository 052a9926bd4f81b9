/**
 * Low-stock alerts: a threshold per variant and location, one alert per crossing (a conditional
 * UPDATE picks the one transaction that crossed), re-armed when stock recovers; staff are told
 * through the notification area.
 */
package pe.colca.inventory.alert;
