/**
 * Notifications: messages to customers or staff by channel (e-mail, SMS, WhatsApp, in-app), rendered
 * from templates per template id, channel and language, delivered asynchronously with retries.
 * Other areas notify through the outbox port {@link pe.colca.notification.Notifications} inside their
 * own transaction; delivery is driven from the {@code PENDING} rows (after-commit nudge, sweep) and
 * plugs senders in through {@link pe.colca.notification.NotificationSender} (docs/conventions.md,
 * "Notification outbox").
 */
package pe.colca.notification;
