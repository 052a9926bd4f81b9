package pe.colca.inventory.transfer;

import java.util.Locale;
import pe.colca.common.BusinessException;
import pe.colca.common.Messages;

/** The transfer's status does not allow the action (dispatching a received transfer, editing a dispatched one): HTTP 422. */
public class TransferStatusInvalid extends BusinessException {

    private static final long serialVersionUID = 1L;
    private static final String KEY = "inventory.transfer.status";

    private final String number;
    private final TransferStatus status;
    private final String action;

    public TransferStatusInvalid(String number, TransferStatus status, String action) {
        super(Kind.RULE, "transfer-status", KEY, number, status.name(), action);
        this.number = number;
        this.status = status;
        this.action = action;
    }

    public TransferStatus status() {
        return status;
    }

    @Override
    public String localizedMessage(Locale locale) {
        return Messages.format(locale, KEY, number, Messages.format(locale, KEY + "." + status.name()),
                Messages.format(locale, "inventory.transfer.action." + action));
    }
}
