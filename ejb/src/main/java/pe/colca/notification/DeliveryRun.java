package pe.colca.notification;

import java.io.Serializable;

/**
 * What one pass of the dispatcher did: notifications delivered ({@code sent}), failed and scheduled
 * for a retry ({@code retrying}), failed for good ({@code failed}), left {@code PENDING} because their
 * channel has no sender yet ({@code waitingForSender}), and skipped because another pass holds them
 * or they are no longer due ({@code skipped}).
 */
public record DeliveryRun(int sent, int retrying, int failed, int waitingForSender, int skipped)
        implements Serializable {
}
