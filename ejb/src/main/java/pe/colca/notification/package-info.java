/**
 * Notifications: messages to customers or staff by channel (e-mail, SMS, WhatsApp, in-app), rendered
 * from templates per template id, channel and language, delivered asynchronously with retries.
 */
package pe.colca.notification;
