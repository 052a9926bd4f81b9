package pe.colca.customer;

import java.math.BigDecimal;
import pe.colca.common.BusinessException;

/** More money asked for than the wallet holds; nothing was written (HTTP 409 {@code insufficient-balance}). */
public class WalletBalanceInsufficient extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final BigDecimal requested;
    private final BigDecimal available;

    public WalletBalanceInsufficient(BigDecimal requested, BigDecimal available) {
        super(Kind.CONFLICT, "insufficient-balance", "wallet.balance.insufficient", requested.toPlainString(),
                available.toPlainString());
        this.requested = requested;
        this.available = available;
    }

    public BigDecimal requested() {
        return requested;
    }

    public BigDecimal available() {
        return available;
    }
}
