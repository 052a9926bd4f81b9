package pe.colca.inventory.transfer;

import pe.colca.common.BusinessException;

/**
 * Separation of duties ({@code inventory.transfer.receiver_at_destination}): a transfer is received
 * by a user in scope at its destination, not by the origin that dispatched it (HTTP 403). Nothing
 * changed.
 */
public class TransferReceiverNotAtDestination extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TransferReceiverNotAtDestination(String number, long destinationId) {
        super(Kind.FORBIDDEN, "transfer-receiver-not-at-destination", "inventory.transfer.receiverNotAtDestination",
                number, String.valueOf(destinationId));
    }
}
