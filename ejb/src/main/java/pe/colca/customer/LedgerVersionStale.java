package pe.colca.customer;

import pe.colca.common.BusinessException;

/** The loyalty account or wallet changed since the caller read it ({@code If-Match}); nothing was written (409). */
public class LedgerVersionStale extends BusinessException {

    private static final long serialVersionUID = 1L;

    private LedgerVersionStale(String messageKey, long customerId, long expected, long current) {
        super(Kind.CONFLICT, "stale-version", messageKey, String.valueOf(customerId), String.valueOf(expected),
                String.valueOf(current));
    }

    public static LedgerVersionStale loyalty(long customerId, long expected, long current) {
        return new LedgerVersionStale("loyalty.version.stale", customerId, expected, current);
    }

    public static LedgerVersionStale wallet(long customerId, long expected, long current) {
        return new LedgerVersionStale("wallet.version.stale", customerId, expected, current);
    }
}
