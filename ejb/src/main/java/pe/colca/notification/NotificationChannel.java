package pe.colca.notification;

/** How a notification reaches its recipient. */
public enum NotificationChannel {
    EMAIL,
    SMS,
    WHATSAPP,
    IN_APP
}
