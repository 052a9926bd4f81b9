package pe.colca.notification;

import jakarta.ejb.Local;

/**
 * Runs the delivery sweep on demand (the timer runs it every minute): after a broker outage an
 * operator need not wait for the next pass. Needs {@code batch.job.start}.
 */
@Local
public interface NotificationDelivery {

    /** Hands every due {@code PENDING} notification to the sender of its channel, now. */
    DeliveryRun deliverDue();
}
