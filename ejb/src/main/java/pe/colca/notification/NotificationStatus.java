package pe.colca.notification;

/** Delivery state of a notification. */
public enum NotificationStatus {
    PENDING,
    SENT,
    FAILED,
    CANCELLED
}
