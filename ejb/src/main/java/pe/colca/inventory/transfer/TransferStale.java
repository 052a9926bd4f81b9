package pe.colca.inventory.transfer;

import java.util.Locale;
import pe.colca.common.Messages;
import pe.colca.common.StaleVersion;

/** Somebody changed the transfer after the caller read it (HTTP 409 {@code stale-version}); nothing was written. */
public class TransferStale extends StaleVersion {

    private static final long serialVersionUID = 1L;
    private static final String ENTITY = "inventory.transfer.entity";

    private final String number;

    public TransferStale(String number) {
        super(Messages.format(Messages.DEFAULT_LOCALE, ENTITY), number);
        this.number = number;
    }

    @Override
    public String localizedMessage(Locale locale) {
        return Messages.format(locale, "error.staleVersion", Messages.format(locale, ENTITY), number);
    }
}
